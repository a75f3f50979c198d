import { describe, expect, it } from 'vitest';
import {
  bandFor,
  dimensionValue,
  extremes,
  focusDimensions,
  isValidAnswer,
  itemPoints,
  mistakes,
  missingItems,
  scoreAnswers,
  summarise,
} from '../../../src/lib/assessments/score';
import { choice, likert, quiz } from './fixtures';

describe('likert scoring', () => {
  it.each([
    [1, 1, 5],
    [2, 2, 4],
    [3, 3, 3],
    [4, 4, 2],
    [5, 5, 1],
  ])('a plain item answered %i earns %i points, a reverse item %i', (value, plain, reversed) => {
    expect(itemPoints(likert, likert.items[0]!, value)).toBe(plain);
    expect(itemPoints(likert, likert.items[1]!, value)).toBe(reversed);
  });

  it('sums the total and each dimension with reverse items turned round', () => {
    const stored = scoreAnswers(likert, { i1: 5, i2: 1, i3: 2, i4: 4 });
    expect(stored).toEqual({ score: 16, max: 20, dimensions: { a: 10, b: 6 } });
  });

  it('gives a bad habit answered 总是 the fewest points', () => {
    expect(scoreAnswers(likert, { i1: 5, i2: 5, i3: 5, i4: 5 }).dimensions).toEqual({ a: 6, b: 10 });
  });

  it('shows each dimension as its mean, banded on the mean', () => {
    const summary = summarise(likert, scoreAnswers(likert, { i1: 4, i2: 3, i3: 2, i4: 3 }));
    expect(summary.dimensions.map((d) => [d.id, d.value, d.band?.label])).toEqual([
      ['a', 3.5, '基本做到'],
      ['b', 2.5, '需要加强'],
    ]);
    expect(summary.min).toBe(4);
    expect(summary.band?.label).toBe('中');
  });

  it('counts unanswered and out-of-scale answers as missing, in the order shown', () => {
    expect(missingItems(likert, { i1: 3, i3: 9 }, ['i4', 'i3', 'i2', 'i1'])).toEqual(['i4', 'i3', 'i2']);
    expect(isValidAnswer(likert, 'i1', 2.5)).toBe(false);
  });

  it('asks to work first on the dimensions in the lowest band, or else the lowest ones', () => {
    const weak = summarise(likert, scoreAnswers(likert, { i1: 4, i2: 3, i3: 2, i4: 3 }));
    expect(focusDimensions(weak, likert.dimensionBands).map((d) => d.id)).toEqual(['b']);
    const middling = summarise(likert, scoreAnswers(likert, { i1: 4, i2: 1, i3: 3, i4: 3 }));
    expect(focusDimensions(middling, likert.dimensionBands).map((d) => d.id)).toEqual(['b']);
    const strong = summarise(likert, scoreAnswers(likert, { i1: 5, i2: 1, i3: 5, i4: 4 }));
    expect(focusDimensions(strong, likert.dimensionBands)).toEqual([]);
  });
});

describe('bands', () => {
  it.each([
    [4, '低'],
    [11, '低'],
    [12, '中'],
    [16.9, '中'],
    [17, '高'],
    [20, '高'],
  ])('puts a total of %s in the band %s', (score, label) => {
    expect(bandFor(likert.bands, score)?.label).toBe(label);
  });

  it('finds no band below the first one, or when there are none', () => {
    expect(bandFor(likert.bands, 3)).toBeUndefined();
    expect(bandFor([], 10)).toBeUndefined();
  });

  it('does not depend on the order the bands are listed in', () => {
    expect(bandFor([...likert.bands].reverse(), 13)?.label).toBe('中');
  });
});

describe('forced-choice profile', () => {
  it('counts how often each mode was chosen', () => {
    const stored = scoreAnswers(choice, { c1: 0, c2: 0, c3: 0 });
    expect(stored).toEqual({ score: 3, max: 3, dimensions: { x: 2, y: 1, z: 0 } });
    expect(dimensionValue(choice, 'x', 2)).toBe(2);
  });

  it('names the dominant and the least used modes, ties included', () => {
    const summary = summarise(choice, scoreAnswers(choice, { c1: 0, c2: 0, c3: 0 }));
    const { highest, lowest } = extremes(summary.dimensions);
    expect(highest.map((d) => d.id)).toEqual(['x']);
    expect(lowest.map((d) => d.id)).toEqual(['z']);
    const tied = extremes(summarise(choice, scoreAnswers(choice, { c1: 0, c2: 1, c3: 1 })).dimensions);
    expect(tied.highest.map((d) => d.id)).toEqual(['z']);
    expect(tied.lowest.map((d) => d.id)).toEqual(['y']);
    expect(summary.dimensions.map((d) => d.band?.label)).toEqual(['惯用', '很少用', '很少用']);
  });
});

describe('quiz', () => {
  const answers = { q1: 0, q2: 2, q3: 2, q4: 1 };

  it('scores right answers and the share right per gap', () => {
    const stored = scoreAnswers(quiz, answers);
    expect(stored).toEqual({ score: 2, max: 4, dimensions: { g1: 1, g2: 0, g3: 1 } });
    expect(summarise(quiz, stored).dimensions.map((d) => d.value)).toEqual([100, 0, 50]);
  });

  it('lists the mistakes in the order the questions were shown', () => {
    expect(mistakes(quiz, answers, ['q4', 'q3', 'q2', 'q1']).map((i) => i.id)).toEqual(['q4', 'q2']);
  });
});
