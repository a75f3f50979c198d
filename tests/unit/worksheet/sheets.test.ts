// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as z from '../../../src/lib/state/mini';
import { closeAllDocuments, readValue, type DocType } from '../../../src/lib/state/document';
import { docTypeFor } from '../../../src/lib/state/registry';
import {
  activeSheet,
  createSheet,
  defineWorksheet,
  displayTitle,
  duplicateSheet,
  emptyCollection,
  removeSheet,
  renameSheet,
  restoreSheet,
  selectSheet,
  uniqueTitle,
  updateSheet,
  type SheetCollection,
} from '../../../src/lib/worksheet/sheets';
import { moveItem, patchItem, removeAt, restoreAt } from '../../../src/lib/worksheet/list';

type Note = { text: string; tags: string[] };
const now = new Date('2026-11-02T08:00:00.000Z');
const later = new Date('2026-11-02T09:00:00.000Z');

function three(): SheetCollection<Note> {
  let c = emptyCollection<Note>();
  for (const [id, title] of [
    ['a', '甲'],
    ['b', '乙'],
    ['c', '丙'],
  ] as const)
    c = createSheet(c, title, { text: title, tags: [] }, { now, id }).collection;
  return c;
}

describe('a collection of sheets', () => {
  it('opens a new sheet as soon as it is created, with a unique title', () => {
    let c = createSheet(
      emptyCollection<Note>(),
      '我的目标',
      { text: '', tags: [] },
      { now, id: 'x' },
    ).collection;
    c = createSheet(c, '我的目标', { text: '', tags: [] }, { now, id: 'y' }).collection;
    expect(c.sheets.map((s) => s.title)).toEqual(['我的目标', '我的目标（2）']);
    expect(c.activeId).toBe('y');
    expect(uniqueTitle(c, '我的目标')).toBe('我的目标（3）');
  });

  it('marks a sheet made from the example', () => {
    const { sheet } = createSheet(emptyCollection<Note>(), '示例', { text: '', tags: [] }, { example: true });
    expect(sheet.example).toBe(true);
  });

  it('falls back to the first sheet when the active id is unknown', () => {
    expect(activeSheet({ ...three(), activeId: 'gone' })?.id).toBe('a');
    expect(activeSheet(emptyCollection())).toBeUndefined();
    expect(selectSheet(three(), 'gone').activeId).toBe('c');
    expect(selectSheet(three(), 'a').activeId).toBe('a');
  });

  it('renames a sheet and shows a blank name as 未命名工作表', () => {
    const c = renameSheet(three(), 'b', '   ', later);
    expect(c.sheets[1]).toMatchObject({ title: '', updatedAt: later.toISOString() });
    expect(displayTitle(c.sheets[1]!)).toBe('未命名工作表');
    expect(renameSheet(three(), 'b', '新名字').sheets[1]!.title).toBe('新名字');
  });

  it('updates only the sheet edited', () => {
    const c = updateSheet(three(), 'b', { text: '改过', tags: ['t'] }, later);
    expect(c.sheets.map((s) => s.data.text)).toEqual(['甲', '改过', '丙']);
    expect(c.sheets[0]!.updatedAt).toBe(now.toISOString());
  });

  it('duplicates a sheet deeply, right after the original, and opens the copy', () => {
    const original = three();
    original.sheets[0]!.data.tags.push('标签');
    const result = duplicateSheet(original, 'a', { now: later, id: 'copy' })!;
    expect(result.collection.sheets.map((s) => s.id)).toEqual(['a', 'copy', 'b', 'c']);
    expect(result.sheet.title).toBe('甲（副本）');
    expect(result.collection.activeId).toBe('copy');
    result.sheet.data.tags.push('只在副本');
    expect(original.sheets[0]!.data.tags).toEqual(['标签']);
    expect(duplicateSheet(original, 'nope')).toBeUndefined();
  });

  it('names a second copy of the same sheet by the one naming rule', () => {
    const once = duplicateSheet(three(), 'a', { now: later, id: 'copy' })!.collection;
    const twice = duplicateSheet(once, 'a', { now: later, id: 'copy2' })!;
    expect(twice.sheet.title).toBe('甲（副本 2）');
    const ofCopy = duplicateSheet(twice.collection, 'copy', { now: later, id: 'copy3' })!;
    expect(ofCopy.sheet.title).toBe('甲（副本 3）');
  });

  it.each([
    ['the open sheet', 'b', 'b', 'c'],
    ['the last sheet while it is open', 'c', 'c', 'b'],
    ['the first sheet while it is open', 'a', 'a', 'b'],
    ['another sheet', 'c', 'a', 'c'],
  ])('deletes %s and opens a sensible neighbour', (_, open, remove, expected) => {
    const result = removeSheet(selectSheet(three(), open), remove)!;
    expect(result.collection.sheets.map((s) => s.id)).not.toContain(remove);
    expect(result.collection.activeId).toBe(expected);
  });

  it('puts a deleted sheet back in its place on undo, once', () => {
    const { collection, removed } = removeSheet(three(), 'b')!;
    const restored = restoreSheet(restoreSheet(collection, removed), removed);
    expect(restored.sheets.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(restored.activeId).toBe('b');
    const lastOne = removeSheet(
      createSheet(emptyCollection<Note>(), '唯一', { text: '', tags: [] }, { id: 'only' }).collection,
      'only',
    )!;
    expect(lastOne.collection).toEqual({ sheets: [], activeId: null });
  });
});

describe('editable lists', () => {
  const list = ['一', '二', '三'];
  it.each([
    [0, 1, ['二', '一', '三']],
    [2, 0, ['三', '一', '二']],
    [0, -1, ['一', '二', '三']],
    [2, 5, ['一', '二', '三']],
  ])('moves item %i to %i', (from, to, expected) => {
    expect(moveItem(list, from, to)).toEqual(expected);
  });

  it('removes an item and restores it in place', () => {
    const { list: shorter, removed } = removeAt(list, 1);
    expect(shorter).toEqual(['一', '三']);
    expect(restoreAt(shorter, removed!)).toEqual(list);
    expect(removeAt(list, 7).removed).toBeUndefined();
  });

  it('patches one item by id', () => {
    expect(
      patchItem(
        [
          { id: 'a', v: 1 },
          { id: 'b', v: 2 },
        ],
        'b',
        { v: 3 },
      ),
    ).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 3 },
    ]);
  });
});

describe('a stored worksheet', () => {
  beforeEach(() => {
    localStorage.clear();
    closeAllDocuments();
  });

  it('registers its kind for export and import, and migrates every sheet', () => {
    const open = defineWorksheet('test-sheet', {
      label: '测试工作表',
      version: 2,
      data: z.object({ text: z.string(), tags: z.array(z.string()) }),
      migrateData: { 1: (d) => ({ text: (d as { body: string }).body, tags: [] }) },
    });
    expect(open().get()).toEqual({ sheets: [], activeId: null });
    const type = docTypeFor('cs-course:ex:test-sheet') as DocType<SheetCollection<Note>>;
    const old = JSON.stringify({
      v: 1,
      t: 1,
      d: {
        sheets: [{ id: 'a', title: '旧', createdAt: 'x', updatedAt: 'x', data: { body: '旧内容' } }],
        activeId: 'a',
      },
    });
    const result = readValue(type, old);
    expect(result).toMatchObject({
      status: 'ok',
      value: { sheets: [{ data: { text: '旧内容', tags: [] } }] },
    });
  });
});
