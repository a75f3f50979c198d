let counter = 0;

/** A short id unique within this browser, for sheets and list items. */
export function newId(now: number = Date.now()): string {
  counter = (counter + 1) % 1296;
  return `${now.toString(36)}${counter.toString(36).padStart(2, '0')}${Math.floor(Math.random() * 46656).toString(36)}`;
}
