import type { ReadableAtom, WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import * as s from './shape';
import { PREFIX, type SafeStorage } from './storage';
import { addNotice, corruptNotice, newerNotice } from './notices';
import { salvage } from './salvage';

/** How one kind of stored value is validated, versioned and migrated. */
export interface DocType<T> {
  /** Learner-facing name used in notices, e.g. 学习进度. */
  label: string;
  /** Current version; every stored value carries the version it was written with. */
  version: number;
  /** zod/mini schema or a `shape` validator: anything with zod's safeParse. */
  schema: s.Validator<T>;
  /** `migrations[n]` turns data of version n into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  initial: () => T;
}

/** The stored form: version, time of the last write (ms), data. */
export interface Envelope {
  v: number;
  t: number;
  d: unknown;
}

const envelopeSchema = s.object({ v: s.number(), t: s.number(), d: s.unknown() });

export type ReadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T; t: number; migrated: boolean }
  | { status: 'corrupt'; reason: string; data?: unknown; t?: number }
  | { status: 'newer'; version: number };

/** Parse → check the envelope → refuse newer versions → migrate → validate. Never throws. */
export function readValue<T>(type: DocType<T>, raw: string | null | undefined): ReadResult<T> {
  if (raw === null || raw === undefined) return { status: 'empty' };
  // The same stored text read twice (an overview and its stores, on 我的学习 with a year of
  // attempts) is checked once: reading is a pure function of the type and the text.
  let seen = readMemo.get(type);
  const known = seen?.get(raw);
  if (known) return known as ReadResult<T>;
  const result = readUncached(type, raw);
  if (!seen) readMemo.set(type, (seen = new Map()));
  if (seen.size >= READ_MEMO_SIZE) seen.delete(seen.keys().next().value!);
  seen.set(raw, result);
  return result;
}

/** Texts remembered per type: enough for every record of one kind a page shows. */
const READ_MEMO_SIZE = 16;
const readMemo = new WeakMap<object, Map<string, ReadResult<unknown>>>();

function readUncached<T>(type: DocType<T>, raw: string): ReadResult<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', reason: '不是有效的 JSON' };
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (
    !envelope.success ||
    !Number.isInteger(envelope.data.v) ||
    envelope.data.v < 1 ||
    !('d' in (parsed as object))
  ) {
    return { status: 'corrupt', reason: '缺少版本信息' };
  }
  const { v, t } = envelope.data;
  if (v > type.version) return { status: 'newer', version: v };
  let data: unknown = envelope.data.d;
  for (let version = v; version < type.version; version++) {
    const step = type.migrations?.[version];
    if (!step) return { status: 'corrupt', reason: `无法从版本 ${version} 升级` };
    try {
      data = step(data);
    } catch {
      return { status: 'corrupt', reason: `从版本 ${version} 升级失败` };
    }
  }
  const valid = type.schema.safeParse(data);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    return {
      status: 'corrupt',
      reason: `字段 ${issue?.path.join('.') || '（整体）'} 不符合要求`,
      data,
      t,
    };
  }
  return { status: 'ok', value: valid.data, t, migrated: v !== type.version };
}

export function encodeValue<T>(type: DocType<T>, value: T, now: number = Date.now()): string {
  return JSON.stringify({ v: type.version, t: now, d: value } satisfies Envelope);
}

/** Backups together may take this many characters; beyond it a value is held, not copied. */
export const MAX_BACKUP_CHARS = 2_000_000;

const backupBase = (key: string) => `${PREFIX}backup:${key.slice(PREFIX.length)}`;

/** Where a corrupt value is kept, verbatim, so nothing the learner wrote is lost. */
export function backupKey(key: string, storage: SafeStorage): string {
  const base = key.startsWith(`${PREFIX}backup:`) ? key : backupBase(key);
  if (storage.getItem(base) === null) return base;
  for (let n = 2; ; n++) if (storage.getItem(`${base}:${n}`) === null) return `${base}:${n}`;
}

/**
 * Keeps `raw` as a backup of `key`: once per distinct value (a value already backed up is
 * not copied again), and only while all backups stay under MAX_BACKUP_CHARS. True when a
 * backup holding `raw` exists afterwards.
 */
