// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storage } from '../../../src/lib/state/instance';
import { closeAllDocuments, encodeValue } from '../../../src/lib/state/document';
import { recordVisit, setCompleted, unitProgress, unitProgressType } from '../../../src/lib/state/progress';
import {
  addAttempt,
  attemptHistory,
  attemptHistoryType,
  type Attempt,
} from '../../../src/lib/state/attempts';
import {
  buildExport,
  checkImport,
  clearRecords,
  EXPORT_FORMAT,
  importRecords,
  lastImport,
  planImport,
  snapshot,
  undoImport,
  applySnapshot,
  isKnownBackupKey,
  type ExportFile,
} from '../../../src/lib/state/transfer';
import { docTypeFor } from '../../../src/lib/state/registry';
import { readValue } from '../../../src/lib/state/document';
import '../../../src/lib/exercises';

const noop = () => {};
const attempt = (id: string, at: string, score = 3): Attempt => ({
  id,
  at,
  answers: { q1: 1 },
  score,
  max: 5,
});

beforeEach(() => {
  localStorage.clear();
  closeAllDocuments();
});

function seed() {
  recordVisit('swot', '2026-11-01T08:00:00.000Z');
  setCompleted('swot', true, '2026-11-01T09:00:00.000Z');
  addAttempt('listening', attempt('a1', '2026-11-01T10:00:00.000Z'));
}

describe('export', () => {
  it('writes one file with format, version, time and every record', () => {
    seed();
    localStorage.setItem('cs-course:backup:unit:old', 'broken{');
    const file = buildExport(storage, new Date('2026-11-23T12:00:00Z'));
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-23T12:00:00.000Z' });
    expect(Object.keys(file.entries).sort()).toEqual([
      'cs-course:attempts:listening',
      'cs-course:last',
      'cs-course:unit:swot',
    ]);
    expect(file.backups).toEqual({ 'cs-course:backup:unit:old': 'broken{' });
  });

  it('imports back everything after a clear', () => {
    seed();
    const text = JSON.stringify(buildExport(storage));
    const before = snapshot(storage);
    clearRecords(storage, noop);
    expect(snapshot(storage)).toEqual({});
    const check = checkImport(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.summary).toMatchObject({ units: 1, attempts: 1, exercises: 0 });
    importRecords(storage, check.file, 'replace', noop);
    expect(snapshot(storage)).toEqual(before);
  });
});

describe('the device a file comes from', () => {
  it('travels in the file and is shown by the import summary', () => {
    seed();
    const file = buildExport(storage, new Date('2026-11-23T12:00:00Z'), 'Android 手机 · Chrome');
    expect(file.device).toBe('Android 手机 · Chrome');
    const check = checkImport(JSON.stringify(file));
    expect(check.ok && check.summary).toMatchObject({
      device: 'Android 手机 · Chrome',
      exportedAt: '2026-11-23T12:00:00.000Z',
    });
  });

  it('is optional: a file from before it existed still imports, without a device', () => {
    seed();
    const { device: _none, ...old } = buildExport(storage, new Date(), 'iPhone · Safari');
    const check = checkImport(JSON.stringify(old));
    expect(check.ok).toBe(true);
    expect(check.ok && check.summary.device).toBeUndefined();
  });

  it.each([
    ['not text', 42, undefined],
    ['empty', '   ', undefined],
    ['with control characters and line breaks', 'Windows\n电脑\u0007\u202e', 'Windows 电脑'],
    ['far too long', 'x'.repeat(500), 'x'.repeat(60)],
  ])('a device label that is %s is made safe or left out', (_what, device, shown) => {
    const file = { ...buildExport(storage, new Date()), device };
    const check = checkImport(JSON.stringify(file));
    expect(check.ok).toBe(true);
    expect(check.ok && check.summary.device).toBe(shown);
  });

  it("leaves this device's own facts (last export, a dismissed reminder) out of the file", () => {
    seed();
    localStorage.setItem('cs-course:meta:saved-to-file', '1700000000000');
    const file = buildExport(storage);
    expect(Object.keys(file.entries).some((k) => k.includes('meta:'))).toBe(false);
    expect(Object.keys(file.backups).some((k) => k.includes('meta:'))).toBe(false);
    // An import that replaces everything keeps them: they describe this device, not the records.
    importRecords(storage, { ...file, entries: {} }, 'replace', noop);
    expect(localStorage.getItem('cs-course:meta:saved-to-file')).toBe('1700000000000');
  });
});

