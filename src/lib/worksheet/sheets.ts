import * as z from '../state/mini';
import { defineExercise } from '../state/drafts';
import type { DocumentStore } from '../state/document';
import { newId } from '../ids';
import { uniqueName } from './list';
import { worksheetStrings as s } from './strings';

/** One filled-in worksheet: a goal, a 复盘, a feedback plan… */
export interface Sheet<T> {
  id: string;
  title: string;
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
  /** Loaded from the built-in example (shown with a 示例 badge until the learner renames it). */
  example?: boolean | undefined;
  data: T;
}

/** Every sheet of one worksheet kind a learner keeps, and the one open now. */
export interface SheetCollection<T> {
  sheets: Sheet<T>[];
  activeId: string | null;
}

/** A removed sheet and where it was, for an undo. */
export interface RemovedSheet<T> {
  sheet: Sheet<T>;
  index: number;
}

/** Longest sheet title the stored form accepts; the title field stops there. */
export const MAX_SHEET_TITLE = 80;

/** The zod/mini schema of a sheet collection whose sheets hold `data`. */
export function sheetCollectionSchema<T>(data: z.ZodMiniType<T>) {
  return z.object({
    sheets: z.array(
      z.object({
        id: z.string(),
        title: z.string().check(z.maxLength(MAX_SHEET_TITLE)),
        createdAt: z.string(),
        updatedAt: z.string(),
        example: z.optional(z.boolean()),
        data,
      }),
    ),
    activeId: z.nullable(z.string()),
  }) as unknown as z.ZodMiniType<SheetCollection<T>>;
}

/** A collection with no sheets: what a learner starts with. */
export function emptyCollection<T>(): SheetCollection<T> {
  return { sheets: [], activeId: null };
}

export interface WorksheetDefinition<T> {
  /** Learner-facing name used in storage notices, e.g. 目标设定工作表. */
  label: string;
  /** Version of the sheet data; bump it and add `migrateData[old]` when the shape changes. */
  version: number;
  data: z.ZodMiniType<T>;
  /** `migrateData[n]` turns the data of one sheet from version n into n + 1. */
  migrateData?: Record<number, (data: unknown) => unknown>;
  /**
   * `migrateRecord[n]` turns the whole stored record of version n into n + 1, for a change
   * that is not per sheet (e.g. an exercise that stored its records another way before it
   * used this kit). A version has either a record or a data migration, not both.
   */
  migrateRecord?: Record<number, (stored: unknown) => unknown>;
}

/** Lifts per-sheet data migrations to migrations of the whole stored collection. */
export function liftMigrations(
  migrateData: Record<number, (data: unknown) => unknown> = {},
): Record<number, (data: unknown) => unknown> {
  const lifted: Record<number, (data: unknown) => unknown> = {};
  for (const [version, step] of Object.entries(migrateData)) {
    lifted[Number(version)] = (stored) => {
      const c = stored as { sheets: { data: unknown }[] };
      return { ...c, sheets: c.sheets.map((sheet) => ({ ...sheet, data: step(sheet.data) })) };
    };
  }
  return lifted;
}

/**
 * Declares a worksheet's stored form (a collection of sheets under `ex:<exerciseId>`);
 * call once in the worksheet's lib module. Returns the opener of its store.
 */
export function defineWorksheet<T>(
  exerciseId: string,
  def: WorksheetDefinition<T>,
): () => DocumentStore<SheetCollection<T>> {
  return defineExercise<SheetCollection<T>>(exerciseId, {
    label: def.label,
    version: def.version,
    schema: sheetCollectionSchema(def.data),
    migrations: { ...liftMigrations(def.migrateData), ...def.migrateRecord },
    initial: emptyCollection,
  });
}

/** The sheet open now: the active one, else the first, else none. */
export function activeSheet<T>(c: SheetCollection<T>): Sheet<T> | undefined {
  return c.sheets.find((sheet) => sheet.id === c.activeId) ?? c.sheets[0];
}

/** `base`, or `base（2）`, `base（3）`… whichever no sheet uses yet (the rule of `uniqueName`). */
export function uniqueTitle<T>(c: SheetCollection<T>, base: string): string {
  return uniqueName(
    base,
    c.sheets.map((sheet) => sheet.title),
  );
}

