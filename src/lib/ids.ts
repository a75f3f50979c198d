let counter = 0;

/**
 * A short id unique within this browser (time, a per-page counter, randomness), for
 * records, sheets, list items and attempts. `prefix` only helps a reader of stored data.
 */
export function newId(prefix = '', now: number = Date.now()): string {
  counter = (counter + 1) % 1296;
  const random = Math.floor(Math.random() * 46656).toString(36);
  return `${prefix}${now.toString(36)}${counter.toString(36).padStart(2, '0')}${random}`;
}
