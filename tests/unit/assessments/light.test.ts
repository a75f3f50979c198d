import { describe, expect, it } from 'vitest';
import { lightAssessment, packAssessment } from '../../../src/lib/assessments/light';
import { summaryOf } from '../../../src/lib/assessments/history';
import { scoreAnswers, summarise } from '../../../src/lib/assessments/score';
import { loadAssessments } from '../../../src/lib/assessments/load';
import { checkAsAssessment } from '../../../src/lib/assessments/checks';
import { jsonFilesIn } from '../../../src/lib/content/load-json';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../../../src/lib/assessments/types';
import type { Attempt } from '../../../src/lib/state/attempts';

const checks = jsonFilesIn('content/checks').map((file) => {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { unit: string; questions: never[] };
  return checkAsAssessment(data.unit, data.unit, data.questions);
});
const all: Assessment[] = [...loadAssessments(), ...checks];

/** Attempts that answer every item with each possible value in turn. */
function attemptsOf(a: Assessment): Attempt[] {
  const values = (item: Assessment['items'][number]) =>
    a.kind === 'likert'
      ? a.scale.map((s) => s.value)
      : 'options' in item
        ? item.options.map((_, i) => i)
        : [];
  return [0, 1, 2, 3].map((k) => ({
    id: `a${k}`,
    at: new Date(2026, 0, 1 + k).toISOString(),
    answers: Object.fromEntries(
      a.items.map((item, j) => {
        const v = values(item);
        return [item.id, v[(j + k) % v.length]!];
      }),
    ),
    score: 0,
    max: 0,
  }));
}

describe('the light assessment 我的学习 mounts with', () => {
  it.each(all.map((a) => [a.id, a] as const))('%s scores every attempt as the full one does', (_, a) => {
    const light = lightAssessment(a);
    // The same numbers and the same band; the band's reading text stays with the full data.
    const scored = (x: Assessment, attempt: Attempt) => {
      // Scored from the answers (as an attempt on changed items is) and from what it stored.
      const stored = { ...attempt, ...scoreAnswers(a, attempt.answers) };
      const { band, dimensions, ...rest } = summarise(x, scoreAnswers(x, attempt.answers));
      expect(summaryOf(x, stored).score).toBe(rest.score);
      return {
        ...rest,
        band: band?.label,
        dimensions: dimensions.map((d) => ({ ...d, band: d.band?.label })),
      };
    };
    for (const attempt of attemptsOf(a)) expect(scored(light, attempt)).toEqual(scored(a, attempt));
  });

  it('leaves the reading text behind: a fraction of the full data', () => {
    const full = JSON.stringify(all).length;
    const packed = JSON.stringify(all.map(packAssessment));
    expect(packed.length).toBeLessThan(full / 4);
    expect(packed).not.toContain(all[0]!.items[0]!.text);
  });
});
