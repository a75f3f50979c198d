// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from '../../../src/lib/state/instance';
import { closeAllDocuments } from '../../../src/lib/state/document';
import { recordVisit, setCompleted } from '../../../src/lib/state/progress';
import { addAttempt } from '../../../src/lib/state/attempts';
import { messages } from '../../../src/lib/state/messages';
import {
  buildExport,
  checkImport,
  exportFileSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_RECORDS,
  snapshot,
  type ExportFile,
} from '../../../src/lib/state/transfer';
import '../../../src/lib/exercises';

/** The export file's one schema: what the writer writes is what the reader accepts. */

beforeEach(() => {
  localStorage.clear();
  closeAllDocuments();
});

const unit = { v: 1, t: 1, d: { firstVisit: 'a', lastVisit: 'b', readToEnd: false, completed: true } };
const base = (): Record<string, unknown> => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: '2026-11-23T12:00:00.000Z',
  entries: { 'cs-course:unit:swot': unit },
  backups: { 'cs-course:backup:unit:swot': 'broken{' },
});
const without = (key: string) => {
  const file = base();
  delete file[key];
  return file;
};
const many = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`cs-course:backup:unit:swot:${i}`, 'x']));

describe('valid files', () => {
  it.each<[string, Record<string, unknown>, Partial<ExportFile>]>([
    ['a file as the site writes it', base(), { version: 1 }],
    ['without a device (files before it existed)', without('device'), {}],
    [
      'with a device label',
      { ...base(), device: 'Android 手机 · Chrome' },
      { device: 'Android 手机 · Chrome' },
    ],
    ['with a device that is not a label (dropped, not refused)', { ...base(), device: 42 }, {}],
    ['with no records at all', { ...base(), entries: {}, backups: {} }, { entries: {}, backups: {} }],
    ['with fields of a later site (left behind)', { ...base(), extra: { a: 1 } }, { format: EXPORT_FORMAT }],
    [
      'exactly at the record limit',
      { ...base(), entries: {}, backups: many(MAX_IMPORT_RECORDS) },
      { format: EXPORT_FORMAT },
    ],
  ])('%s', (_, file, expected) => {
    const check = checkImport(JSON.stringify(file));
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.file).toMatchObject(expected);
      expect(check.file).not.toHaveProperty('extra');
      if (!('device' in expected)) expect(check.file).not.toHaveProperty('device');
      expect(exportFileSchema.safeParse(check.file).success).toBe(true);
    }
  });

  it('keeps only what a record type accepts', () => {
    const entries = { 'cs-course:unit:swot': { ...unit, d: { ...unit.d, stray: 'x' } } };
    const check = checkImport(JSON.stringify({ ...base(), entries }));
    expect(check.ok && check.file.entries['cs-course:unit:swot']?.d).toEqual(unit.d);
  });

  it('reads back what the writer wrote, and summarises it', () => {
    recordVisit('swot', '2026-11-01T08:00:00.000Z');
    setCompleted('swot', true, '2026-11-01T09:00:00.000Z');
    addAttempt('listening', {
      id: 'a1',
      at: '2026-11-01T10:00:00.000Z',
      answers: { q1: 1 },
      score: 3,
      max: 5,
    });
    const written: ExportFile = buildExport(storage, new Date('2026-11-23T12:00:00Z'), 'Windows 电脑 · Edge');
    expect(exportFileSchema.safeParse(written)).toEqual({ success: true, data: written });
    const check = checkImport(JSON.stringify(written));
    expect(check).toMatchObject({
      ok: true,
      file: written,
      summary: { device: 'Windows 电脑 · Edge', units: 1, attempts: 1, exercises: 0, backups: 0 },
    });
  });
});