describe('a bad import file changes nothing and says why', () => {
  const valid = (): ExportFile => ({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2026-11-23T12:00:00.000Z',
    entries: {},
    backups: {},
  });

  it.each([
    ['not JSON', 'hello', '不是有效的 JSON'],
    ['another format', JSON.stringify({ ...valid(), format: 'other' }), '不是本课程导出的学习记录'],
    ['a newer format version', JSON.stringify({ ...valid(), version: 7 }), '更新版本'],
    [
      'a record from a newer site',
      JSON.stringify({ ...valid(), entries: { 'cs-course:unit:swot': { v: 5, t: 1, d: {} } } }),
      '更新版本',
    ],
    [
      'an invalid record',
      JSON.stringify({
        ...valid(),
        entries: { 'cs-course:unit:swot': { v: 1, t: 1, d: { firstVisit: 3 } } },
      }),
      '单元学习进度',
    ],
    [
      'an unknown record',
      JSON.stringify({ ...valid(), entries: { 'cs-course:evil': { v: 1, t: 1, d: 1 } } }),
      '无法识别',
    ],
    ['a missing export time', JSON.stringify({ ...valid(), exportedAt: 'yesterday' }), '导出时间'],
  ])('%s', (_, text, reason) => {
    seed();
    const before = snapshot(storage);
    const check = checkImport(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
    expect(snapshot(storage)).toEqual(before);
  });

  it('a file over 5 MB', () => {
    const check = checkImport('{}', 6 * 1024 * 1024);
    expect(check).toMatchObject({ ok: false });
    if (!check.ok) expect(check.reason).toMatch(/太大.*5 MB/);
  });

  it('any random input is either a valid import or rejected, and never throws', () => {
    const entry = fc.record({ v: fc.oneof(fc.integer(), fc.constant(1)), t: fc.double(), d: fc.anything() });
    const candidate = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          format: fc.oneof(fc.constant(EXPORT_FORMAT), fc.string()),
          version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
          exportedAt: fc.oneof(fc.constant('2026-11-23T12:00:00.000Z'), fc.string()),
          entries: fc.dictionary(
            fc.oneof(fc.constant('cs-course:unit:x'), fc.constant('cs-course:attempts:y'), fc.string()),
            entry,
          ),
          backups: fc.dictionary(fc.string(), fc.anything()),
        })
        .map((o) => JSON.stringify(o)),
    );
    seed();
    const before = snapshot(storage);
    fc.assert(
      fc.property(candidate, (text) => {
        const check = checkImport(text);
        if (check.ok) {
          // What passes the check imports cleanly and can be undone.
          importRecords(storage, check.file, 'merge', noop);
          expect(undoImport(storage, noop)).toBe(true);
        } else {
          expect(check.reason.length).toBeGreaterThan(0);
        }
        expect(snapshot(storage)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('any import that passes the check', () => {
  const readable = (key: string, raw: string | undefined) => {
    const type = docTypeFor(key);
    return raw !== undefined && type !== undefined && readValue(type, raw).status === 'ok';
  };
  const knownKey = fc.constantFrom(
    'cs-course:unit:swot',
    'cs-course:unit:goals',
    'cs-course:last',
    'cs-course:ex:swot',
    'cs-course:ex:johari',
    'cs-course:attempts:listening',
  );
  const unitValue = fc.record({
    firstVisit: fc.string(),
    lastVisit: fc.string(),
    readToEnd: fc.boolean(),
    completed: fc.boolean(),
  });
  const envelope = fc.record({
    v: fc.constantFrom(1, 1, 2),
    t: fc.integer({ min: 0, max: 4e12 }),
    d: fc.oneof(unitValue, fc.constant(null), fc.anything({ maxDepth: 3 })),
  });
  const backupKey = fc.oneof(
    { arbitrary: knownKey.map((k) => k.replace('cs-course:', 'cs-course:backup:')), weight: 4 },
    { arbitrary: knownKey.map((k) => `${k.replace('cs-course:', 'cs-course:backup:')}:2`), weight: 4 },
    { arbitrary: knownKey, weight: 1 },
    { arbitrary: fc.string().map((k) => `cs-course:backup:${k}`), weight: 1 },
    { arbitrary: fc.string(), weight: 1 },
  );
  /** Mostly records the site would accept, with some that it must refuse. */
  const entries = fc.oneof(
    {
      arbitrary: fc.dictionary(
        fc.constantFrom('swot', 'goals', 'johari', 'review').map((u) => `cs-course:unit:${u}`),
        fc.record({ v: fc.constant(1), t: fc.integer({ min: 0, max: 4e12 }), d: fc.option(unitValue) }),
        { maxKeys: 4 },
      ),
      weight: 6,
    },
    { arbitrary: fc.dictionary(fc.oneof(knownKey, fc.string()), envelope, { maxKeys: 4 }), weight: 1 },
  );
  const file = fc
    .record({
      entries,
      backups: fc.dictionary(
        backupKey,
        fc.oneof({ arbitrary: fc.string(), weight: 5 }, fc.anything({ maxDepth: 2 })),
        {
          maxKeys: 4,
        },
      ),
    })
    .map((parts) =>
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-23T12:00:00.000Z', ...parts }),
    );

  it('changes only known keys, never replaces a readable record with an unreadable one, and undoes exactly, also after a reload', () => {
    fc.assert(
      fc.property(file, fc.constantFrom('merge' as const, 'replace' as const), (text, mode) => {
        localStorage.clear();
        closeAllDocuments();
        seed();
        localStorage.setItem('cs-course:ex:swot', '{"v":1,"t":1,"d":{"analyses":"broken"}}');
        const before = snapshot(storage);
        const check = checkImport(text);
        if (!check.ok) {
          expect(snapshot(storage)).toEqual(before);
          return;
        }
        expect(importRecords(storage, check.file, mode, noop).ok).toBe(true);
        const after = snapshot(storage);
        for (const [key, value] of Object.entries(after)) {
          if (before[key] === value) continue;
          expect(isKnownBackupKey(key) || readable(key, value), key).toBe(true);
        }
        for (const [key, value] of Object.entries(before))
          if (readable(key, value) && key in after) expect(readable(key, after[key]), key).toBe(true);
        closeAllDocuments();
        expect(undoImport(storage, noop)).toBe(true);
        expect(snapshot(storage)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('merge and replace', () => {
  const unit = (t: number, completed: boolean) =>
    encodeValue(unitProgressType, { firstVisit: 'a', lastVisit: 'b', readToEnd: false, completed }, t);
  const history = (t: number, attempts: Attempt[]) => encodeValue(attemptHistoryType, { attempts }, t);
  const fileOf = (entries: Record<string, string>): ExportFile => ({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2026-11-23T12:00:00.000Z',
    entries: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, JSON.parse(v)])),
    backups: {},
  });

  it('keeps the later edit of each record and leaves the rest alone', () => {
    const current = {
      'cs-course:unit:a': unit(10, false),
      'cs-course:unit:b': unit(50, true),
      'cs-course:unit:only-here': unit(1, true),
    };
    const file = fileOf({
      'cs-course:unit:a': unit(20, true),
      'cs-course:unit:b': unit(40, false),
      'cs-course:unit:only-there': unit(1, false),
    });
    const next = planImport(current, file, 'merge');
    expect(JSON.parse(next['cs-course:unit:a']!).d.completed).toBe(true);
    expect(JSON.parse(next['cs-course:unit:b']!).d.completed).toBe(true);
    expect(next['cs-course:unit:only-here']).toBeDefined();
    expect(next['cs-course:unit:only-there']).toBeDefined();
  });

  it('combines the attempts of both sides, each once, in time order', () => {
    const current = {
      'cs-course:attempts:t': history(10, [attempt('x', '2026-01-02'), attempt('y', '2026-01-05')]),
    };
    const file = fileOf({
      'cs-course:attempts:t': history(5, [attempt('x', '2026-01-02'), attempt('z', '2026-01-03')]),
    });
    const next = JSON.parse(planImport(current, file, 'merge')['cs-course:attempts:t']!);
    expect(next.d.attempts.map((a: Attempt) => a.id)).toEqual(['x', 'z', 'y']);
  });

  it('replace takes the file as it is', () => {
    const current = { 'cs-course:unit:a': unit(10, false), 'cs-course:unit:mine': unit(10, false) };
    const next = planImport(current, fileOf({ 'cs-course:unit:a': unit(1, true) }), 'replace');
    expect(Object.keys(next)).toEqual(['cs-course:unit:a']);
  });

  it('undoes an import with one call, even after a reload', () => {
    seed();
    const before = snapshot(storage);
    importRecords(storage, fileOf({ 'cs-course:unit:other': unit(1, true) }), 'replace', noop);
    expect(Object.keys(snapshot(storage))).toEqual(['cs-course:unit:other']);
    expect(lastImport(storage)).toBeDefined();
    closeAllDocuments();
    expect(undoImport(storage, noop)).toBe(true);
    expect(snapshot(storage)).toEqual(before);
    expect(lastImport(storage)).toBeUndefined();
  });

  it('updates the stores already open on the page', () => {
    seed();
    const store = unitProgress('swot');
    const stop = store.listen(() => {});
    const saved = clearRecords(storage, (key, value) =>
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value })),
    );
    expect(store.get()).toBeNull();
    applySnapshot(storage, saved, (key, value) =>
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value })),
    );
    expect(store.get()?.completed).toBe(true);
    stop();
    expect(attemptHistory('listening').get().attempts).toHaveLength(1);
  });
});
