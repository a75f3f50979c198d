// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../src/lib/exercises';
import { SafeStorage } from '../../../src/lib/state/storage';
import {
  backUp,
  closeAllDocuments,
  decodeFor,
  encodeValue,
  MAX_BACKUP_CHARS,
  openDocument,
  readValue,
} from '../../../src/lib/state/document';
import { docTypeFor } from '../../../src/lib/state/registry';
import { notices } from '../../../src/lib/state/notices';
import { noticeText } from '../../../src/lib/state/notice-messages';
import { autosave } from '../../../src/lib/state/drafts';
import { mergeFields } from '../../../src/lib/state/merge';
import {
  buildExport,
  checkImport,
  EXPORT_FORMAT,
  exportIsIncomplete,
  importRecords,
  MAX_IMPORT_RECORDS,
  snapshot,
  undoImport,
  type ExportFile,
} from '../../../src/lib/state/transfer';
import { continueTarget } from '../../../src/lib/state/continue';
import { normaliseName } from '../../../src/lib/johari/codec';
import { blankRecord, type JohariRecord } from '../../../src/lib/johari/record';
import { blankSwot, type SwotData } from '../../../src/lib/swot/record';
import type { SheetCollection } from '../../../src/lib/worksheet/sheets';
import type { DocType } from '../../../src/lib/state/document';
import { slideFromHash, sectionFromHash } from '../../../src/lib/slides/hash';
import { FakeStorage } from './fake-storage';

const noop = () => {};
const SWOT = 'cs-course:ex:swot';
const JOHARI = 'cs-course:ex:johari';
const johariType = docTypeFor(JOHARI)!;

const swotType = docTypeFor(SWOT)! as DocType<SheetCollection<SwotData>>;
const swot = (goal: string): SheetCollection<SwotData> => ({
  sheets: [
    {
      id: 'a1',
      title: '我的分析',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z',
      data: { ...blankSwot('2026-11-01'), goal },
    },
  ],
  activeId: 'a1',
});
const fileOf = (entries: Record<string, unknown>, backups: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2026-11-23T12:00:00.000Z',
    entries,
    backups,
  });

afterEach(() => notices.set([]));

describe('a merge never replaces a readable record with an unreadable one', () => {
  it('the two-device case: the good SWOT stays and the broken one travels as a backup', () => {
    const deviceA = new SafeStorage(new FakeStorage());
    deviceA.setItem(SWOT, JSON.stringify({ v: 1, t: Date.now() + 1000, d: { analyses: 'broken' } }));
    const exported = JSON.stringify(buildExport(deviceA));
    expect(JSON.parse(exported).entries[SWOT]).toBeUndefined();

    const deviceB = new SafeStorage(new FakeStorage());
    const good = encodeValue(swotType, swot('提升一次解决率'), 1);
    deviceB.setItem(SWOT, good);
    const check = checkImport(exported);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(importRecords(deviceB, check.file, 'merge', noop)).toMatchObject({ ok: true });
    expect(deviceB.getItem(SWOT)).toBe(good);
    expect(deviceB.getItem('cs-course:backup:ex:swot')).toContain('broken');
  });

  it('an unreadable copy on this computer moves to a backup when a readable one arrives', () => {
    const device = new SafeStorage(new FakeStorage());
    device.setItem(SWOT, '{"v":1,');
    const check = checkImport(fileOf({ [SWOT]: JSON.parse(encodeValue(swotType, swot('好'), 5)) }));
    if (!check.ok) throw new Error(check.reason);
    importRecords(device, check.file, 'merge', noop);
    expect(readValue(swotType, device.getItem(SWOT)).status).toBe('ok');
    expect(device.getItem('cs-course:backup:ex:swot')).toBe('{"v":1,');
  });

  it.each([
    ['a live record key', SWOT],
    ['a key the site does not know', 'cs-course:whatever'],
    ['a backup of a record the site does not know', 'cs-course:backup:nothing'],
    ['a key with a NUL in it', 'cs-course:backup:ex:swot\u0000'],
    ['a key outside the prefix', 'other:backup:ex:swot'],
  ])('refuses a backup on %s', (_, key) => {
    const check = checkImport(fileOf({}, { [key]: 'anything' }));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain('无法识别');
  });

  it('accepts a backup of a known record', () => {
    expect(checkImport(fileOf({}, { 'cs-course:backup:ex:swot:2': 'x' })).ok).toBe(true);
  });
});

