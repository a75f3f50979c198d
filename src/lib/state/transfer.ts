import { backupKey, encodeValue, readValue, type Envelope } from './document';
import { docTypeFor, isBackupKey } from './registry';
import { messages } from './messages';
import { META_PREFIX, PREFIX, type SafeStorage } from './storage';
import type { AttemptHistory } from './attempts';
import { fileStamp } from '../format';
import { cleanDeviceLabel } from '../backup/device';
import * as z from './mini';
import { fail, type Issue, type Path } from './shape';
import { importTime, UNDO_IMPORT_KEY } from './undo-import';

export { UNDO_IMPORT_KEY };

/** The export file's format name and version. */
export const EXPORT_FORMAT = 'cs-course-progress';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Records (entries and backups together) one file may carry: far above what the course writes. */
export const MAX_IMPORT_RECORDS = 2000;
/** Nesting depth an import file may reach; the course's records stay far below it. */
export const MAX_IMPORT_DEPTH = 40;

/** Keys that are not learner records: the theme choice and the undo snapshot. */
const NOT_RECORDS = new Set([`${PREFIX}theme`, UNDO_IMPORT_KEY]);
const isRecordKey = (key: string) => !NOT_RECORDS.has(key) && !key.startsWith(META_PREFIX);

/** Raw values of every learner record on this computer. */
export function snapshot(storage: SafeStorage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of storage.keys()) {
    if (!isRecordKey(key)) continue;
    const value = storage.getItem(key);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** A backup key for `key` that neither storage nor `taken` uses yet. */
function freeBackupKey(key: string, storage: SafeStorage, taken: Record<string, unknown>): string {
  let candidate = backupKey(key, storage);
  for (let n = 2; candidate in taken; n++) candidate = `${backupKey(key, storage)}:x${n}`;
  return candidate;
}

/**
 * Every record on this computer as one file. Readable records go to `entries`; a value
 * held on disk because a newer site wrote it goes there as it is on disk (never the
 * page's copy); anything unreadable, and a held key's unsaved in-page copy, travels
 * under a backup key, so it can never land on a live record when imported.
 */
export function buildExport(storage: SafeStorage, now: Date = new Date(), device?: string): ExportFile {
  const entries: Record<string, Envelope> = {};
  const backups: Record<string, string> = {};
  const later: [string, string][] = [];
  for (const [key, pageValue] of Object.entries(snapshot(storage))) {
    if (isBackupKey(key)) {
      backups[key] = pageValue;
      continue;
    }
    const raw = storage.isHeld(key) ? (storage.storedItem(key) ?? pageValue) : pageValue;
    if (raw !== pageValue) later.push([key, pageValue]);
    const type = docTypeFor(key);
    const result = type ? readValue(type, raw) : undefined;
    if (result?.status === 'ok' || result?.status === 'newer') entries[key] = JSON.parse(raw) as Envelope;
    else later.push([key, raw]);
  }
  for (const [key, raw] of later) backups[freeBackupKey(key, storage, backups)] = raw;
  const label = cleanDeviceLabel(device);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    ...(label ? { device: label } : {}),
    entries,
    backups,
  };
}

/** True when the page could not read back every record (storage revoked mid-session). */
export function exportIsIncomplete(storage: SafeStorage): boolean {
  return storage.health.get().incomplete === true;
}

export function exportFileName(now: Date = new Date()): string {
  return `客服经理课程-学习记录-${fileStamp(now)}.json`;
}

/** What an import file holds, shown before anything changes. */
export interface ImportSummary {
  exportedAt: string;
  /** The device the file was made on, when the file says. */
  device?: string | undefined;
  units: number;
  exercises: number;
  attempts: number;
  backups: number;
}

