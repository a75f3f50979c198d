import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/lib/state/attempts';
import { compareAttempts, olderItems, summaryOf } from '../../../src/lib/assessments/history';
import { forRater, hasOtherRater } from '../../../src/lib/assessments/rater';
import type { LikertAssessment } from '../../../src/lib/assessments/types';
import { likert } from './fixtures';

/** The fixture after an edit that replaced item i4 by i5 (a new id, as the data rules ask). */
const edited: LikertAssessment = {
  ...likert,
  items: [...likert.items.slice(0, 3), { id: 'i5', text: '新题4', dimension: 'b', reverse: true }],
};

/** An attempt stored before the edit: i4 answered 1 (1 point), dimension b summed 5 + 1. */
const before: Attempt = {
  id: 'old',
  at: '2026-11-01T09:00:00.000Z',
  answers: { i1: 5, i2: 1, i3: 5, i4: 1 },
  score: 16,
  max: 20,
  dimensions: { a: 10, b: 6 },
};

describe('attempts stored before items were replaced', () => {
  it('are scored again on the items they share with the current data', () => {
    expect(olderItems(edited, before)).toBe('rescored');
    const summary = summaryOf(edited, before);
    expect(summary.score).toBe(15);
    expect(summary.max).toBe(15);
    expect(summary.band).toBeUndefined();
    // Dimension b now averages i3 alone, not the retired i4 mixed with the new i5.
    expect(summary.dimensions.map((d) => [d.id, d.value])).toEqual([
      ['a', 5],
      ['b', 5],
    ]);
  });

  it('keep their own scores when every item has been rewritten', () => {
    const rewritten: LikertAssessment = {
      ...likert,
      items: likert.items.map((i) => ({ ...i, id: `${i.id}-v2` })),
    };
    expect(olderItems(rewritten, before)).toBe('earlier');
    expect(summaryOf(rewritten, before).score).toBe(16);
    expect(summaryOf(rewritten, before).dimensions.find((d) => d.id === 'b')!.value).toBe(3);
  });

  it('are untouched when their items are all still there', () => {
    expect(olderItems(likert, before)).toBeUndefined();
    expect(summaryOf(likert, before).score).toBe(16);
  });

  it('compare with a new attempt item by item, the replaced item left unanswered', () => {
    const after: Attempt = { ...before, id: 'new', answers: { i1: 5, i2: 1, i3: 5, i5: 2 } };
    const rows = compareAttempts(edited, before, after).answers;
    expect(rows.find((r) => r.id === 'i5')).toMatchObject({ a: '未作答', b: '2分（2）' });
  });
});

describe('a colleague rating the learner', () => {
  const withOther: LikertAssessment = {
    ...likert,
    otherIntro: ['请为同事打分。'],
    items: likert.items.map((i) => ({ ...i, other: `他/她${i.text}` })),
  };

  it('reads every item in its 他/她 wording, with the same ids and scoring', () => {
    expect(hasOtherRater(withOther)).toBe(true);
    const asked = forRater(withOther, 'other') as LikertAssessment;
    expect(asked.intro).toEqual(['请为同事打分。']);
    expect(asked.items.map((i) => [i.id, i.text, i.reverse])).toEqual(
      likert.items.map((i) => [i.id, `他/她${i.text}`, i.reverse]),
    );
  });

  it('is not offered when the data has no other-rater wording', () => {
    expect(hasOtherRater(likert)).toBe(false);
    expect(forRater(likert, 'other')).toBe(likert);
  });
});
