import { PREFIX } from './storage';

/**
 * Where the records as they were before the last import wait for 撤销导入. A page that only
 * asks whether an import can be undone (我的学习 as it opens) reads it through this module,
 * without loading the import code.
 */
export const UNDO_IMPORT_KEY = `${PREFIX}undo:import`;

/** When the import that `raw` (the stored snapshot) undoes happened; undefined when it is no snapshot. */
export function importTime(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as { at?: unknown; records?: unknown };
    const records = data?.records;
    return typeof data?.at === 'string' &&
      typeof records === 'object' &&
      records !== null &&
      !Array.isArray(records)
      ? data.at
      : undefined;
  } catch {
    return undefined;
  }
}
