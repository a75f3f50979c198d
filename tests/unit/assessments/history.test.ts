// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { closeAllDocuments } from '../../../src/lib/state/document';
import {
  addAttempt,
  attemptHistory,
  deleteAttempt,
  restoreAttempt,
  saveDraft,
  type Attempt,
} from '../../../src/lib/state/attempts';
import {
  answerLabel,
  attemptLabels,
  bestAndLast,
  byDate,
  compareAttempts,
  seriesOptions,
  seriesRange,
  trendChange,
  trendPoints,
} from '../../../src/lib/assessments/history';
import { fitDraft, newDraft, toAttempt, withAnswer } from '../../../src/lib/assessments/session';
import { checkAsAssessment } from '../../../src/lib/assessments/checks';
import { choice, likert, quiz } from './fixtures';

beforeEach(() => {
  localStorage.clear();
  closeAllDocuments();
});

/** A finished likert attempt on a given day. */
function taken(id: string, day: number, answers: Record<string, number>): Attempt {
  const draft = { ...newDraft(likert, `2026-11-0${day}T08:00:00.000Z`), answers };
  return toAttempt(likert, draft, id, `2026-11-0${day}T09:00:00.000Z`);
}

describe('taking and storing attempts', () => {
  it('turns a draft into an attempt with its scores, and keeps the order of a shuffled quiz', () => {
    const attempt = taken('a', 1, { i1: 5, i2: 1, i3: 2, i4: 4 });
    expect(attempt).toMatchObject({
      id: 'a',
      score: 16,
      max: 20,
      dimensions: { a: 10, b: 6 },
      answers: { i1: 5, i2: 1, i3: 2, i4: 4 },
    });
    expect(attempt.order).toBeUndefined();
    const draft = newDraft(quiz, 'seed');
    expect(toAttempt(quiz, withAnswer(draft, 'q1', 0), 'q', 'now').order).toEqual(draft.order);
  });

  it('keeps answers of a draft that still fit the data and drops the rest', () => {
    const fitted = fitDraft(likert, {
      startedAt: 's',
      answers: { i1: 4, gone: 3, i2: 9 },
      order: ['i2', 'i1'],
      position: 12,
    });
    expect(fitted.answers).toEqual({ i1: 4 });
    expect(fitted.order).toEqual(['i2', 'i1', 'i3', 'i4']);
    expect(fitted.position).toBe(3);
  });

  it('resumes a draft after a reload, then stores the attempt and drops the draft', () => {
    saveDraft(likert.id, withAnswer(newDraft(likert, 's'), 'i1', 3));
    closeAllDocuments();
    expect(attemptHistory(likert.id).get().draft?.answers).toEqual({ i1: 3 });
    addAttempt(likert.id, taken('a', 1, { i1: 3, i2: 3, i3: 3, i4: 3 }));
    closeAllDocuments();
    expect(attemptHistory(likert.id).get()).toMatchObject({ attempts: [{ id: 'a', score: 12 }] });
    expect(attemptHistory(likert.id).get().draft).toBeUndefined();
  });

  it('deletes an attempt and restores it in its place', () => {
    for (const [i, id] of ['a', 'b', 'c'].entries())
      addAttempt(likert.id, taken(id, i + 1, { i1: 3, i2: 3, i3: 3, i4: 3 }));
    const removed = deleteAttempt(likert.id, 'b')!;
    expect(
      attemptHistory(likert.id)
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['a', 'c']);
    restoreAttempt(likert.id, removed);
    expect(
      attemptHistory(likert.id)
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('trend', () => {
  const first = taken('a', 1, { i1: 2, i2: 4, i3: 2, i4: 2 });
  const second = taken('b', 3, { i1: 4, i2: 2, i3: 3, i4: 3 });
  const third = taken('c', 5, { i1: 5, i2: 1, i3: 5, i4: 5 });

  it('follows the total or one dimension, oldest attempt first', () => {
    expect(trendPoints(likert, [third, first, second], 'total').map((p) => p.value)).toEqual([8, 14, 20]);
    expect(trendPoints(likert, [third, first, second], 'a').map((p) => p.value)).toEqual([2, 4, 5]);
    expect(byDate([third, first]).map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('says how far the last attempt is from the first and from the one before', () => {
    expect(trendChange(trendPoints(likert, [first, second, third], 'total'))).toEqual({
      sinceFirst: 12,
      sincePrevious: 6,
      direction: 'up',
    });
    const slipped = taken('d', 7, { i1: 3, i2: 3, i3: 3, i4: 3 });
    expect(trendChange(trendPoints(likert, [slipped, third], 'total'))).toEqual({
      sinceFirst: -8,
      sincePrevious: -8,
      direction: 'down',
    });
    expect(trendChange(trendPoints(likert, [first, slipped, second], 'total'))).toEqual({
      sinceFirst: 4,
      sincePrevious: -2,
      direction: 'up',
    });
    expect(trendChange(trendPoints(likert, [first], 'total'))).toBeUndefined();
  });

  it('offers the total only where it means something, and an axis for each series', () => {
    expect(seriesOptions(likert).map((s) => s.id)).toEqual(['total', 'a', 'b']);
    expect(seriesOptions(choice).map((s) => s.id)).toEqual(['x', 'y', 'z']);
    expect(seriesRange(likert, 'total', [first])).toEqual({ min: 4, max: 20 });
    expect(seriesRange(likert, 'a')).toEqual({ min: 1, max: 5 });
    expect(seriesRange(quiz, 'g1')).toEqual({ min: 0, max: 100 });
  });
});

describe('comparing two attempts', () => {
  it('shows the scores with their change and marks the answers that changed', () => {
    const a = taken('a', 1, { i1: 2, i2: 4, i3: 2, i4: 2 });
    const b = taken('b', 2, { i1: 4, i2: 4, i3: 2, i4: 3 });
    const { scores, answers } = compareAttempts(likert, a, b);
    expect(scores.map((r) => [r.label, r.a, r.b, r.delta])).toEqual([
      ['总分', '8 / 20', '11 / 20', 3],
      ['专注', '2.0', '3.0', 1],
      ['确认', '2.0', '2.5', 0.5],
    ]);
    expect(answers.filter((r) => r.changed).map((r) => r.id)).toEqual(['i1', 'i4']);
    expect(answers[0]).toMatchObject({ a: '2分（2）', b: '4分（4）' });
  });

  it('computes the change from the values shown, not the unrounded means: 3.3 → 3.0 is −0.3', () => {
    const one = { ...likert, items: likert.items.map((i) => ({ ...i, dimension: 'a', reverse: false })) };
    const attempt = (id: string, answers: Record<string, number>): Attempt => ({
      ...toAttempt(
        one,
        { ...newDraft(one, 's'), answers },
        id,
        `2026-11-0${id === 'a' ? 1 : 2}T09:00:00.000Z`,
      ),
    });
    const { scores } = compareAttempts(
      one,
      attempt('a', { i1: 3, i2: 3, i3: 3, i4: 4 }),
      attempt('b', { i1: 3, i2: 3, i3: 3, i4: 3 }),
    );
    expect(scores.find((r) => r.id === 'a')).toMatchObject({ a: '3.3', b: '3.0', delta: -0.3 });
  });

  it('says whether each changed answer got better or worse, turning reverse-scored items round', () => {
    const a = taken('a', 1, { i1: 2, i2: 2, i3: 3, i4: 3 });
    const b = taken('b', 2, { i1: 4, i2: 4, i3: 3, i4: 1 });
    const { answers } = compareAttempts(likert, a, b);
    // i2 describes a bad habit (reverse-scored): agreeing more with it is worse.
    expect(answers.map((r) => [r.id, r.direction])).toEqual([
      ['i1', 'better'],
      ['i2', 'worse'],
      ['i3', undefined],
      ['i4', 'worse'],
    ]);
  });

  it('calls a quiz answer better when it turned right, and a forced choice only different', () => {
    const qa = { id: 'qa', at: '2026-11-01T09:00:00.000Z', answers: { q1: 1, q2: 0 }, score: 1, max: 4 };
    const qb = { id: 'qb', at: '2026-11-02T09:00:00.000Z', answers: { q1: 0, q2: 1 }, score: 1, max: 4 };
    const quizRows = compareAttempts(quiz, qa, qb).answers;
    expect(quizRows.find((r) => r.id === 'q1')?.direction).toBe('better');
    const ca = { id: 'ca', at: '2026-11-01T09:00:00.000Z', answers: { c1: 0 }, score: 0, max: 0 };
    const cb = { id: 'cb', at: '2026-11-02T09:00:00.000Z', answers: { c1: 1 }, score: 0, max: 0 };
    expect(compareAttempts(choice, ca, cb).answers[0]?.direction).toBe('different');
  });

  it('names attempts by their date and time, which a deletion does not change', () => {
    const list = [taken('a', 1, {}), taken('b', 2, {}), taken('c', 3, {})];
    const before = attemptLabels(list);
    const after = attemptLabels(list.filter((x) => x.id !== 'b'));
    expect(after.get('c')).toBe(before.get('c'));
    expect(new Set(['a', 'b', 'c'].map((id) => before.get(id))).size).toBe(3);
    const sameMinute = [
      { ...taken('x', 4, {}), at: '2026-11-04T09:00:05.000Z' },
      { ...taken('y', 4, {}), at: '2026-11-04T09:00:40.000Z' },
    ];
    const labels = attemptLabels(sameMinute);
    expect(labels.get('x')).not.toBe(labels.get('y'));
  });

  it('names the chosen option, or says an item was not answered', () => {
    expect(answerLabel(choice, choice.items[0]!, 1)).toBe('乙');
    expect(answerLabel(quiz, quiz.items[0]!, undefined)).toBe('未作答');
  });
});

describe('knowledge checks in the history', () => {
  it('become quizzes without dimensions, scored against their key', () => {
    const check = checkAsAssessment('swot', '第二讲', [
      { id: 'q1', prompt: '问', options: ['甲', '乙'], answer: 1, explanation: '因为' },
    ]);
    expect(check.id).toBe('check-swot');
    expect(toAttempt(check, { startedAt: 's', answers: { q1: 1 }, order: ['q1'] }, 'x', 'now')).toMatchObject(
      { score: 1, max: 1, dimensions: {} },
    );
  });

  it('finds the best and the last attempt', () => {
    const at = (id: string, day: number, score: number): Attempt => ({
      id,
      at: `2026-11-0${day}T00:00:00Z`,
      answers: {},
      score,
      max: 5,
    });
    const { best, last } = bestAndLast([at('b', 2, 5), at('c', 3, 2), at('a', 1, 3)]);
    expect([best?.id, last?.id]).toEqual(['b', 'c']);
    expect(bestAndLast([])).toEqual({ best: undefined, last: undefined });
  });
});
