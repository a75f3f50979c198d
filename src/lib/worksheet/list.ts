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
