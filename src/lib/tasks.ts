/**
 * Runs `work` in a task of its own, once the tasks already queued (a paint, a key press)
 * have had their turn. A page with much to build from storage (我的学习 with a year of
 * attempts) builds it in slices this way, so no single task holds the main thread long.
 * Returns a function that cancels the work if it has not run yet.
 */
export function inOwnTask(work: () => void): () => void {
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
