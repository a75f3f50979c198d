// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openSwot } from '../../../src/lib/swot/exercise';
import { swotFromV1 } from '../../../src/lib/swot/record';
import { citation, unusedItems } from '../../../src/lib/swot/numbering';
import { analysisOf } from '../../../src/lib/swot/record';
import { activeSheet } from '../../../src/lib/worksheet/sheets';
import { closeAllDocuments, readValue, type DocType } from '../../../src/lib/state/document';
import { docTypeFor } from '../../../src/lib/state/registry';
import { storage } from '../../../src/lib/state/instance';
import { draftKey } from '../../../src/lib/state/drafts';
import { notices } from '../../../src/lib/state/notices';
import v1 from '../../fixtures/v1/swot.json';

const KEY = draftKey('swot');
const now = new Date('2026-12-01T10:00:00.000Z');

afterEach(() => {
  storage.removeItem(KEY);
  closeAllDocuments();
  notices.set([]);
});

describe('upgrading a stored SWOT from version 1 (analyses) to version 2 (sheets)', () => {
  it('keeps every analysis, in order, with its title, example mark and content', () => {
    const c = swotFromV1(v1.d, now);
    expect(c.sheets.map((s) => [s.id, s.title, s.example])).toEqual([
      ['swot-first', '我的竞聘准备', undefined],
      ['sw-2', '示例：在线客服组长的个人 SWOT', true],
    ]);
    const [first] = c.sheets;
    expect(first!.data).toEqual({
      scope: 'personal',
      date: '2026-03-15',
      goal: '明年 3 月前具备竞聘值班主管的条件',
      items: v1.d.analyses[0]!.items,
      strategies: v1.d.analyses[0]!.strategies,
    });
    expect(c.sheets[1]!.data.scope).toBe('team');
  });

  it('keeps the analysis that was open, and its strategies cite the same items', () => {
    const c = swotFromV1(v1.d, now);
    expect(activeSheet(c)?.id).toBe('sw-2');
    const first = analysisOf(c.sheets[0]!);
    expect(first.strategies.map((s) => citation(first, s))).toEqual(['W1/O1', 'S1/T1']);
    expect(unusedItems(first).map((u) => u.label)).toEqual(['S2']);
  });

  it('dates each sheet by its analysis date, or the upgrade when it had none', () => {
    const c = swotFromV1(v1.d, now);
    expect(c.sheets[0]).toMatchObject({ createdAt: '2026-03-15T00:00:00.000Z' });
    expect(c.sheets[1]).toMatchObject({ createdAt: now.toISOString(), updatedAt: now.toISOString() });
  });

  it('opens the first analysis when the open one no longer exists', () => {
    expect(swotFromV1({ ...v1.d, activeId: 'gone' }, now).activeId).toBe('swot-first');
    expect(swotFromV1({ analyses: [], activeId: '' }, now)).toEqual({ sheets: [], activeId: null });
  });

  it('reads a version 1 envelope through the registered stored form', () => {
    const type = docTypeFor(KEY) as DocType<unknown>;
    const result = readValue(type, JSON.stringify(v1));
    expect(result).toMatchObject({ status: 'ok', migrated: true });
  });

  it('opens a version 1 record kept in storage as sheets, with nothing lost and no notice', () => {
    storage.setItem(KEY, JSON.stringify(v1));
    const c = openSwot().get();
    expect(c.activeId).toBe('sw-2');
    expect(c.sheets.map((s) => s.title)).toEqual(['我的竞聘准备', '示例：在线客服组长的个人 SWOT']);
    expect(c.sheets[0]!.data.strategies[0]!.action).toBe('本周申请试点，9 月底前独立排出一个月的班');
    expect(notices.get()).toEqual([]);
  });

  it('keeps a version 1 record it cannot read under a backup key instead of dropping it', () => {
    const broken = JSON.stringify({ v: 1, t: 1, d: { analyses: 'not a list', activeId: 'x' } });
    storage.setItem(KEY, broken);
    expect(openSwot().get()).toEqual({ sheets: [], activeId: null });
    expect(storage.getItem('cs-course:backup:ex:swot')).toBe(broken);
    expect(notices.get()).toHaveLength(1);
  });
});
