import type { WritableAtom } from 'nanostores';
import { openDocument, storedValue, type DocType, type DocumentStore } from './document';
import { mergeFields } from './merge';
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
 *
 * Two windows may edit the same record within the delay. A save therefore merges field by
 * field with what is stored by then: the fields this window changed since its edits began
 * take its value, every other field keeps the other window's. The merged record is what
 * the store then holds, so islands that follow the store show both edits.
 */
export function autosave<T>(store: WritableAtom<T>, delay = 400) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T; base: T } | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending) {
      const { value, base } = pending;
      pending = undefined;
      store.set(mergeFields(base, value, storedValue(store)));
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
      // The edits are measured against what this window saw when they began.
      pending = { value, base: pending ? pending.base : store.get() };
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