describe('a record that fails on one field keeps every other field', () => {
  const johari = (patch: Partial<JohariRecord>): JohariRecord => ({
    ...blankRecord(),
    name: '小王',
    self: [1, 2, 3, 4, 5, 6],
    requestId: 'abcdeA',
    replies: [{ replyId: 'r001', traits: [1, 2, 3, 4, 5], addedAt: '2026-11-01T00:00:00Z' }],
    ...patch,
  });

  it('a 4,001-character note is cut to the limit, and name, picks, request and replies stay', () => {
    const storage = new SafeStorage(new FakeStorage());
    const raw = JSON.stringify({ v: 1, t: 7, d: johari({ mask: { face: '面'.repeat(4001), behind: '' } }) });
    const value = decodeFor(johariType, JOHARI, storage)(raw) as JohariRecord;
    expect(value).toMatchObject({ name: '小王', self: [1, 2, 3, 4, 5, 6], requestId: 'abcdeA' });
    expect(value.replies).toHaveLength(1);
    expect(value.mask.face).toHaveLength(4000);
    expect(storage.getItem('cs-course:backup:ex:johari')).toBe(raw);
    // The readable record replaces the broken one, so the next load reads it as it is.
    expect(readValue(johariType, storage.getItem(JOHARI))).toMatchObject({ status: 'ok', t: 7 });
    expect(noticeText(notices.get()[0]!)).toContain('能读取的内容都已保留');
  });

  it('a broken reply is dropped and the other replies stay', () => {
    const storage = new SafeStorage(new FakeStorage());
    const replies = [
      { replyId: 'r001', traits: [1, 2, 3, 4, 5], addedAt: 'a' },
      { replyId: 'bad id!', traits: [1], addedAt: 'b' },
      { replyId: 'r003', traits: [2, 3, 4, 5, 6], addedAt: 'c' },
    ];
    const value = decodeFor(
      johariType,
      JOHARI,
      storage,
    )(JSON.stringify({ v: 1, t: 1, d: johari({ replies }) }));
    expect((value as JohariRecord).replies.map((r) => r.replyId)).toEqual(['r001', 'r003']);
    expect((value as JohariRecord).name).toBe('小王');
  });

  it('a missing part takes its blank value', () => {
    const { mask: _mask, ...rest } = johari({});
    const value = decodeFor(
      johariType,
      JOHARI,
      new SafeStorage(new FakeStorage()),
    )(JSON.stringify({ v: 1, t: 1, d: rest })) as JohariRecord;
    expect(value.mask).toEqual({ face: '', behind: '' });
    expect(value.name).toBe('小王');
  });
});

describe('backups stay bounded', () => {
  it('twenty loads of the same corrupt value leave one backup', () => {
    const backend = new FakeStorage();
    const storage = new SafeStorage(backend);
    for (let i = 0; i < 20; i++) decodeFor(swotType, SWOT, storage)('{"corrupt":');
    expect(storage.keys().filter((k) => k.includes('backup'))).toEqual(['cs-course:backup:ex:swot']);
  });

  it('a corrupt value that the next load finds again is not copied again', () => {
    const backend = new FakeStorage();
    backend.setItem(SWOT, 'broken');
    for (let i = 0; i < 20; i++) {
      const storage = new SafeStorage(backend);
      decodeFor(swotType, SWOT, storage)(storage.getItem(SWOT) ?? undefined);
    }
    expect([...backend.data.keys()].filter((k) => k.includes('backup'))).toHaveLength(1);
    expect(readValue(swotType, backend.getItem(SWOT)).status).toBe('ok');
  });

  it('a value that would take backups over the cap is held, not copied', () => {
    const storage = new SafeStorage(new FakeStorage());
    expect(backUp(SWOT, 'x'.repeat(MAX_BACKUP_CHARS + 1), storage)).toBe(false);
    decodeFor(swotType, SWOT, storage)('y'.repeat(MAX_BACKUP_CHARS + 1));
    expect(storage.isHeld(SWOT)).toBe(true);
    expect(storage.keys()).toEqual([]);
  });
});

