// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dimensionBadgeText, unitBadgeText, unitIdsOf } from '../../../src/lib/state/badges';
import { continueCardText, continueTarget, continueUnits } from '../../../src/lib/state/continue';
import { formatDateTime } from '../../../src/lib/format';

describe('status badges', () => {
  it.each([
    ['new', ''],
    ['started', '学习中'],
    ['read', '已读完'],
    ['completed', '✓ 已完成'],
  ] as const)('a %s unit reads 「%s」', (status, text) => {
    expect(unitBadgeText(status)).toBe(text);
  });

  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,b,', ['a', 'b']],
    [' a , b ', ['a', 'b']],
    ['', []],
    [undefined, []],
  ])('reads the units of %j', (list, ids) => {
    expect(unitIdsOf(list)).toEqual(ids);
  });

  it('counts the completed units of a dimension', () => {
    expect(dimensionBadgeText({ total: 3, completed: 1, read: 1, started: 0 })).toBe('已完成 1/3');
    expect(dimensionBadgeText({ total: 0, completed: 0, read: 0, started: 0 })).toBe('已完成 0/0');
  });
});

describe('the continue box', () => {
  const units = { swot: { label: '第二讲', title: 'SWOT 分析', href: '/units/swot/' } };

  it('shows the unit, the section and when', () => {
    const at = '2026-11-01T08:30:00.000Z';
    const target = continueTarget({ unit: 'swot', section: 'tows', sectionTitle: 'TOWS 矩阵', at }, units)!;
    expect(continueCardText(target)).toEqual({
      href: '/units/swot/#tows',
      unit: '第二讲 SWOT 分析',
      section: 'TOWS 矩阵',
      time: `上次学习：${formatDateTime(new Date(at))}`,
    });
  });

  it('leaves the time out when it is unreadable', () => {
    const target = continueTarget({ unit: 'swot', at: 'garbage' }, units)!;
    expect(continueCardText(target)).toMatchObject({ href: '/units/swot/', section: '', time: '' });
  });

  it.each([undefined, '', 'not json', '[]', 'null', '42'])('reads a broken unit list %j as none', (json) => {
    expect(continueUnits(json)).toEqual({});
  });

  it('reads the unit list the page writes', () => {
    expect(continueUnits(JSON.stringify(units))).toEqual(units);
  });
});
