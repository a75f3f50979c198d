import { describe, expect, it } from 'vitest';
import {
  agendaDayOptions,
  allocate,
  planAgenda,
  STANDARD_DAY,
  teachingMinutesPerDay,
  toClock,
  toMinutes,
  type AgendaUnit,
} from '../../src/lib/agenda';

const units: AgendaUnit[] = [
  { id: 'intro', label: '导入篇', title: '导入', minutes: 45 },
  { id: 'learning', label: '第一讲', title: '学习力', minutes: 60 },
  { id: 'swot', label: '第二讲', title: '自我扫描', minutes: 75 },
  { id: 'goals', label: '第三讲', title: '目标与过程管理', minutes: 90 },
  { id: 'review', label: '第四讲', title: '业务复盘', minutes: 90 },
  { id: 'communication', label: '第五讲', title: '管理沟通', minutes: 120 },
  { id: 'coaching', label: '第六讲', title: '绩效面谈与辅导', minutes: 75 },
];

describe('clock helpers', () => {
  it('convert between HH:MM and minutes', () => {
    expect(toMinutes('09:30')).toBe(570);
    expect(toClock(570)).toBe('09:30');
    expect(() => toMinutes('9点')).toThrow(/HH:MM/);
  });
});

describe('allocate', () => {
  it('shares the time in proportion and adds up exactly', () => {
    const shares = allocate(units, 330, 5);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(330);
    expect(shares.every((s) => s % 5 === 0 && s >= 5)).toBe(true);
    // The longest unit keeps the largest share.
    expect(Math.max(...shares)).toBe(shares[5]);
  });

  it('refuses a day too short to give every unit a slot', () => {
    expect(() => allocate(units, 20, 5)).toThrow(/太短/);
  });
});

describe.each([1, 2])('a %i-day plan', (days) => {
  const plan = planAgenda(units, { days, sessions: STANDARD_DAY, step: 5 });
  const unitRows = plan.rows.filter((r) => r.kind === 'unit');

  it('fills exactly six teaching hours a day less the breaks', () => {
    expect(teachingMinutesPerDay(STANDARD_DAY)).toBe(330);
    expect(plan.teachingMinutes).toBe(330 * days);
    expect(unitRows.reduce((s, r) => s + r.minutes, 0)).toBe(330 * days);
  });

  it('keeps the units in course order and every unit appears', () => {
    const order = [...new Set(unitRows.map((r) => (r.kind === 'unit' ? r.unit.id : '')))];
    expect(order).toEqual(units.map((u) => u.id));
  });

  it('has a lunch and two tea breaks each day, and nothing overlaps', () => {
    for (let day = 1; day <= days; day++) {
      const rows = plan.rows.filter((r) => r.day === day);
      expect(rows.filter((r) => r.kind === 'lunch')).toHaveLength(1);
      expect(rows.filter((r) => r.kind === 'break')).toHaveLength(2);
      for (let i = 1; i < rows.length; i++)
        expect(toMinutes(rows[i]!.start)).toBe(toMinutes(rows[i - 1]!.end));
      expect(rows[0]!.start).toBe('09:00');
      expect(rows.at(-1)!.end).toBe('16:30');
    }
  });
});

it('gives the 2-day plan more time per unit than the 1-day plan', () => {
  const one = planAgenda(units, { days: 1, sessions: STANDARD_DAY, step: 5 });
  const two = planAgenda(units, { days: 2, sessions: STANDARD_DAY, step: 5 });
  one.allocation.forEach((a, i) => expect(two.allocation[i]!.minutes).toBeGreaterThan(a.minutes));
});

it.each([1, 2])('never starts a unit with a sliver of time before a break (%i-day plan)', (days) => {
  const plan = planAgenda(units, { days, sessions: STANDARD_DAY, step: 5 });
  for (const row of plan.rows) {
    if (row.kind === 'unit' && row.part === 1 && row.parts > 1)
      expect(row.minutes).toBeGreaterThanOrEqual(15);
  }
  const perUnit = new Map<string, number>();
  for (const row of plan.rows)
    if (row.kind === 'unit') perUnit.set(row.unit.id, (perUnit.get(row.unit.id) ?? 0) + row.minutes);
  plan.allocation.forEach((a) => expect(perUnit.get(a.unit.id)).toBe(a.minutes));
});

describe('a course of 70 units (a second course, or ten)', () => {
  const many: AgendaUnit[] = Array.from({ length: 70 }, (_, i) => ({
    ...units[i % units.length]!,
    id: `${units[i % units.length]!.id}-${i}`,
  }));
  const [shorter, longer] = agendaDayOptions(many.length, STANDARD_DAY);

  it('is laid out over as many days as hold a quarter hour per unit, and one more', () => {
    expect([shorter, longer]).toEqual([4, 5]);
    expect(agendaDayOptions(units.length, STANDARD_DAY)).toEqual([1, 2]);
  });

  it.each([shorter, longer])('plans all 70 units over %i days, each given time', (days) => {
    const plan = planAgenda(many, { days, sessions: STANDARD_DAY, step: 5 });
    expect(plan.allocation.map((a) => a.unit.id)).toEqual(many.map((u) => u.id));
    expect(plan.allocation.reduce((sum, a) => sum + a.minutes, 0)).toBe(330 * days);
    expect(Math.min(...plan.allocation.map((a) => a.minutes))).toBeGreaterThanOrEqual(5);
    const planned = new Set(plan.rows.flatMap((r) => (r.kind === 'unit' ? [r.unit.id] : [])));
    expect(planned.size).toBe(70);
    expect(Math.max(...plan.rows.map((r) => r.day))).toBe(days);
  });

  it('says how many days it needs when asked to fit into one', () => {
    expect(() => planAgenda(many, { days: 1, sessions: STANDARD_DAY, step: 5 })).toThrow(
      '70 个单元排不进 1 天：每个单元至少 5 分钟，至少需要 2 天',
    );
  });
});