export type ImportCheck =
  { ok: true; file: ExportFile; summary: ImportSummary } | { ok: false; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** How deeply `value` nests, counted without recursion (so a hostile file cannot overflow the stack). */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Characters a key may not hold: controls and format characters, as no key the site writes has them. */
const BAD_KEY = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * A backup key the site could have written: `backup:` followed by a record key it knows,
 * with at most a numeric (or `:imported`, `:xN`) suffix.
 */
export function isKnownBackupKey(key: string): boolean {
  if (!isBackupKey(key) || BAD_KEY.test(key) || key.length > 300) return false;
  let name = key.slice(`${PREFIX}backup:`.length);
  for (;;) {
    if (docTypeFor(PREFIX + name)) return true;
    const trimmed = name.replace(/:(\d+|x\d+|imported)$/, '');
    if (trimmed === name) return false;
    name = trimmed;
  }
}

/** The key a value sits under inside a `record`: the last part of its path. */
const keyAt = (path: Path) => String(path.keys.at(-1));

/**
 * One readable record: under a key of a record type the site knows, an envelope that
 * type reads (migrated to its version). Only what the type's schema accepts is kept:
 * unknown fields are left behind.
 */
const entry = z.define<Envelope>((value, path, issues) => {
  const key = keyAt(path);
  const type = docTypeFor(key);
  if (!key.startsWith(PREFIX) || !isRecordKey(key) || isBackupKey(key) || BAD_KEY.test(key) || !type) {
    fail(issues, path, messages.importUnknownEntry(key));
    return value as Envelope;
  }
  const result = readValue(type, JSON.stringify(value));
  if (result.status === 'ok') return { v: type.version, t: result.t, d: result.value };
  fail(
    issues,
    path,
    result.status === 'newer'
      ? messages.importNewerVersion(result.version)
      : messages.importBadEntry(
          `${type.label}（${key.slice(PREFIX.length)}）`,
          result.status === 'corrupt' ? result.reason : '内容为空',
        ),
  );
  return value as Envelope;
});

/** A value kept verbatim, under a backup key the site could have written. */
const backup = z.define<string>((value, path, issues) => {
  const key = keyAt(path);
  if (!isKnownBackupKey(key) || typeof value !== 'string')
    fail(issues, path, messages.importUnknownEntry(key));
  return value as string;
});

const isDate = (value: string, path: Path, issues: Issue[]) => {
  if (Number.isNaN(Date.parse(value))) fail(issues, path, '格式不对');
};

/**
 * The export file, the one description both sides use: `buildExport` writes an
 * `ExportFile` (this schema's type) and `checkImport` reads a file with this schema. Each
 * problem it finds carries the message the learner sees, and the first one is shown: the
 * fields are checked in this order, so a file of another site is named as such before
 * any of its contents is judged.
 */
export const exportFileSchema = z.explained(
  z.object({
    format: z.explained(z.literal(EXPORT_FORMAT), messages.importWrongFormat),
    version: z
      .explained(z.int().check(z.minimum(1)), messages.importBadVersion)
      .check((version, path, issues) => {
        if (version > EXPORT_VERSION) fail(issues, path, messages.importNewerVersion(version));
      }),
    exportedAt: z.explained(z.string().check(isDate), messages.importBadEntry('导出时间', '缺失或格式不对')),
    /**
     * The device and browser the file was made on ("Android 手机 · Chrome"), shown when it
     * is imported elsewhere. Optional: files from before it existed still work, and a label
     * that is not one the site writes is dropped rather than refusing the file.
     */
    device: z.optional(z.define((value) => cleanDeviceLabel(value))),
    /** Every readable record, by storage key. */
    entries: z.explained(z.record(z.string(), entry), messages.importWrongFormat),
    /** Unreadable values kept verbatim (backups and anything that failed to read). */
    backups: z.explained(z.record(z.string(), backup), messages.importWrongFormat),
  }),
  messages.importWrongFormat,
);

/** A records file as `buildExport` writes it and `checkImport` hands it on. */
export type ExportFile = z.infer<typeof exportFileSchema>;

/** How many records (entries and backups) a file holds, before any of them is read. */
function recordCount(data: unknown): number {
  if (!isObject(data) || !isObject(data.entries) || !isObject(data.backups)) return 0;
  return Object.keys(data.entries).length + Object.keys(data.backups).length;
}

/** Validates an import file completely before anything is touched. Never throws. */
export function checkImport(
  text: string,
  byteLength: number = new TextEncoder().encode(text).length,
): ImportCheck {
  try {
    return checkImportFile(text, byteLength);
  } catch {
    return { ok: false, reason: messages.importUnreadable };
  }
}

function checkImportFile(text: string, byteLength: number): ImportCheck {
  if (byteLength > MAX_IMPORT_BYTES)
    return { ok: false, reason: messages.importTooLarge(byteLength / 1024 / 1024) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: messages.importNotJson };
  }
  if (depthOf(data, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH)
    return { ok: false, reason: messages.importTooDeep };
  const parsed = exportFileSchema.safeParse(data);
  // Too many records is said before what is wrong with any one of them.
  const count = recordCount(data);
  const tooMany = { ok: false, reason: messages.importTooMany(count, MAX_IMPORT_RECORDS) } as const;
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    if (count > MAX_IMPORT_RECORDS && first && first.path.length > 1) return tooMany;
    return { ok: false, reason: first?.message ?? messages.importUnreadable };
  }
  if (count > MAX_IMPORT_RECORDS) return tooMany;
  const { device, ...file } = parsed.data;
  const summary: ImportSummary = {
    exportedAt: file.exportedAt,
    device,
    units: 0,
    exercises: 0,
    attempts: 0,
    backups: Object.keys(file.backups).length,
  };
  for (const [key, envelope] of Object.entries(file.entries)) {
    if (key.startsWith(`${PREFIX}unit:`) && envelope.d) summary.units++;
    if (key.startsWith(`${PREFIX}ex:`)) summary.exercises++;
    if (key.startsWith(`${PREFIX}attempts:`))
      summary.attempts += (envelope.d as AttemptHistory).attempts.length;
  }
  return { ok: true, file: device ? { ...file, device } : file, summary };
}

