import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkSchema, type CheckQuestion } from '../../../src/lib/schemas/check';

/**
 * Measures the knowledge checks the way a test-wise learner would attack them: a key that
 * is the longest option, or keys that pile up on one position, can be guessed without
 * understanding the unit.
 */

const root = join(import.meta.dirname, '../../../content');
const units = readdirSync(join(root, 'checks'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** Length as a reader sees it (code points, so each Chinese character counts once). */
const length = (text: string) => [...text].length;

/** A key longer than this many times the longest distractor stands out on sight. */
const MUCH_LONGER = 1.3;

function load(unit: string): CheckQuestion[] {
  return checkSchema.parse(JSON.parse(readFileSync(join(root, 'checks', `${unit}.json`), 'utf8'))).questions;
}

function goalsOf(unit: string): number[] {
  const text = readFileSync(join(root, 'lectures', `${unit}.mdx`), 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
  return (parse(front) as { goals: number[] }).goals;
}

/** Whether the key is longer than every distractor of its question. */
function keyIsUniquelyLongest(q: Pick<CheckQuestion, 'options' | 'answer'>): boolean {
  const key = length(q.options[q.answer]!);
  return q.options.every((o, i) => i === q.answer || length(o) < key);
}

describe.each(units)('content/checks/%s.json', (unit) => {
  const questions = load(unit);

  it('asks at least five questions, each tagged with a 课程目标 its unit serves', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
    const goals = goalsOf(unit);
    for (const q of questions) expect(goals, `${q.id} 的 objective ${q.objective}`).toContain(q.objective);
  });

  it('makes the key the uniquely longest option in at most one question in three', () => {
    const longest = questions.filter(keyIsUniquelyLongest).map((q) => q.id);
    expect(longest.length, `key is the longest option in: ${longest.join(', ')}`).toBeLessThanOrEqual(
      Math.floor(questions.length / 3),
    );
  });

  it('never makes a key much longer than every distractor', () => {
    for (const q of questions) {
      const distractors = q.options.filter((_, i) => i !== q.answer).map(length);
      expect(length(q.options[q.answer]!), q.id).toBeLessThanOrEqual(Math.max(...distractors) * MUCH_LONGER);
    }
  });

  it('spreads the keys over at least three positions, fewer than half on any one', () => {
    const counts = new Map<number, number>();
    for (const q of questions) counts.set(q.answer, (counts.get(q.answer) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(Math.ceil(questions.length / 2) - 1);
    expect(counts.size).toBeGreaterThanOrEqual(3);
  });

  it('gives each question four distinct options and an id no other unit uses twice', () => {
    for (const q of questions) expect(new Set(q.options).size, q.id).toBe(q.options.length);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });
});

describe('all knowledge checks together', () => {
  const all = units.flatMap(load);

  it('serve every 课程目标 with at least three questions', () => {
    const goals = (JSON.parse(readFileSync(join(root, 'course.json'), 'utf8')) as { goals: string[] }).goals;
    for (let objective = 1; objective <= goals.length; objective++)
      expect(
        all.filter((q) => q.objective === objective).length,
        `课程目标 ${objective}`,
      ).toBeGreaterThanOrEqual(3);
  });

  it('put no option position above 35 % or below 15 % of all keys', () => {
    for (let position = 0; position < 4; position++) {
      const share = all.filter((q) => q.answer === position).length / all.length;
      expect(share, `position ${position}`).toBeGreaterThanOrEqual(0.15);
      expect(share, `position ${position}`).toBeLessThanOrEqual(0.35);
    }
  });

  it('leave always picking the longest option far from a pass', () => {
    // Ties count as a guess among the tied options.
    const expected = all.reduce((sum, q) => {
      const lengths = q.options.map(length);
      const top = Math.max(...lengths);
      const tied = lengths.filter((l) => l === top).length;
      return sum + (lengths[q.answer] === top ? 1 / tied : 0);
    }, 0);
    expect(expected / all.length).toBeLessThan(0.4);
  });
});
