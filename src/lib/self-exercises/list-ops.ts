/**
 * Small, immutable list operations shared by the self-exercises (golden circle, SWOT):
 * every change returns a new list, and every removal returns what an undo needs.
 */

/** Anything kept in a list by id. */
export interface WithId {
  id: string;
}

/** An element taken out of a list and the place it had, so an undo can put it back. */
export interface Removed<T> {
  item: T;
  index: number;
}

/** The list without the element `id`, and the removed element with its index (none if absent). */
export function removeById<T extends WithId>(
  list: readonly T[],
  id: string,
): { list: T[]; removed?: Removed<T> } {
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) return { list: [...list] };
  return { list: list.filter((x) => x.id !== id), removed: { item: list[index]!, index } };
}

/** Puts a removed element back where it was (at the end if the list got shorter); never twice. */
export function restoreRemoved<T extends WithId>(list: readonly T[], removed: Removed<T>): T[] {
  if (list.some((x) => x.id === removed.item.id)) return [...list];
  const next = [...list];
  next.splice(Math.min(removed.index, next.length), 0, removed.item);
  return next;
}

/** Moves element `id` by `delta` places (−1 up, +1 down); unchanged at either end. */
export function moveById<T extends WithId>(list: readonly T[], id: string, delta: number): T[] {
  const from = list.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length || delta === 0) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Replaces element `id` with `fn(element)`; other elements keep their identity. */
export function updateById<T extends WithId>(list: readonly T[], id: string, fn: (item: T) => T): T[] {
  return list.map((x) => (x.id === id ? fn(x) : x));
}

/** `base`, or `base（2）`, `base（3）` … whichever is not yet among `names`. */
export function uniqueName(base: string, names: readonly string[]): string {
  const taken = new Set(names.map((n) => n.trim()));
  const root = base.trim();
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}（${n}）`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Text cut to at most `max` characters with an ellipsis, for option labels and summaries. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
