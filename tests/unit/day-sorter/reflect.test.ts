import { describe, expect, it } from 'vitest';
import { assign, blankDaySort, type DaySort } from '../../../src/lib/day-sorter/model';
import { formatMinutes, reflectDay, roundPercents } from '../../../src/lib/day-sorter/reflect';
import { DAY_SORTER_FILE, loadDaySorter } from '../../../src/lib/day-sorter/load';

const data = loadDaySorter();
const byId = (id: string) => data.categories.find((c) => c.id === id)!;

/** Every task sorted into the category `pick` chooses. */
const sortAll = (pick: (taskId: string, suggested: string) => string): DaySort =>
  data.tasks.reduce((sort, task) => assign(sort, task.id, pick(task.id, task.suggested)), blankDaySort());

describe('the shipped day', () => {
  it('has about twelve tasks in time order and the lecture’s three kinds of work', () => {
    expect(data.tasks.length).toBeGreaterThanOrEqual(10);
    expect(data.tasks.length).toBeLessThanOrEqual(14);
    expect(data.categories.map((c) => c.name)).toEqual(['管业务', '带团队', '修自己']);
    const times = data.tasks.map((t) => t.time);
    expect([...times].sort()).toEqual(times);
  });

  it.each([
    [
      'a reference to a missing category',
      (d: any) => ({
        ...d,
        tasks: d.tasks.map((t: any, i: number) => (i === 2 ? { ...t, suggested: 'sales' } : t)),
      }),
      '字段 tasks.2.suggested',
    ],
    ['a duplicate task id', (d: any) => ({ ...d, tasks: [...d.tasks, d.tasks[0]] }), '重复了'],
    [
      'a badly written time',
      (d: any) => ({
        ...d,
        tasks: d.tasks.map((t: any, i: number) => (i === 0 ? { ...t, time: '8点40' } : t)),
      }),
      '24 小时制',
    ],
    [
      'minutes as text',
      (d: any) => ({
        ...d,
        tasks: d.tasks.map((t: any, i: number) => (i === 1 ? { ...t, minutes: '30' } : t)),
      }),
      '字段 tasks.1.minutes',
    ],
  ])('stops the build on %s, naming the file and field', (_, change, message) => {
    const text = JSON.stringify(change(structuredClone(data)));
    expect(() => loadDaySorter(text)).toThrow(DAY_SORTER_FILE);
    expect(() => loadDaySorter(text)).toThrow(message);
  });
});

describe('where the day’s weight falls', () => {
  it('shows nothing to interpret before any task is sorted', () => {
    const r = reflectDay(blankDaySort(), data);
    expect(r).toMatchObject({
      sorted: 0,
      complete: false,
      totalMinutes: 0,
      messages: [],
      heaviest: undefined,
    });
  });

  it('weighs the reference sorting by minutes: business heavy, team and self light', () => {
    const r = reflectDay(
      sortAll((_, s) => s),
      data,
    );
    expect(r.complete).toBe(true);
    expect(r.matchesReference).toBe(data.tasks.length);
    expect(r.heaviest?.name).toBe('管业务');
    expect(r.weights.map((w) => w.percent).reduce((a, b) => a + b)).toBe(100);
    expect(r.weights.find((w) => w.id === 'business')!.share).toBeGreaterThanOrEqual(0.5);
    expect(r.messages).toEqual([byId('business').heavy, byId('team').light, byId('self').light]);
  });

  it('says so when everything went into one kind of work', () => {
    const r = reflectDay(
      sortAll(() => 'team'),
      data,
    );
    expect(r.weights.find((w) => w.id === 'team')).toMatchObject({ percent: 100, count: data.tasks.length });
    expect(r.messages).toEqual([byId('team').heavy, byId('business').light, byId('self').light]);
  });

  it('calls a balanced day balanced', () => {
    const day = {
      ...data,
      tasks: [
        { id: 'a', time: '09:00', minutes: 60, text: '甲', suggested: 'business' },
        { id: 'b', time: '10:00', minutes: 50, text: '乙', suggested: 'team' },
        { id: 'c', time: '11:00', minutes: 40, text: '丙', suggested: 'self' },
      ],
    };
    const r = reflectDay({ assignments: { a: 'business', b: 'team', c: 'self' }, showReference: false }, day);
    expect(r.messages).toEqual([data.balanced]);
  });

  it.each([
    // minutes per business / team / self, and the percentages the learner sees
    [[45, 27, 28], '「管业务」占 45%', '「带团队」只占 27%'],
    [[25, 40, 35], '「带团队」占 40%', '「管业务」只占 25%'],
  ])('does not call an uneven day balanced: %j', (minutes, heavy, light) => {
    const [a, b, c] = minutes as [number, number, number];
    const day = {
      ...data,
      tasks: [
        { id: 'a', time: '09:00', minutes: a, text: '甲', suggested: 'business' },
        { id: 'b', time: '10:00', minutes: b, text: '乙', suggested: 'team' },
        { id: 'c', time: '11:00', minutes: c, text: '丙', suggested: 'self' },
      ],
    };
    const r = reflectDay({ assignments: { a: 'business', b: 'team', c: 'self' }, showReference: false }, day);
    expect(r.weights.map((w) => w.percent)).toEqual(minutes);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).not.toContain('均衡');
    expect(r.messages[0]).toContain(heavy);
    expect(r.messages[0]).toContain(light);
  });

  it('counts only tasks sorted into a known category and reports progress', () => {
    let sort = assign(blankDaySort(), data.tasks[0]!.id, 'business');
    sort = assign(sort, data.tasks[1]!.id, 'gone');
    sort = assign(sort, 'no-such-task', 'team');
    const r = reflectDay(sort, data);
    expect(r).toMatchObject({ sorted: 1, total: data.tasks.length, complete: false });
    expect(r.weights.find((w) => w.id === 'business')!.percent).toBe(100);
  });

  it('takes a task out again', () => {
    const sort = assign(assign(blankDaySort(), 'x', 'team'), 'x', null);
    expect(sort.assignments).toEqual({});
  });
});

describe('helpers', () => {
  it.each([
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [215, 70, 70],
      [60, 20, 20],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [
      [5, 0],
      [100, 0],
    ],
  ])('rounds %j to percentages %j that add up', (values, expected) => {
    expect(roundPercents(values)).toEqual(expected);
  });

  it.each([
    [45, '45 分钟'],
    [60, '1 小时'],
    [215, '3 小时 35 分钟'],
  ])('formats %i minutes as %s', (m, text) => {
    expect(formatMinutes(m)).toBe(text);
  });
});
