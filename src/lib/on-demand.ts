/**
 * A module (or anything) loaded the first time it is asked for, then kept: every later call
 * gets the same promise. A failed load (offline, a chunk gone after a new deploy) is not kept,
 * so the next call tries again.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((failure: unknown) => {
      pending = undefined;
      throw failure;
    }));
}

/** Starts `get` without waiting for it, for a press or focus that announces a click. */
export function warm(get: () => Promise<unknown>): void {
  get().catch(() => {});
}
