import type { WritableAtom } from 'nanostores';
import { openDocument, type DocType, type DocumentStore } from './document';
import { registerDocType } from './registry';
import { storage } from './instance';
import { PREFIX } from './storage';

export const draftKey = (exerciseId: string) => `${PREFIX}ex:${exerciseId}`;

/** Declares an exercise's stored form; call once in the exercise's lib module. */
export function defineExercise<T>(exerciseId: string, type: DocType<T>): () => DocumentStore<T> {
  registerDocType(`ex:${exerciseId}`, type);
  return () => openDocument(type, draftKey(exerciseId), storage);
}

/**
 * Saves an island's working copy while the learner types: at most once per `delay` ms,
 * and at once when the page is hidden or left, so a closed tab loses nothing.
 */
export function autosave<T>(store: WritableAtom<T>, delay = 400) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending) {
      const { value } = pending;
      pending = undefined;
      store.set(value);
    }
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
  }
  return {
    /** Schedules a save of `value`. */
    save(value: T) {
      pending = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
    /** True while a change waits to be written. */
    get pending() {
      return pending !== undefined;
    },
    destroy() {
      flush();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onHide);
      }
    },
  };
}
