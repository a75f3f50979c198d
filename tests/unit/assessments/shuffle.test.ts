import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  itemOrder,
  optionOrder,
  reconcileOrder,
  seedFrom,
  shuffled,
} from '../../../src/lib/assessments/shuffle';
import { isCorrect } from '../../../src/lib/assessments/score';
import { likert, quiz } from './fixtures';

describe('seeded shuffling', () => {
  it('gives the same order for the same seed and a permutation every time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.string(), (list, seed) => {
        const once = shuffled(list, seedFrom(seed));
        expect(shuffled(list, seedFrom(seed))).toEqual(once);
        expect([...once].sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b));
      }),
    );
  });

  it('gives different attempts different orders', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => itemOrder(quiz, `2026-11-0${i}`).join()));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('leaves an assessment that does not shuffle in its data order', () => {
    expect(itemOrder(likert, 'any')).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(optionOrder(likert, likert.items[0]!, 'any')).toEqual([]);
  });

  it('keeps the answer key: the option shown where the learner clicks is the one scored', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...quiz.items), (seed, item) => {
        const order = optionOrder(quiz, item, seed);
        expect([...order].sort()).toEqual([0, 1, 2]);
        const shownRight = order.findIndex((index) => index === item.answer);
        // The learner picks the option on screen at `shownRight`; what is stored is its data index.
        expect(isCorrect(item, order[shownRight])).toBe(true);
        expect(item.options[order[shownRight]!]!.dimension).toBe(quiz.dimensions[item.answer]!.id);
        for (const [shown, index] of order.entries())
          if (shown !== shownRight) expect(isCorrect(item, index)).toBe(false);
      }),
    );
  });

  it('keeps a stored order, dropping removed items and adding new ones at the end', () => {
    expect(reconcileOrder(quiz, ['q3', 'gone', 'q1', 'q3'], 's').slice(0, 2)).toEqual(['q3', 'q1']);
    expect([...reconcileOrder(quiz, ['q3', 'gone', 'q1'], 's')].sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(reconcileOrder(quiz, undefined, 's')).toEqual(itemOrder(quiz, 's'));
  });
});
