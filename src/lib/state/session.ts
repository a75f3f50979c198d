import { storage, announceChange } from './instance';
import { recordsChanged } from './notices';
import {
  buildExport,
  clearRecords,
  exportFileName,
  importRecords,
  undoImport,
  applySnapshot,
  lastImport,
  exportIsIncomplete,
  type ExportFile,
  type ImportOutcome,
} from './transfer';
import { messages } from './messages';
import { shareOrDownload, type SaveOutcome } from '../backup/share';
import { deviceLabel } from '../backup/device';
import { markSavedToFile } from '../backup/keeping';
// Each stored form registers itself where it is defined. An export or an import must know
// them all, whichever page it runs on (a storage notice offers 立即导出 on every page), or
// records would travel as backups and imports would be refused as unknown.
import './progress';
import './attempts';
import '../exercises';
import '../class-session/store';

// 我的学习's data tools load this module when first used, and check a file with it.
export { checkImport, MAX_IMPORT_BYTES } from './transfer';

/** Announces a changed record to open stores and overviews on this page. */
function announce(key: string, value: string | null): void {
  announceChange(key, value);
}

function changed(): void {
  recordsChanged.set(recordsChanged.get() + 1);
}

/**
 * Saves every learner record as one JSON file: the share sheet on phones, a download
 * elsewhere. A saved file resets the backup reminder. Call from a click.
 */
export async function exportRecords(now: Date = new Date()): Promise<SaveOutcome> {
  const device = deviceLabel(navigator.userAgent, navigator.maxTouchPoints);
  const text = `${JSON.stringify(buildExport(storage, now, device), null, 2)}\n`;
  const outcome = await shareOrDownload(exportFileName(now), text, 'application/json');
  if (outcome !== 'cancelled') markSavedToFile(storage, now.getTime());
  return outcome;
}

/** Imports a file already checked with `checkImport`; says whether it was saved. Never throws. */
export function importChecked(file: ExportFile, mode: 'replace' | 'merge'): ImportOutcome {
  let outcome: ImportOutcome;
  try {
    outcome = importRecords(storage, file, mode, announce);
  } catch {
    outcome = { ok: false, reason: messages.importUnreadable };
  }
  changed();
  return outcome;
}

/** True when storage failed mid-session, so an export may miss records not read before. */
export function exportMayBeIncomplete(): boolean {
  return exportIsIncomplete(storage);
}

/** True while the last import on this computer can still be undone. */
export function canUndoImport(): boolean {
  return lastImport(storage) !== undefined;
}

export function undoLastImport(): boolean {
  const done = undoImport(storage, announce);
  changed();
  return done;
}

/** Clears this computer's records; returns the means to put them back. */
export function clearAll(): () => void {
  const saved = clearRecords(storage, announce);
  changed();
  return () => {
    applySnapshot(storage, saved, announce);
    changed();
  };
}