/** Two histories of one assessment combined: every attempt of both, once, in time order. */
function mergeHistories(a: AttemptHistory, b: AttemptHistory, bIsLater: boolean): AttemptHistory {
  const byId = new Map<string, AttemptHistory['attempts'][number]>();
  for (const attempt of [...a.attempts, ...b.attempts]) byId.set(attempt.id, attempt);
  const attempts = [...byId.values()].sort((x, y) => x.at.localeCompare(y.at));
  const draft = bIsLater ? (b.draft ?? a.draft) : (a.draft ?? b.draft);
  return draft ? { attempts, draft } : { attempts };
}

/** A key for `key`'s backup that neither `a` nor `b` holds yet. */
function freeKey(key: string, a: Record<string, string>, b: Record<string, string>): string {
  const base = isBackupKey(key) ? key : `${PREFIX}backup:${key.slice(PREFIX.length)}`;
  if (!(base in a) && !(base in b)) return base;
  for (let n = 2; ; n++) if (!(`${base}:${n}` in a) && !(`${base}:${n}` in b)) return `${base}:${n}`;
}

/**
 * The records after an import. `replace` takes the file as it is; `merge` keeps both:
 * for each record the later edit wins, and attempt histories are combined. Neither mode
 * lets an unreadable value replace a readable record: it is kept under a backup key.
 */
