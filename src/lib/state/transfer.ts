import { encodeValue, readValue, type Envelope } from './document';
import { docTypeFor, isBackupKey } from './registry';
import { messages } from './messages';
import { PREFIX, type SafeStorage } from './storage';
import type { AttemptHistory } from './attempts';
import { fileStamp } from '../format';

/** The export file's format name and version. */
export const EXPORT_FORMAT = 'cs-course-progress';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The state before the last import, kept so that one click undoes it. */
export const UNDO_IMPORT_KEY = `${PREFIX}undo:import`;
/** Keys that are not learner records: the theme choice and the undo snapshot. */
const NOT_RECORDS = new Set([`${PREFIX}theme`, UNDO_IMPORT_KEY]);

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Every readable record, by storage key. */
  entries: Record<string, Envelope>;
  /** Unreadable values kept verbatim (backups and anything that failed to read). */
  backups: Record<string, string>;
}

/** Raw values of every learner record on this computer. */
export function snapshot(storage: SafeStorage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of storage.keys()) {
    if (NOT_RECORDS.has(key)) continue;
    const value = storage.getItem(key);
    if (value !== null) out[key] = value;
  }
  return out;
}

export function buildExport(storage: SafeStorage, now: Date = new Date()): ExportFile {
  const entries: Record<string, Envelope> = {};
  const backups: Record<string, string> = {};
  for (const [key, raw] of Object.entries(snapshot(storage))) {
    const type = docTypeFor(key);
    const result = type && !isBackupKey(key) ? readValue(type, raw) : undefined;
    if (result?.status === 'ok') entries[key] = JSON.parse(raw) as Envelope;
    else backups[key] = raw;
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), entries, backups };
}

export function exportFileName(now: Date = new Date()): string {
  return `客服经理课程-学习记录-${fileStamp(now)}.json`;
}

/** What an import file holds, shown before anything changes. */
export interface ImportSummary {
  exportedAt: string;
  units: number;
  exercises: number;
  attempts: number;
  backups: number;
}

export type ImportCheck =
  { ok: true; file: ExportFile; summary: ImportSummary } | { ok: false; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validates an import file completely before anything is touched. Never throws. */
export function checkImport(
  text: string,
  byteLength: number = new TextEncoder().encode(text).length,
): ImportCheck {
  if (byteLength > MAX_IMPORT_BYTES)
    return { ok: false, reason: messages.importTooLarge(byteLength / 1024 / 1024) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: messages.importNotJson };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT)
    return { ok: false, reason: messages.importWrongFormat };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return { ok: false, reason: messages.importBadVersion };
  if (data.version > EXPORT_VERSION) return { ok: false, reason: messages.importNewerVersion(data.version) };
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt)))
    return { ok: false, reason: messages.importBadEntry('导出时间', '缺失或格式不对') };
  if (!isObject(data.entries) || !isObject(data.backups))
    return { ok: false, reason: messages.importWrongFormat };

  const summary: ImportSummary = {
    exportedAt: data.exportedAt,
    units: 0,
    exercises: 0,
    attempts: 0,
    backups: 0,
  };
  for (const [key, envelope] of Object.entries(data.entries)) {
    const type = docTypeFor(key);
    if (!key.startsWith(PREFIX) || NOT_RECORDS.has(key) || isBackupKey(key) || !type)
      return { ok: false, reason: messages.importUnknownEntry(key) };
    const result = readValue(type, JSON.stringify(envelope));
    if (result.status === 'newer') return { ok: false, reason: messages.importNewerVersion(result.version) };
    if (result.status !== 'ok')
      return {
        ok: false,
        reason: messages.importBadEntry(
          `${type.label}（${key.slice(PREFIX.length)}）`,
          result.status === 'corrupt' ? result.reason : '内容为空',
        ),
      };
    if (key.startsWith(`${PREFIX}unit:`) && result.value) summary.units++;
    if (key.startsWith(`${PREFIX}ex:`)) summary.exercises++;
    if (key.startsWith(`${PREFIX}attempts:`))
      summary.attempts += (result.value as AttemptHistory).attempts.length;
  }
  for (const [key, raw] of Object.entries(data.backups)) {
    if (!key.startsWith(PREFIX) || NOT_RECORDS.has(key) || typeof raw !== 'string')
      return { ok: false, reason: messages.importUnknownEntry(key) };
    summary.backups++;
  }
  return { ok: true, file: data as unknown as ExportFile, summary };
}

