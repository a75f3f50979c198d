import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadOneDayPlan, planProblems } from '../../../src/lib/agenda-plan';
import { planAgenda, STANDARD_DAY } from '../../../src/lib/agenda';

const root = join(import.meta.dirname, '../../../content/lectures');
const files = readdirSync(root).filter((f) => f.endsWith('.mdx'));

function read(file: string) {
  const text = readFileSync(join(root, file), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const data = parse(front!) as { minutes: number; label: string; title: string; order: number };
  return { id: file.replace(/\.mdx$/, ''), data, body: body! };
}
const units = files.map(read);

/**
 * Classroom minutes the speaker notes give each section, for sections taught in class: a
 * 延伸阅读 section is read at home. The last 约 N / 共 N 分钟 of a section's notes is
 * its total (notes say 「约 20 分钟（讲解 4 分钟……）」 or end with 「共 25 分钟」).
 */
function notedMinutes(body: string): number {
  return body
    .split(/^## /m)
    .slice(1)
    .filter((section) => !section.startsWith('延伸阅读'))
    .reduce((sum, section) => {
      const notes = [...section.matchAll(/<Notes>([\s\S]*?)<\/Notes>/g)].map((m) => m[1]!).join('\n');
      const total = /共\s*(\d+)\s*分钟/.exec(notes) ?? /约\s*(\d+)\s*分钟/.exec(notes);
      return sum + (total ? Number(total[1]) : 0);
    }, 0);
}

describe.each(['review', 'coaching'])('content/lectures/%s.mdx', (id) => {
  const unit = units.find((u) => u.id === id)!;

  it('fits its declared minutes by its own notes, 延伸阅读 aside', () => {
    expect(notedMinutes(unit.body)).toBeLessThanOrEqual(unit.data.minutes);
    expect(notedMinutes(unit.body)).toBeGreaterThanOrEqual(unit.data.minutes - 15);
  });

  it('marks the parts moved out of class as 延伸阅读', () => {
    expect(unit.body).toMatch(/^## 延伸阅读：/m);
  });
});

describe('the 1-day plan', () => {
  const plan = loadOneDayPlan();
  const sections = Object.fromEntries(
    units.map((u) => [u.id, [...u.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim())]),
  );

  it('gives every unit a cut list, and reads only sections that exist', () => {
    expect(planProblems(plan, sections)).toEqual([]);
  });

  it('keeps no more than the day holds', () => {
    const day = planAgenda(
      units.map((u) => ({ id: u.id, label: u.data.label, title: u.data.title, minutes: u.data.minutes })),
      { days: 1, sessions: STANDARD_DAY, step: 5 },
    );
    expect(plan.units.reduce((sum, u) => sum + u.minutes, 0)).toBeLessThanOrEqual(day.teachingMinutes);
  });

  it('names a missing unit and a section that does not exist', () => {
    const broken = { ...plan, units: [{ ...plan.units[0]!, preRead: ['没有这一节'] }] };
    const problems = planProblems(broken, { intro: sections.intro!, swot: [] });
    expect(problems).toContain('content/agenda/one-day.json：缺少单元「swot」的删减安排');
    expect(problems).toContain('content/agenda/one-day.json：单元「intro」里没有「没有这一节」这一节');
  });
});