describe('two windows editing different fields at once', () => {
  beforeEach(() => {
    localStorage.clear();
    closeAllDocuments();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  type Doc = { goal: string; title: string; notes: { id: string; text: string }[] };
  const type = {
    label: '测试',
    version: 1,
    schema: { safeParse: (d: unknown) => ({ success: true as const, data: d as Doc }) },
    initial: (): Doc => ({
      goal: '',
      title: '',
      notes: [
        { id: 'n1', text: '' },
        { id: 'n2', text: '' },
      ],
    }),
  };
  /** Each window has its own store of the same key, as two tabs do. */
  function openWindow() {
    closeAllDocuments();
    const store = openDocument(type, 'cs-course:ex:test', storage());
    store.listen(noop);
    return { store, saver: autosave(store, 400) };
  }
  const storage = () => new SafeStorage(localStorage);

  it.each([
    ['first window saves first', false],
    ['second window saves first', true],
  ])('both edits survive (%s)', (_, reverse) => {
    const a = openWindow();
    const b = openWindow();
    a.saver.save({ ...a.store.get(), goal: '窗口一的目标' });
    b.saver.save({ ...b.store.get(), title: '窗口二的标题' });
    if (reverse) {
      b.saver.flush();
      a.saver.flush();
    } else {
      a.saver.flush();
      b.saver.flush();
    }
    const stored = JSON.parse(localStorage.getItem('cs-course:ex:test')!).d as Doc;
    expect(stored).toMatchObject({ goal: '窗口一的目标', title: '窗口二的标题' });
  });

  it('edits of different items of one list both survive', () => {
    const a = openWindow();
    const b = openWindow();
    const doc = a.store.get();
    a.saver.save({ ...doc, notes: [{ id: 'n1', text: '甲' }, doc.notes[1]!] });
    b.saver.save({ ...doc, notes: [doc.notes[0]!, { id: 'n2', text: '乙' }] });
    vi.advanceTimersByTime(500);
    const stored = JSON.parse(localStorage.getItem('cs-course:ex:test')!).d as Doc;
    expect(stored.notes.map((n) => n.text)).toEqual(['甲', '乙']);
  });

  it("a save from a window that had not yet seen this window's save does not undo it", async () => {
    const a = openWindow();
    const base = a.store.get();
    a.saver.save({ ...base, goal: '窗口一的目标' });
    a.saver.flush();
    // The other window saves from the old record, then its write reaches this window.
    const stale = JSON.stringify({ v: 1, t: 2, d: { ...base, title: '窗口二的标题' } });
    localStorage.setItem('cs-course:ex:test', stale);
    window.dispatchEvent(new StorageEvent('storage', { key: 'cs-course:ex:test', newValue: stale }));
    await Promise.resolve();
    const stored = JSON.parse(localStorage.getItem('cs-course:ex:test')!).d as Doc;
    expect(stored).toMatchObject({ goal: '窗口一的目标', title: '窗口二的标题' });
    expect(a.store.get()).toMatchObject({ goal: '窗口一的目标', title: '窗口二的标题' });
  });

  it('a record cleared elsewhere right after a save stays cleared', async () => {
    const a = openWindow();
    a.saver.save({ ...a.store.get(), goal: '窗口一的目标' });
    a.saver.flush();
    localStorage.removeItem('cs-course:ex:test');
    window.dispatchEvent(new StorageEvent('storage', { key: 'cs-course:ex:test', newValue: null }));
    await Promise.resolve();
    expect(localStorage.getItem('cs-course:ex:test')).toBeNull();
  });

  it('an item this window edited survives when the other side never had it or removed it', () => {
    const blank = { id: 'first', text: '' };
    const typed = { id: 'first', text: '我写的' };
    expect(mergeFields({ items: [blank] }, { items: [typed] }, { items: [] })).toEqual({ items: [typed] });
    // An item this window did not touch goes with the other window's delete.
    expect(mergeFields({ items: [blank, typed] }, { items: [blank, typed] }, { items: [typed] })).toEqual({
      items: [typed],
    });
  });

  it('a window showing a blank item that is not stored passes it as the base of its edits', () => {
    // Both windows show the same blank item that is not stored yet; each edits one field.
    type Note = { id: string; text: string; tag?: string };
    const a = openWindow();
    const b = openWindow();
    const shown = { ...a.store.get(), notes: [...a.store.get().notes, { id: 'n3', text: '', tag: '' }] };
    const edit = (change: Partial<Note>) => ({
      ...shown,
      notes: shown.notes.map((n) => (n.id === 'n3' ? { ...n, ...change } : n)),
    });
    a.saver.save(edit({ tag: '窗口一' }), shown);
    b.saver.save(edit({ text: '窗口二的笔记' }), shown);
    vi.advanceTimersByTime(500);
    const stored = JSON.parse(localStorage.getItem('cs-course:ex:test')!).d as Doc;
    expect(stored.notes[2]).toEqual({ id: 'n3', text: '窗口二的笔记', tag: '窗口一' });
  });

  it('the same field edited in both: the later save wins', () => {
    expect(mergeFields({ a: '' }, { a: '后' }, { a: '先' })).toEqual({ a: '后' });
  });
});

describe('private windows keep work between pages', () => {
  it('falls back to sessionStorage for the tab when localStorage throws', () => {
    const session = new FakeStorage();
    const refused = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const page1 = new SafeStorage(refused, session);
    expect(page1.health.get()).toMatchObject({ mode: 'session' });
    page1.setItem('cs-course:ex:swot', 'typed');
    const page2 = new SafeStorage(refused, session);
    expect(page2.getItem('cs-course:ex:swot')).toBe('typed');
  });

  it('goes to memory only when both refuse', () => {
    const refused = () => {
      throw new Error('no');
    };
    expect(new SafeStorage(refused, refused).health.get()).toMatchObject({ mode: 'memory' });
  });
});

describe('an import near the quota', () => {
  const big = (n: number) =>
    fileOf({
      [SWOT]: JSON.parse(encodeValue(swotType, swot('大'.repeat(n)), 9)),
    });

  it('says it failed and keeps the current data when the file does not fit', () => {
    const backend = new FakeStorage();
    const storage = new SafeStorage(backend);
    storage.setItem('cs-course:ex:johari', encodeValue(johariType, blankRecord(), 1));
    backend.capacity = 5000;
    const before = snapshot(storage);
    const check = checkImport(big(6000));
    if (!check.ok) throw new Error(check.reason);
    const outcome = importRecords(storage, check.file, 'replace', noop);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toContain('导入失败');
    expect(snapshot(storage)).toEqual(before);
    expect(storage.health.get().mode).toBe('local');
  });

  it('saves the import without its undo snapshot when both do not fit, and says so', () => {
    const backend = new FakeStorage();
    const storage = new SafeStorage(backend);
    storage.setItem(SWOT, encodeValue(swotType, swot('旧'), 1));
    backend.capacity = 2600;
    const before = snapshot(storage);
    const check = checkImport(big(2200));
    if (!check.ok) throw new Error(check.reason);
    expect(importRecords(storage, check.file, 'replace', noop)).toEqual({ ok: true, undo: 'page' });
    expect(JSON.parse(storage.getItem(SWOT)!).d.sheets[0].data.goal).toContain('大');
    expect(undoImport(storage, noop)).toBe(true);
    expect(snapshot(storage)).toEqual(before);
  });
});

describe('hostile import files are refused with a reason, never thrown', () => {
  /** JSON text nesting `n` objects deep, written as text (stringify itself would overflow). */
  const deep = (n: number) => '{"x":'.repeat(n) + '1' + '}'.repeat(n);
  /** A file whose `slot` placeholder is replaced by deep JSON. */
  const withDeep = (file: string, n = 20_000) => file.replace('"SLOT"', deep(n));
  it.each([
    [
      'a deep unknown field',
      () => withDeep(fileOf({ [SWOT]: { v: 2, t: 1, d: { ...swot(''), extra: 'SLOT' } } })),
    ],
    ['a deep record', () => withDeep(fileOf({ [SWOT]: { v: 1, t: 1, d: 'SLOT' } }))],
    ['a deep backup', () => withDeep(fileOf({}, { 'cs-course:backup:ex:swot': 'SLOT' }))],
    ['deep arrays', () => '['.repeat(50000) + ']'.repeat(50000)],
  ])('%s', (_, make) => {
    let check: ReturnType<typeof checkImport> | undefined;
    expect(() => (check = checkImport(make()))).not.toThrow();
    expect(check!.ok).toBe(false);
  });

  it('drops unknown fields, so what is imported is what the schema accepts', () => {
    const check = checkImport(fileOf({ [SWOT]: { v: 2, t: 1, d: { ...swot('好'), extra: { a: 1 } } } }));
    if (!check.ok) throw new Error(check.reason);
    expect(check.file.entries[SWOT]!.d).not.toHaveProperty('extra');
  });

  it('a file with more records than the cap', () => {
    const backups = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, i) => [`cs-course:backup:ex:swot:${i + 2}`, 'x']),
    );
    const check = checkImport(fileOf({}, backups));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(`上限 ${MAX_IMPORT_RECORDS}`);
  });
});