function envelopeOf(raw: string | undefined): Envelope | undefined {
  try {
    const parsed = raw === undefined ? undefined : (JSON.parse(raw) as Envelope);
    return isObject(parsed) && typeof parsed.t === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Two histories of one assessment combined: every attempt of both, once, in time order. */
function mergeHistories(a: AttemptHistory, b: AttemptHistory, bIsLater: boolean): AttemptHistory {
  const byId = new Map<string, AttemptHistory['attempts'][number]>();
  for (const attempt of [...a.attempts, ...b.attempts]) byId.set(attempt.id, attempt);
  const attempts = [...byId.values()].sort((x, y) => x.at.localeCompare(y.at));
  const draft = bIsLater ? (b.draft ?? a.draft) : (a.draft ?? b.draft);
  return draft ? { attempts, draft } : { attempts };
}

/**
 * The records after an import. `replace` takes the file as it is; `merge` keeps both:
 * for each record the later edit wins, and attempt histories are combined.
 */
export function planImport(
  current: Record<string, string>,
  file: ExportFile,
  mode: 'replace' | 'merge',
): Record<string, string> {
  const incoming: Record<string, string> = { ...file.backups };
  for (const [key, envelope] of Object.entries(file.entries)) incoming[key] = JSON.stringify(envelope);
  if (mode === 'replace') return incoming;

  const next: Record<string, string> = { ...current };
  for (const [key, raw] of Object.entries(incoming)) {
    const mine = current[key];
    if (mine === undefined || isBackupKey(key)) {
      if (mine !== undefined && mine !== raw) next[`${key}:imported`] = raw;
      else next[key] = raw;
      continue;
    }
    const a = envelopeOf(mine);
    const b = envelopeOf(raw);
    const type = docTypeFor(key);
    if (!a || !b || !type) {
      next[key] = raw;
      continue;
    }
    if (key.startsWith(`${PREFIX}attempts:`)) {
      const ra = readValue(type, mine);
      const rb = readValue(type, raw);
      if (ra.status === 'ok' && rb.status === 'ok') {
        const merged = mergeHistories(ra.value as AttemptHistory, rb.value as AttemptHistory, b.t > a.t);
        next[key] = encodeValue(type, merged, Math.max(a.t, b.t));
        continue;
      }
    }
    next[key] = b.t > a.t ? raw : mine;
  }
  return next;
}

/** Writes `next` as the complete set of records, telling open stores what changed. */
export function applySnapshot(
  storage: SafeStorage,
  next: Record<string, string>,
  announce: (key: string, value: string | null) => void,
): void {
  const current = snapshot(storage);
  for (const key of Object.keys(current)) {
    if (!(key in next)) {
      storage.removeItem(key);
      announce(key, null);
    }
  }
  for (const [key, value] of Object.entries(next)) {
    if (current[key] !== value) {
      storage.setItem(key, value);
      announce(key, value);
    }
  }
}

/** Imports a checked file; the state before it is kept under UNDO_IMPORT_KEY. */
export function importRecords(
  storage: SafeStorage,
  file: ExportFile,
  mode: 'replace' | 'merge',
  announce: (key: string, value: string | null) => void,
): void {
  const before = snapshot(storage);
  storage.setItem(UNDO_IMPORT_KEY, JSON.stringify({ at: new Date().toISOString(), records: before }));
  applySnapshot(storage, planImport(before, file, mode), announce);
}

/** When the last import happened, if it can still be undone. */
export function lastImport(storage: SafeStorage): string | undefined {
  try {
    const raw = storage.getItem(UNDO_IMPORT_KEY);
    const data = raw ? (JSON.parse(raw) as { at?: unknown; records?: unknown }) : undefined;
    return typeof data?.at === 'string' && isObject(data.records) ? data.at : undefined;
  } catch {
    return undefined;
  }
}

/** Puts back the records as they were before the last import. */
export function undoImport(
  storage: SafeStorage,
  announce: (key: string, value: string | null) => void,
): boolean {
  const raw = storage.getItem(UNDO_IMPORT_KEY);
  if (!raw || !lastImport(storage)) return false;
  const { records } = JSON.parse(raw) as { records: Record<string, string> };
  applySnapshot(storage, records, announce);
  storage.removeItem(UNDO_IMPORT_KEY);
  return true;
}

/** Removes every learner record from this computer and returns them, for an undo. */
export function clearRecords(
  storage: SafeStorage,
  announce: (key: string, value: string | null) => void,
): Record<string, string> {
  const before = snapshot(storage);
  applySnapshot(storage, {}, announce);
  storage.removeItem(UNDO_IMPORT_KEY);
  return before;
}
