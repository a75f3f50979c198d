import { autosave } from '../../lib/state/drafts';
import type { DocumentStore } from '../../lib/state/document';

export interface UseDraftOptions<T> {
  /** Autosave delay in ms. */
  delay?: number | undefined;
  /** Turns a stored value into the working copy (e.g. adds a placeholder); identity by default. */
  adopt?: (stored: T) => T;
}

/**
 * An island's working copy of one stored record, in `$state`: saved as the learner edits
 * (through `autosave`: debounced, flushed when the page is hidden or left) and replaced when
 * another tab changes the record. Call it during component initialisation: it registers an
 * `$effect` that subscribes and, on destroy, writes what is pending and stops listening.
 *
 * Hydration rule (the same for every island): the server renders the record's initial value
 * (nothing is stored at build time); the island reads the stored record synchronously when it
 * starts, so its first client render is the learner's data and hydration patches the server
 * markup. There is no empty first frame to wait for and nothing to load in `onMount`.
 */
export function useDraft<T>(store: DocumentStore<T>, options: UseDraftOptions<T> = {}) {
  const adopt = options.adopt ?? ((value: T) => value);
  const saver = autosave(store, options.delay);
  /** The last value we read from or handed to the store: its echo is not a change. */
  let known = store.get();
  /** What this window shows of the stored record (plain data): the base of its next edits. */
  let shown = adopt(known);
  // Raw, not a deep proxy: every edit hands over a new value (the worksheet helpers never
  // change one in place), so a matrix of 200 factors is not wrapped field by field.
  let value = $state.raw<T>(structuredClone(shown));

  $effect(() => {
    const unsubscribe = store.subscribe((next) => {
      // Our own save coming back, or a change while ours waits: keep the working copy.
      if (next === known || saver.pending) return;
      known = next;
      shown = adopt(next);
      value = structuredClone(shown);
    });
    return () => {
      unsubscribe();
      saver.destroy();
    };
  });

  return {
    /** The working copy, plain data: replace it with `set`, never change it in place. */
    get value(): T {
      return value;
    },
    /** Replaces the working copy and saves it after a short pause, or `immediately`. */
    set(next: T, immediately = false) {
      // A copy of its own for the store, so nothing the island still holds is shared with it.
      // Through JSON, as it is stored: it reads through any state proxy a part handed in,
      // and is far quicker than $state.snapshot, which clones every string on its own.
      known = JSON.parse(JSON.stringify(next)) as T;
      value = next;
      saver.save(known, shown);
      shown = known;
      if (immediately) saver.flush();
    },
    /** A copy of the working copy, to hand elsewhere. */
    snapshot(): T {
      return $state.snapshot(value) as T;
    },
    /** Writes any pending change now. */
    flush() {
      saver.flush();
    },
    /** True while a change waits to be written. */
    get pending() {
      return saver.pending;
    },
  };
}

export type DraftState<T> = ReturnType<typeof useDraft<T>>;
