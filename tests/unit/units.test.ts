import { describe, expect, it } from 'vitest';
import {
  formatMinutes,
  groupByDimension,
  neighbours,
  sortUnits,
  type UnitSummary,
} from '../../src/lib/units';

const unit = (id: string, order: number, dimension: UnitSummary['dimension']): UnitSummary => ({
  id,
  order,
  dimension,
  label: `L${order}`,
  title: id,
  subtitle: '',
  minutes: 60,
  summary: '',
});
const units = [
  unit('swot', 2, '管理自我'),
  unit('intro', 0, '导入'),
  unit('learning', 1, '管理自我'),
  unit('goals', 3, '管理业务'),
];

describe('units', () => {
  it('sorts by course order', () => {
    expect(sortUnits(units).map((u) => u.id)).toEqual(['intro', 'learning', 'swot', 'goals']);
  });

  it('groups by dimension in course order', () => {
    expect(groupByDimension(units).map((g) => [g.dimension, g.units.map((u) => u.id)])).toEqual([
      ['导入', ['intro']],
      ['管理自我', ['learning', 'swot']],
      ['管理业务', ['goals']],
    ]);
  });

  it('finds previous and next units, none past the ends', () => {
    expect(neighbours(units, 'learning')).toMatchObject({ prev: { id: 'intro' }, next: { id: 'swot' } });
    expect(neighbours(units, 'intro').prev).toBeUndefined();
    expect(neighbours(units, 'goals').next).toBeUndefined();
  });

  it.each([
    [45, '45 分钟'],
    [60, '1 小时'],
    [90, '1 小时 30 分钟'],
  ])('formats %i minutes as %s', (m, text) => {
    expect(formatMinutes(m)).toBe(text);
  });
});
