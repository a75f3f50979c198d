import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/lib/state/attempts';
import {
  latestAttempt,
  masteryLevel,
  objectiveMastery,
  type MasteryQuestion,
} from '../../../src/lib/assessments/mastery';

const goals = ['说清核心价值', '说明学习力', '分析优劣势'];
const questions: MasteryQuestion[] = [
  { unit: 'intro', id: 'a', answer: 0, objective: 1 },
  { unit: 'intro', id: 'b', answer: 2, objective: 1 },
  { unit: 'learning', id: 'c', answer: 1, objective: 2 },
  { unit: 'swot', id: 'd', answer: 3, objective: 1 },
];
const attempt = (at: string, answers: Record<string, number>): Attempt => ({
  id: at,
  at,
  answers,
  score: 0,
  max: 0,
});

describe('mastery per 课程目标', () => {
  it('counts the latest attempt of each unit on the questions serving each goal', () => {
    const rows = objectiveMastery(goals, questions, {
      intro: attempt('2026-11-02', { a: 0, b: 1 }),
      swot: attempt('2026-11-03', { d: 3 }),
    });
    expect(rows.map((r) => [r.objective, r.total, r.answered, r.right, r.level])).toEqual([
      [1, 3, 3, 2, 'partial'],
      [2, 1, 0, 0, 'none'],
      [3, 0, 0, 0, 'none'],
    ]);
    expect(rows[0]!.units).toEqual(['intro', 'swot']);
  });

  it('ignores answers to questions no longer in the checks', () => {
    const rows = objectiveMastery(goals, questions, { intro: attempt('2026-11-01', { q1: 0, q2: 1 }) });
    expect(rows[0]).toMatchObject({ answered: 0, level: 'none' });
  });

  it.each([
    [0, 0, 'none'],
    [1, 4, 'weak'],
    [3, 5, 'partial'],
    [6, 7, 'mastered'],
  ] as const)('rates %i right of %i answered as %s', (right, answered, level) => {
    expect(masteryLevel(right, answered)).toBe(level);
  });

  it('takes the most recent attempt whatever the stored order', () => {
    const older = attempt('2026-11-01T08:00:00Z', {});
    const newer = attempt('2026-11-05T08:00:00Z', {});
    expect(latestAttempt([newer, older])).toBe(newer);
    expect(latestAttempt([])).toBeUndefined();
  });
});