describe('the export carries what is really stored', () => {
  it('takes a held newer value from disk, and keeps the page copy as a backup', () => {
    const backend = new FakeStorage();
    const newer = JSON.stringify({ v: 9, t: 1, d: { future: true } });
    backend.setItem(SWOT, newer);
    const storage = new SafeStorage(backend);
    decodeFor(swotType, SWOT, storage)(newer);
    storage.setItem(SWOT, encodeValue(swotType, swot('本页的修改')));
    const file: ExportFile = buildExport(storage);
    expect(file.entries[SWOT]).toEqual(JSON.parse(newer));
    expect(Object.values(file.backups).some((raw) => raw.includes('本页的修改'))).toBe(true);
  });

  it('says the export may be partial when storage was revoked mid-session', () => {
    const backend = new FakeStorage();
    for (let i = 0; i < 26; i++) backend.setItem(`cs-course:unit:u${i}`, `v${i}`);
    const storage = new SafeStorage(backend);
    for (let i = 0; i < 3; i++) storage.getItem(`cs-course:unit:u${i}`);
    backend.revoked = true;
    storage.setItem('cs-course:last', 'x');
    expect(exportIsIncomplete(storage)).toBe(true);
    expect(Object.keys(snapshot(storage))).toEqual(
      expect.arrayContaining(['cs-course:unit:u0', 'cs-course:unit:u1', 'cs-course:unit:u2']),
    );
  });
});

describe('small hardening', () => {
  const units = { swot: { label: '第二讲', title: 'SWOT', href: '/units/swot/' } };
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'missing'])(
    'a last position naming %s shows nothing',
    (unit) => {
      expect(continueTarget({ unit, at: '2026-11-01T00:00:00Z' }, units)).toBeNull();
    },
  );

  it('a last position with an unreadable time shows the unit without a time', () => {
    expect(continueTarget({ unit: 'swot', at: 'garbage' }, units)).toMatchObject({
      href: '/units/swot/',
      at: null,
    });
  });

  it('strips bidi controls from Johari names', () => {
    expect(normaliseName('\u202E小王\u2066test\u2069\u200F')).toBe('小王test');
  });

  it.each(['#%', '#%E0%A4%A', '#%zz'])('a malformed hash %s opens slide 1', (hash) => {
    expect(slideFromHash(hash, 10)).toBeNull();
    expect(sectionFromHash(hash)).toBeNull();
  });
});
