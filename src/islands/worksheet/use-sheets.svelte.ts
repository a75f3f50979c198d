import { useDraft } from './use-draft.svelte';
import type { DocumentStore } from '../../lib/state/document';
import {
  activeSheet,
  createSheet,
  displayTitle,
  duplicateSheet,
  removeSheet,
  renameSheet,
  restoreSheet,
  selectSheet,
  updateSheet,
  type Sheet,
  type SheetCollection,
} from '../../lib/worksheet/sheets';

export interface UseSheetsOptions<T> {
  /** Data of a new, empty sheet. */
  blank: () => T;
  /** Title of a new sheet, e.g. 我的目标 (made unique: 我的目标 2 …). */
  newTitle: string;
  /** Autosave delay in ms. */
  delay?: number;
}

/**
 * An island's working copy of a worksheet collection, built on `useDraft` (saved as the
 * learner types, refreshed when another tab changes it, same hydration rule). Call it during
 * component initialisation.
 *
 * While the collection is empty it shows one blank sheet that is only stored once the
 * learner types into it, so opening a page writes nothing.
 */
/** The id of the blank sheet a page shows on an empty collection. */
export const FIRST_SHEET_ID = 'first';

export function useSheets<T>(store: DocumentStore<SheetCollection<T>>, options: UseSheetsOptions<T>) {
  /** Id of the blank sheet shown while the collection is empty. */
  let placeholderId: string | undefined;
  /** False until this page has shown a sheet: the first blank sheet then has a fixed id. */
  let shownOne = false;
  const withSheet = (c: SheetCollection<T>): SheetCollection<T> => {
    if (c.sheets.length) {
      shownOne = true;
      return c;
    }
    // Two windows opened on an empty collection show the same first sheet (same id), so
    // their edits merge field by field instead of each window's list replacing the other.
    // After a delete the blank sheet gets a new id, so an undo never meets its twin.
    const id = shownOne ? undefined : FIRST_SHEET_ID;
    shownOne = true;
    const { collection: next, sheet } = createSheet(c, options.newTitle, options.blank(), { id });
    placeholderId = sheet.id;
    return next;
  };
  /** The collection without the placeholder sheet, if the learner never touched it. */
  const withoutPlaceholder = (c: SheetCollection<T>): SheetCollection<T> => ({
    ...c,
    sheets: c.sheets.filter((sheet) => sheet.id !== placeholderId),
  });
  /** The learner wrote in sheet `id`: if it was the placeholder, it is theirs now. */
  const touched = (id: string) => {
    if (id === placeholderId) placeholderId = undefined;
  };

  const draft = useDraft(store, { delay: options.delay, adopt: withSheet });
  const collection = $derived(draft.value);
  const active = $derived(activeSheet(collection) as Sheet<T>);
  const commit = (next: SheetCollection<T>, immediately = false) => draft.set(next, immediately);

  return {
    get collection() {
      return collection;
    },
    /** The sheet open now (always one). */
    get active() {
      return active;
    },
    /** Replaces the open sheet's data; saved after a short pause. */
    update(data: T) {
      touched(active.id);
      commit(updateSheet(collection, active.id, data));
    },
    /** Changes the open sheet's data through a function of the current data. */
    edit(change: (data: T) => T) {
      touched(active.id);
      commit(updateSheet(collection, active.id, change(active.data)));
    },
    select(id: string) {
      commit(selectSheet(collection, id), true);
    },
    rename(id: string, title: string) {
      touched(id);
      commit(renameSheet(collection, id, title));
    },
    /** Adds a blank sheet and returns its title. */
    create(): string {
      const { collection: next, sheet } = createSheet(collection, options.newTitle, options.blank());
      commit(next, true);
      return sheet.title;
    },
    /** Adds a sheet holding `data` (marked as an example) and returns its title. */
    addExample(title: string, data: T): string {
      const { collection: next, sheet } = createSheet(collection, title, data, { example: true });
      commit(next, true);
      return sheet.title;
    },
    /** Copies a sheet and returns the copy's title. */
    duplicate(id: string): string | undefined {
      const result = duplicateSheet(collection, id);
      if (!result) return undefined;
      commit(result.collection, true);
      return result.sheet.title;
    },
    /** Deletes a sheet and returns the undo (or nothing if there was no such sheet). */
    remove(id: string): { title: string; undo: () => void } | undefined {
      const result = removeSheet(collection, id);
      if (!result) return undefined;
      commit(withSheet(result.collection), true);
      const { removed } = result;
      return {
        title: displayTitle(removed.sheet),
        undo: () => commit(restoreSheet(withoutPlaceholder(collection), removed), true),
      };
    },
    /** Writes any pending change now. */
    flush() {
      draft.flush();
    },
    /** What SheetList needs, to spread onto it: `<SheetList {idPrefix} {...ws.listProps} />`. */
    get listProps() {
      return {
        sheets: collection.sheets,
        activeId: active.id,
        onselect: this.select,
        onrename: this.rename,
        oncreate: this.create,
        onduplicate: this.duplicate,
        ondelete: this.remove,
      };
    },
  };
}

export type SheetsState<T> = ReturnType<typeof useSheets<T>>;