describe('invalid files are refused with the learner’s message, and nothing changes', () => {
  const entryOf = (d: unknown, v = 1) => ({ ...base(), entries: { 'cs-course:unit:swot': { v, t: 1, d } } });
  it.each<[string, string | Record<string, unknown> | unknown[], string]>([
    ['not JSON', '{"format": ', messages.importNotJson],
    ['a list, not a file', [1, 2], messages.importWrongFormat],
    ['a bare string', JSON.stringify('cs-course-progress'), messages.importWrongFormat],
    ['a wrong format tag', { ...base(), format: 'other-site' }, messages.importWrongFormat],
    ['no format tag', without('format'), messages.importWrongFormat],
    [
      'a newer version',
      { ...base(), version: EXPORT_VERSION + 1 },
      messages.importNewerVersion(EXPORT_VERSION + 1),
    ],
    ['no version', without('version'), messages.importBadVersion],
    ['a version as text', { ...base(), version: '1' }, messages.importBadVersion],
    ['a fractional version', { ...base(), version: 1.5 }, messages.importBadVersion],
    ['version 0', { ...base(), version: 0 }, messages.importBadVersion],
    ['no export time', without('exportedAt'), messages.importBadEntry('导出时间', '缺失或格式不对')],
    ['an export time that is no time', { ...base(), exportedAt: 'yesterday' }, '导出时间'],
    ['an export time as a number', { ...base(), exportedAt: 1700000000000 }, '导出时间'],
    ['no entries', without('entries'), messages.importWrongFormat],
    ['entries as a list', { ...base(), entries: [] }, messages.importWrongFormat],
    ['no backups', without('backups'), messages.importWrongFormat],
    ['backups as text', { ...base(), backups: 'x' }, messages.importWrongFormat],
    ['a backup that is not text', { ...base(), backups: { 'cs-course:backup:unit:swot': 1 } }, '无法识别'],
    ['a backup under an unknown key', { ...base(), backups: { 'cs-course:backup:evil': 'x' } }, '无法识别'],
    ['a record of an unknown type', { ...base(), entries: { 'cs-course:evil': unit } }, '无法识别'],
    ['a record of another site', { ...base(), entries: { 'other:unit:swot': unit } }, '无法识别'],
    [
      'a record without its envelope',
      { ...base(), entries: { 'cs-course:unit:swot': unit.d } },
      '缺少版本信息',
    ],
    ['a record from a newer site', entryOf(unit.d, 9), messages.importNewerVersion(9)],
    ['a record of the wrong type', entryOf({ ...unit.d, completed: 'yes' }), '单元学习进度（unit:swot）'],
    ['a record missing a field', entryOf({ firstVisit: 'a' }), '单元学习进度'],
    [
      'more records than any course writes',
      { ...base(), entries: {}, backups: many(MAX_IMPORT_RECORDS + 1) },
      messages.importTooMany(MAX_IMPORT_RECORDS + 1, MAX_IMPORT_RECORDS),
    ],
    [
      'too many records, some of them bad',
      { ...base(), entries: { 'cs-course:evil': unit }, backups: many(MAX_IMPORT_RECORDS) },
      messages.importTooMany(MAX_IMPORT_RECORDS + 1, MAX_IMPORT_RECORDS),
    ],
    [
      'too deep',
      { ...base(), entries: { 'cs-course:unit:swot': JSON.parse('['.repeat(60) + ']'.repeat(60)) } },
      messages.importTooDeep,
    ],
  ])('%s', (_, file, reason) => {
    recordVisit('intro');
    const before = snapshot(storage);
    const check = checkImport(typeof file === 'string' ? file : JSON.stringify(file));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
    expect(snapshot(storage)).toEqual(before);
  });

  it('a format tag is named before anything else that is wrong', () => {
    const check = checkImport(JSON.stringify({ format: 'x', version: 99, entries: 1 }));
    expect(check).toEqual({ ok: false, reason: messages.importWrongFormat });
  });

  it.each([
    [MAX_IMPORT_BYTES + 1, false],
    [MAX_IMPORT_BYTES, true],
  ])('a file of %i bytes is accepted: %s', (bytes, ok) => {
    const check = checkImport(JSON.stringify(base()), bytes);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.reason).toBe(messages.importTooLarge(bytes / 1024 / 1024));
  });

  it('measures an oversize file itself when not told its size', () => {
    const text = JSON.stringify({ ...base(), pad: 'x'.repeat(MAX_IMPORT_BYTES) });
    const check = checkImport(text);
    expect(check).toMatchObject({ ok: false });
    if (!check.ok) expect(check.reason).toMatch(/太大.*5 MB/);
  });
});