export function backUp(key: string, raw: string, storage: SafeStorage): boolean {
  if (storage.mode === 'memory') return false;
  const base = backupBase(key);
  let total = 0;
  for (const k of storage.keys()) {
    if (!k.startsWith(`${PREFIX}backup:`)) continue;
    const value = storage.getItem(k) ?? '';
    if ((k === base || k.startsWith(`${base}:`)) && value === raw) return true;
    total += k.length + value.length;
  }
  if (total + raw.length > MAX_BACKUP_CHARS) return false;
  const target = backupKey(key, storage);
  return storage.trySetItem(target, raw) && storage.getItem(target) === raw;
}

/**
 * Reads a stored value for a store. A corrupt value is backed up first and the learner
 * told; what can be read of it is kept (see `salvage`) and replaces the corrupt original,
 * so the next load finds a readable record. A value from a newer site version is held
 * (never overwritten) and the learner told.
 */
export function decodeFor<T>(type: DocType<T>, key: string, storage: SafeStorage) {
  return (raw: string | undefined): T => {
    const result = readValue(type, raw);
    switch (result.status) {
      case 'ok':
        return result.value;
      case 'empty':
        return type.initial();
      case 'newer':
        storage.hold(key);
        addNotice(newerNotice(key, type.label));
        return type.initial();
      case 'corrupt': {
        const kept = result.data === undefined ? undefined : salvage(type, result.data);
        const value = kept ?? type.initial();
        const backedUp = backUp(key, raw!, storage);
        if (backedUp) storage.trySetItem(key, encodeValue(type, value, result.t ?? 0));
        else storage.hold(key);
        addNotice(corruptNotice(key, type.label, backedUp, kept !== undefined));
        return value;
      }
    }
  };
}

/** A store whose value is kept under `key`, shared by every island that opens the same key. */
export type DocumentStore<T> = WritableAtom<T> & ReadableAtom<T>;

const open = new Map<string, DocumentStore<unknown>>();

/** Opens (once per key) the persistent store of one stored value. */
export function openDocument<T>(type: DocType<T>, key: string, storage: SafeStorage): DocumentStore<T> {
  const existing = open.get(key);
  if (existing) return existing as DocumentStore<T>;
  const store = persistentAtom<T>(key, type.initial(), {
    encode: (value) => encodeValue(type, value),
    decode: decodeFor(type, key, storage),
  }) as DocumentStore<T>;
  open.set(key, store as DocumentStore<unknown>);
  storedReaders.set(store as DocumentStore<unknown>, () => {
    const result = readValue(type, storage.getItem(key));
    return result.status === 'ok' ? result.value : store.get();
  });
  storedKeys.set(store as DocumentStore<unknown>, () => storage.getItem(key) !== null);
  return store;
}

const storedReaders = new WeakMap<object, () => unknown>();
const storedKeys = new WeakMap<object, () => boolean>();

/** False when an opened store's record has been removed from storage (cleared or undone). */
export function isStored<T>(store: ReadableAtom<T>): boolean {
  return storedKeys.get(store)?.() ?? true;
}

/**
 * What storage holds for an opened store right now, read afresh: another window may have
 * written it before its `storage` event reached this page. Falls back to the store's value.
 */
export function storedValue<T>(store: ReadableAtom<T>): T {
  const read = storedReaders.get(store);
  return read ? (read() as T) : store.get();
}

/** Forgets opened stores; tests use it between cases. */
export function closeAllDocuments(): void {
  open.clear();
}

/** The time (ms) a stored value was last written, or null if there is none or it carries no readable time. */
export function readEnvelopeTime(raw: string | null): number | null {
  if (raw === null) return null;
  // A value this site wrote starts with its version and time (writeEnvelope's field order):
  // read them there instead of parsing a year of attempts to learn one number.
  const head = /^\{"v":\d+,"t":(\d+)[,}]/.exec(raw);
  if (head && raw.endsWith('}')) return Number(head[1]);
  try {
    const parsed = JSON.parse(raw) as { t?: unknown };
    return typeof parsed.t === 'number' ? parsed.t : null;
  } catch {
    return null;
  }
}
