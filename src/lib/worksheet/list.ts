/** What was taken out of a list, so an undo can put it back where it was. */
export interface Removed<T> {
  item: T;
  index: number;
}

/** The list with the item at `from` moved to `to` (clamped); the same list if nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || target === from) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** The list without the item at `index`, and what is needed to undo that. */
export function removeAt<T>(
  list: readonly T[],
  index: number,
): { list: T[]; removed: Removed<T> | undefined } {
  if (index < 0 || index >= list.length) return { list: [...list], removed: undefined };
  const next = [...list];
  const [item] = next.splice(index, 1);
  return { list: next, removed: { item: item as T, index } };
}

/** Puts a removed item back at its old place (or at the end if the list got shorter). */
export function restoreAt<T>(list: readonly T[], removed: Removed<T>): T[] {
  const next = [...list];
  next.splice(Math.min(removed.index, next.length), 0, removed.item);
  return next;
}

/** The list with `patch` applied to the item whose id is `id`. */
export function patchItem<T extends { id: string }>(list: readonly T[], id: string, patch: Partial<T>): T[] {
  return list.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

/** Anything kept in a list by id. */
export interface WithId {
  id: string;
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
  return restoreAt(list, removed);
}

/** Moves element `id` by `delta` places (−1 up, +1 down); unchanged at either end. */
export function moveById<T extends WithId>(list: readonly T[], id: string, delta: number): T[] {
  const from = list.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length || delta === 0) return [...list];
  return moveItem(list, from, to);
}

/** Replaces element `id` with `fn(element)`; other elements keep their identity. */
export function updateById<T extends WithId>(list: readonly T[], id: string, fn: (item: T) => T): T[] {
  return list.map((x) => (x.id === id ? fn(x) : x));
}

/**
 * The one naming rule for every list of named records: `base` if no record uses it, else
 * the first free `base（2）`, `base（3）` …; a name that already ends in a bracket takes the
 * number inside it (`甲（副本）` → `甲（副本 2）`), so a name never gets two brackets.
 */
export function uniqueName(base: string, names: readonly string[]): string {
  const taken = new Set(names.map((n) => n.trim()));
  const root = base.trim();
  if (!taken.has(root)) return root;
  const numbered = root.endsWith('）')
    ? (n: number) => `${root.slice(0, -1)} ${n}）`
    : (n: number) => `${root}（${n}）`;
  for (let n = 2; ; n++) {
    const candidate = numbered(n);
    if (!taken.has(candidate)) return candidate;
  }
}

/** Text cut to at most `max` characters with an ellipsis, for option labels and summaries. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
