import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareLayouts,
  fillWindow,
  largestPanes,
  modelLayout,
  paneOf,
  PANES,
  roundToHundred,
  tallyPeers,
} from '../../../src/lib/johari/panes';

const traits = ['可靠', '冷静', '有耐心', '有条理', '友善', '自信', '幽默', '内向'].map((word, id) => ({
  id: id * 2,
  word,
}));
const words = (list: { word: string }[]) => list.map((t) => t.word);

describe('placing traits in panes', () => {
  it.each([
    [true, 2, 'open'],
    [false, 1, 'blind'],
    [true, 0, 'hidden'],
    [false, 0, 'unknown'],
  ] as const)('self picked %s, %i peers → %s', (self, peers, pane) => {
    expect(paneOf(self, peers)).toBe(pane);
  });

  it('fills the window from the learner’s and the peers’ picks', () => {
    // self: 可靠 冷静 有耐心; peer 1: 可靠 友善; peer 2: 可靠 冷静 友善 自信
    const window = fillWindow(
      traits,
      [0, 2, 4],
      [
        [0, 8],
        [0, 2, 8, 10],
      ],
    );
    expect(words(window.panes.open)).toEqual(['可靠', '冷静']);
    expect(words(window.panes.blind)).toEqual(['友善', '自信']);
    expect(words(window.panes.hidden)).toEqual(['有耐心']);
    expect(words(window.panes.unknown)).toEqual(['有条理', '幽默', '内向']);
    expect(window.panes.open.map((t) => t.peers)).toEqual([2, 1]);
    expect(window.panes.blind[0]).toEqual({ id: 8, word: '友善', peers: 2, self: false });
    expect(window.peerCount).toBe(2);
    expect(window.missing).toEqual([]);
  });

  it('puts everything the learner picked in the hidden pane before any reply arrives', () => {
    const window = fillWindow(traits, [0, 2], []);
    expect(words(window.panes.hidden)).toEqual(['可靠', '冷静']);
    expect(window.panes.open).toEqual([]);
    expect(window.panes.blind).toEqual([]);
    expect(window.peerCount).toBe(0);
  });

  it('orders a pane by how many peers picked each trait', () => {
    const window = fillWindow(traits, [], [[14], [10, 14], [8, 10, 14]]);
    expect(words(window.panes.blind)).toEqual(['内向', '自信', '友善']);
  });

  it('counts a trait once per reply and reports ids the list no longer has', () => {
    const window = fillWindow(traits, [99], [[0, 0, 101]]);
    expect(window.panes.blind[0]).toMatchObject({ word: '可靠', peers: 1 });
    expect(window.missing).toEqual([99, 101]);
  });

  it('places every trait in exactly one pane', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...traits.map((t) => t.id))),
        fc.array(fc.uniqueArray(fc.constantFrom(...traits.map((t) => t.id))), { maxLength: 6 }),
        (self, replies) => {
          const window = fillWindow(traits, self, replies);
          const placed = PANES.flatMap((p) => window.panes[p].map((t) => t.id)).sort((a, b) => a - b);
          expect(placed).toEqual(traits.map((t) => t.id));
        },
      ),
    );
  });

  it('tallies how often peers picked each trait', () => {
    expect(tallyPeers(traits, [[0, 8], [0, 2, 8, 10], [0]])).toEqual([
      { id: 0, word: '可靠', peers: 3 },
      { id: 8, word: '友善', peers: 2 },
      { id: 2, word: '冷静', peers: 1 },
      { id: 10, word: '自信', peers: 1 },
    ]);
  });
});

describe('the model’s two controls', () => {
  it('starts at the given levels with areas that add up to 100', () => {
    const layout = modelLayout(3, 3);
    expect(layout.areas).toEqual({ open: 16, blind: 24, hidden: 24, unknown: 36 });
  });

  it.each([
    ['disclosure', modelLayout(3, 3), modelLayout(6, 3), ['open', 'blind'], ['hidden', 'unknown']],
    ['feedback', modelLayout(3, 3), modelLayout(3, 6), ['open', 'hidden'], ['blind', 'unknown']],
    ['less disclosure', modelLayout(6, 3), modelLayout(3, 3), ['hidden', 'unknown'], ['open', 'blind']],
    ['less feedback', modelLayout(3, 6), modelLayout(3, 3), ['blind', 'unknown'], ['open', 'hidden']],
  ])('%s: says what grows and what shrinks', (_, before, after, grew, shrank) => {
    const change = compareLayouts(before, after);
    expect(change.grew.map((c) => c.pane).sort()).toEqual([...grew].sort());
    expect(change.shrank.map((c) => c.pane).sort()).toEqual([...shrank].sort());
  });

  it('more disclosure shrinks the hidden pane; more feedback shrinks the blind pane', () => {
    for (let level = 0; level < 10; level++) {
      expect(modelLayout(level + 1, 5).areas.hidden).toBeLessThan(modelLayout(level, 5).areas.hidden);
      expect(modelLayout(5, level + 1).areas.blind).toBeLessThan(modelLayout(5, level).areas.blind);
      expect(modelLayout(level + 1, level + 1).areas.open).toBeGreaterThan(
        modelLayout(level, level).areas.open,
      );
    }
  });

  it('always gives whole percentages that add up to 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (d, f) => {
        const { areas } = modelLayout(d, f);
        expect(PANES.reduce((sum, p) => sum + areas[p], 0)).toBe(100);
        PANES.forEach((p) => expect(Number.isInteger(areas[p])).toBe(true));
      }),
    );
  });

  it('clamps levels outside 0–10', () => {
    expect(modelLayout(-3, 99)).toEqual(modelLayout(0, 10));
    expect(modelLayout(Number.NaN, 2.6)).toEqual(modelLayout(0, 3));
  });

  it.each([
    [10, 10, ['open']],
    [0, 10, ['hidden']],
    [10, 0, ['blind']],
    [0, 0, ['unknown']],
    [5, 5, ['open', 'blind', 'hidden', 'unknown']],
  ])('disclosure %i, feedback %i → largest %j', (d, f, largest) => {
    expect(largestPanes(modelLayout(d, f))).toEqual(largest);
  });

  it('rounds shares to 100 by largest remainder', () => {
    expect(roundToHundred({ open: 1 / 3, blind: 1 / 3, hidden: 1 / 3, unknown: 0 })).toEqual({
      open: 34,
      blind: 33,
      hidden: 33,
      unknown: 0,
    });
  });
});
