import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { planAgenda, STANDARD_DAY, type AgendaUnit } from '../../../src/lib/agenda';
import { agendaQuery, plannedMinutes, rowStart, startSlide } from '../../../src/lib/slides/agenda-link';

/** The course's units with the minutes their front matter suggests. */
const dir = new URL('../../../content/lectures/', import.meta.url);
const units: AgendaUnit[] = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(new URL(f, dir), 'utf8');
    const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1] ?? '';
    return {
      id: f.slice(0, -4),
      label: field('label'),
      title: field('title'),
      minutes: Number(field('minutes')),
      order: Number(field('order')),
    };
  })
  .sort((a, b) => a.order - b.order);
const plans = [1, 2].map((days) => planAgenda(units, { days, sessions: STANDARD_DAY, step: 5 }));
const unitRows = (plan: (typeof plans)[number]) => plan.rows.filter((r) => r.kind === 'unit');

describe('agenda rows to the deck', () => {
  it.each(plans.map((p) => [p.days, p] as const))(
    'starts each part of a split unit where the parts before it end (%i-day plan)',
    (_, plan) => {
      for (const row of unitRows(plan)) {
        if (row.kind !== 'unit') continue;
        const { from, minutes } = rowStart(plan, row);
        expect(minutes).toBe(row.minutes);
        if (row.part === 1) expect(from).toBe(0);
        else expect(from).toBeGreaterThan(0);
        expect(from).toBeLessThan(1);
      }
    },
  );

  it.each(plans.map((p) => [p.days, p] as const))(
    'leaves no fragment under 15 minutes (%i-day plan)',
    (_, plan) => {
      for (const row of unitRows(plan)) expect(row.minutes).toBeGreaterThanOrEqual(15);
    },
  );

  it('links a second half to the middle of its unit and gives the speaker clock its minutes', () => {
    const plan = planAgenda([{ id: 'a', label: '甲', title: '甲', minutes: 60 }], {
      days: 1,
      sessions: [{ start: '09:00', end: '10:15', breakMinutes: 15 }],
      step: 5,
    });
    const [first, second] = plan.rows.filter((r) => r.kind === 'unit');
    expect(agendaQuery(plan, first as never)).toBe('?minutes=30');
    expect(agendaQuery(plan, second as never)).toBe('?from=0.5&minutes=30');
  });

  it('opens the deck at the section start nearest the share of the unit already taught', () => {
    const sections = [0, 1, 3, 6, 10, 14, 17];
    expect(startSlide('?from=0.5&minutes=30', sections, 20)).toBe(10);
    expect(startSlide('?from=0.3', sections, 20)).toBe(6);
    // Never the title slide, and nothing for a link without a start.
    expect(startSlide('?from=0.01', sections, 20)).toBe(1);
    expect(startSlide('?minutes=30', sections, 20)).toBeNull();
    expect(startSlide('?from=abc', sections, 20)).toBeNull();
  });

  it.each<[string, number | null]>([
    ['?minutes=40', 40],
    ['?from=0.5&minutes=25', 25],
    ['', null],
    ['?minutes=0', null],
    ['?minutes=-5', null],
    ['?minutes=9999', null],
    ['?minutes=abc', null],
  ])('reads the planned minutes of %j as %j', (search, minutes) => {
    expect(plannedMinutes(search)).toBe(minutes);
  });
});