/** Adds a sheet (at the end) and opens it. */
export function createSheet<T>(
  c: SheetCollection<T>,
  title: string,
  data: T,
  options: { now?: Date; example?: boolean; id?: string } = {},
): { collection: SheetCollection<T>; sheet: Sheet<T> } {
  const at = (options.now ?? new Date()).toISOString();
  const sheet: Sheet<T> = {
    id: options.id ?? newId(),
    title: uniqueTitle(c, title.trim() || s.untitled),
    createdAt: at,
    updatedAt: at,
    data,
  };
  if (options.example) sheet.example = true;
  return { collection: { sheets: [...c.sheets, sheet], activeId: sheet.id }, sheet };
}

/** Opens another sheet. */
export function selectSheet<T>(c: SheetCollection<T>, id: string): SheetCollection<T> {
  return c.sheets.some((sheet) => sheet.id === id) ? { ...c, activeId: id } : c;
}

/** Renames a sheet; a blank name becomes 未命名工作表. */
export function renameSheet<T>(
  c: SheetCollection<T>,
  id: string,
  title: string,
  now: Date = new Date(),
): SheetCollection<T> {
  return {
    ...c,
    sheets: c.sheets.map((sheet) =>
      sheet.id === id
        ? { ...sheet, title: title.trim() === '' ? '' : title, updatedAt: now.toISOString() }
        : sheet,
    ),
  };
}

/** A sheet's title for display: its name, or 未命名工作表 while the name is blank. */
export function displayTitle(sheet: { title: string }): string {
  return sheet.title.trim() || s.untitled;
}

/** Replaces a sheet's data (the learner typed something). */
export function updateSheet<T>(
  c: SheetCollection<T>,
  id: string,
  data: T,
  now: Date = new Date(),
): SheetCollection<T> {
  return {
    ...c,
    sheets: c.sheets.map((sheet) =>
      sheet.id === id ? { ...sheet, data, updatedAt: now.toISOString() } : sheet,
    ),
  };
}

/** The title a copy starts from: a copy of 甲 or of 甲（副本 2） is 甲（副本）, numbered by `uniqueTitle`. */
export function copyTitle(title: string): string {
  const root = title.replace(/（副本(?: \d+)?）$/, '').trim();
  return `${root || s.untitled}${s.copySuffix}`;
}

/** Copies a sheet (deeply) right after the original, titled …（副本）, and opens the copy. */
export function duplicateSheet<T>(
  c: SheetCollection<T>,
  id: string,
  options: { now?: Date; id?: string } = {},
): { collection: SheetCollection<T>; sheet: Sheet<T> } | undefined {
  const index = c.sheets.findIndex((sheet) => sheet.id === id);
  if (index < 0) return undefined;
  const original = c.sheets[index]!;
  const at = (options.now ?? new Date()).toISOString();
  const copy: Sheet<T> = {
    id: options.id ?? newId(),
    title: uniqueTitle(c, copyTitle(displayTitle(original))),
    createdAt: at,
    updatedAt: at,
    // JSON, not structuredClone: the data may be a Svelte state proxy, and it is JSON anyway.
    data: JSON.parse(JSON.stringify(original.data)) as T,
  };
  if (original.example) copy.example = true;
  const sheets = [...c.sheets];
  sheets.splice(index + 1, 0, copy);
  return { collection: { sheets, activeId: copy.id }, sheet: copy };
}

/** Removes a sheet; the neighbour opens. Returns what an undo needs. */
export function removeSheet<T>(
  c: SheetCollection<T>,
  id: string,
): { collection: SheetCollection<T>; removed: RemovedSheet<T> } | undefined {
  const index = c.sheets.findIndex((sheet) => sheet.id === id);
  if (index < 0) return undefined;
  const sheets = c.sheets.filter((sheet) => sheet.id !== id);
  const wasActive = activeSheet(c)?.id === id;
  const activeId = wasActive ? (sheets[Math.min(index, sheets.length - 1)]?.id ?? null) : c.activeId;
  return { collection: { sheets, activeId }, removed: { sheet: c.sheets[index]!, index } };
}

/** Puts a removed sheet back where it was and opens it. */
export function restoreSheet<T>(c: SheetCollection<T>, removed: RemovedSheet<T>): SheetCollection<T> {
  if (c.sheets.some((sheet) => sheet.id === removed.sheet.id)) return { ...c, activeId: removed.sheet.id };
  const sheets = [...c.sheets];
  sheets.splice(Math.min(removed.index, sheets.length), 0, removed.sheet);
  return { sheets, activeId: removed.sheet.id };
}
