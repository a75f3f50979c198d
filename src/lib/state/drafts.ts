import type { WritableAtom } from 'nanostores';
import { isStored, openDocument, storedValue, type DocType, type DocumentStore } from './document';
import { mergeFields, sameValue } from './merge';

/** How long (ms) after a save a record from another window is checked for this window's changes. */
const ECHO_WINDOW = 3000;
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
 *
 * Browsers pass one window's write to another a moment later, so the other window may
 * save without having seen this one's save. For a short while after each save, a
 * record arriving from elsewhere is therefore merged with this window's changes again
 * (and saved) when it lacks them.
 */
export function autosave<T>(store: WritableAtom<T>, delay = 400) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T; base: T } | undefined;
  /** This window's last save, while a window that had not seen it may still answer. */
  let saved: { value: T; base: T; at: number } | undefined;
  let writing = false;
  const write = (value: T) => {
    writing = true;
    try {
      store.set(value);
    } finally {
      writing = false;
    }
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending) {
      const { value, base } = pending;
      pending = undefined;
      const merged = mergeFields(base, value, storedValue(store));
      saved = { value: merged, base, at: Date.now() };
      write(merged);
    }
  };
  const stopListening = store.listen((incoming) => {
    if (writing || pending || !saved) return;
    // A record removed on purpose (我的学习 cleared it, or undid an import) stays removed.
    if (!isStored(store)) {
      saved = undefined;
      return;
    }
    if (Date.now() - saved.at > ECHO_WINDOW) {
      saved = undefined;
      return;
    }
    const merged = mergeFields(saved.base, saved.value, incoming);
    if (!sameValue(merged, incoming)) {
      saved = { ...saved, value: merged };
      // Outside this listener, so every subscriber sees the incoming record first.
      queueMicrotask(() => {
        if (!pending) write(merged);
      });
    }
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
  }
  return {
    /**
     * Schedules a save of `value`. `base` is what this window showed when the edits began
     * (by default the stored record); a window that shows more than is stored, such as a
     * blank first sheet, passes what it showed, so fields it did not touch stay another
     * window's.
     */
    save(value: T, base: T = store.get()) {
      // The edits are measured against what this window saw when they began.
      pending = { value, base: pending ? pending.base : base };
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
      stopListening();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onHide);
      }
    },
  };
}