export function planImport(
  current: Record<string, string>,
  file: ExportFile,
  mode: 'replace' | 'merge',
): Record<string, string> {
  const incoming: Record<string, string> = {};
  const strays: [string, string][] = [];
  for (const [key, raw] of Object.entries(file.backups)) {
    if (isBackupKey(key)) incoming[key] = raw;
    else strays.push([key, raw]);
  }
  for (const [key, envelope] of Object.entries(file.entries)) {
    const raw = JSON.stringify(envelope);
    const type = docTypeFor(key);
    if (type && readValue(type, raw).status === 'ok') incoming[key] = raw;
    else strays.push([key, raw]);
  }
  for (const [key, raw] of strays) incoming[freeKey(key, incoming, mode === 'merge' ? current : {})] = raw;
  if (mode === 'replace') return incoming;

  const next: Record<string, string> = { ...current };
  for (const [key, raw] of Object.entries(incoming)) {
    const mine = current[key];
    if (mine === raw) continue;
    if (mine === undefined) {
      next[key] = raw;
      continue;
    }
    if (isBackupKey(key)) {
      next[freeKey(key, next, incoming)] = raw;
      continue;
    }
    const type = docTypeFor(key)!;
    const ra = readValue(type, mine);
    const rb = readValue(type, raw);
    if (ra.status === 'newer') {
      // A newer site's record on this computer is left alone; the file's copy is kept beside it.
      next[freeKey(key, next, incoming)] = raw;
      continue;
    }
    if (ra.status !== 'ok' || rb.status !== 'ok') {
      // This computer's copy is unreadable: it moves to a backup and the readable one takes its place.
      next[freeKey(key, next, incoming)] = mine;
      next[key] = raw;
      continue;
    }
    if (key.startsWith(`${PREFIX}attempts:`)) {
      const merged = mergeHistories(ra.value as AttemptHistory, rb.value as AttemptHistory, rb.t > ra.t);
      next[key] = encodeValue(type, merged, Math.max(ra.t, rb.t));
      continue;
    }
    next[key] = rb.t > ra.t ? raw : mine;
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

/**
 * Writes `next` as the complete set of records only if storage takes all of it: on the
 * first refused write every change is rolled back. Removals go first, to make room.
 */
function applyAll(
  storage: SafeStorage,
  before: Record<string, string>,
  next: Record<string, string>,
): boolean {
  const removed = Object.keys(before).filter((key) => !(key in next));
  const written = Object.entries(next).filter(([key, value]) => before[key] !== value);
  for (const key of removed) storage.removeItem(key);
  const done: string[] = [];
  for (const [key, value] of written) {
    if (!storage.trySetItem(key, value)) {
      for (const k of done) {
        if (k in before) storage.trySetItem(k, before[k]!);
        else storage.removeItem(k);
      }
      for (const k of removed) storage.trySetItem(k, before[k]!);
      return false;
    }
    done.push(key);
  }
  return true;
}

/** How an import went: saved or not, and whether its undo survives a reload. */
export type ImportOutcome = { ok: true; undo: 'stored' | 'page' } | { ok: false; reason: string };

/** The undo snapshot when storage had no room for it: it lasts as long as the page. */
let undoInPage: string | undefined;

/**
 * Imports a checked file; the state before it is kept under UNDO_IMPORT_KEY. Either the
 * whole import is saved or nothing changes and the outcome says so. When storage has no
 * room for both the import and its undo snapshot, the import wins and the undo lasts
 * until the page is left (the outcome says that too).
 */
export function importRecords(
  storage: SafeStorage,
  file: ExportFile,
  mode: 'replace' | 'merge',
  announce: (key: string, value: string | null) => void,
): ImportOutcome {
  const before = snapshot(storage);
  const next = planImport(before, file, mode);
  const undo = JSON.stringify({ at: new Date().toISOString(), records: before });
  undoInPage = undefined;
  let where: 'stored' | 'page' = 'stored';
  if (!storage.trySetItem(UNDO_IMPORT_KEY, undo)) where = 'page';
  let saved = applyAll(storage, before, next);
  if (!saved && where === 'stored') {
    storage.removeItem(UNDO_IMPORT_KEY);
    where = 'page';
    saved = applyAll(storage, before, next);
  }
  if (!saved) {
    storage.removeItem(UNDO_IMPORT_KEY);
    return { ok: false, reason: messages.importNotSaved };
  }
  if (where === 'page') undoInPage = undo;
  for (const key of new Set([...Object.keys(before), ...Object.keys(next)]))
    if (before[key] !== next[key]) announce(key, next[key] ?? null);
  return { ok: true, undo: where };
}

function undoRecord(storage: SafeStorage): string | null {
  return storage.getItem(UNDO_IMPORT_KEY) ?? undoInPage ?? null;
}

/** When the last import happened, if it can still be undone. */
export function lastImport(storage: SafeStorage): string | undefined {
  return importTime(undoRecord(storage));
}

/** Puts back the records as they were before the last import. */
export function undoImport(
  storage: SafeStorage,
  announce: (key: string, value: string | null) => void,
): boolean {
  const raw = undoRecord(storage);
  if (!raw || !lastImport(storage)) return false;
  const { records } = JSON.parse(raw) as { records: Record<string, string> };
  applySnapshot(storage, records, announce);
  storage.removeItem(UNDO_IMPORT_KEY);
  undoInPage = undefined;
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
  undoInPage = undefined;
  return before;
}
