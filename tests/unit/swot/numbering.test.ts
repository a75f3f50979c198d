import { describe, expect, it } from 'vitest';
import {
  citation,
  citationOf,
  findItem,
  referenceIn,
  sameCounts,
  itemLabel,
  strategyRefs,
  unusedItems,
  usageByItem,
  usageCount,
  indexItems,
} from '../../../src/lib/swot/numbering';
import { addStrategy, deleteItem, editStrategy, moveItem, restoreItem } from '../../../src/lib/swot/analyses';
import { sample } from './fixtures';

describe('numbering items', () => {
  it.each([
    ['S', 0, 'S1'],
    ['W', 1, 'W2'],
    ['O', 2, 'O3'],
    ['T', 9, 'T10'],
  ] as const)('%s item %i is %s', (q, i, label) => {
    expect(itemLabel(q, i)).toBe(label);
  });

  it('finds an item with its current number', () => {
    expect(findItem(sample(), 'o2')).toMatchObject({ quadrant: 'O', label: 'O2' });
    expect(findItem(sample(), 'nope')).toBeUndefined();
  });

  it('renumbers after a move, and the strategy cites the same item under its new number', () => {
    const a = moveItem(sample(), 'S', 's2', -1);
    expect(findItem(a, 's2')?.label).toBe('S1');
    expect(citation(a, a.strategies[0]!)).toBe('S1/O1');
  });
});

describe('citing items in strategies', () => {
  it.each([
    ['x1', 'S2/O1'],
    ['x2', 'W1/T2'],
  ])('strategy %s cites %s', (id, cite) => {
    const a = sample();
    expect(
      citation(
        a,
        a.strategies.find((s) => s.id === id)!,
      ),
    ).toBe(cite);
  });

  it('marks a side not chosen yet with a question mark', () => {
    const a = addStrategy(sample(), 'ST', 'x3');
    expect(citation(a, a.strategies[2]!)).toBe('S?/T?');
    const b = editStrategy(a, 'x3', { external: 't1' });
    expect(citation(b, b.strategies[2]!)).toBe('S?/T1');
  });

  it('does not accept an item from the wrong quadrant (an O where a T belongs)', () => {
    const a = editStrategy(addStrategy(sample(), 'ST', 'x3'), 'x3', { internal: 's1', external: 'o1' });
    expect(strategyRefs(a, a.strategies[2]!).external.status).toBe('missing');
  });

  it('shows a deleted item as missing and brings the citation back on undo', () => {
    const { analysis, removed } = deleteItem(sample(), 'S', 's2');
    expect(strategyRefs(analysis, analysis.strategies[0]!).internal.status).toBe('missing');
    expect(citation(analysis, analysis.strategies[0]!)).toBe('S?/O1');
    const back = restoreItem(analysis, 'S', removed!);
    expect(citation(back, back.strategies[0]!)).toBe('S2/O1');
  });

  it('counts how many strategies use an item', () => {
    const a = editStrategy(addStrategy(sample(), 'ST', 'x3'), 'x3', { internal: 's2', external: 't1' });
    expect(usageCount(a, 's2')).toBe(2);
    expect(usageCount(a, 's1')).toBe(0);
  });
});

describe('items no strategy uses yet', () => {
  it('lists them in S, W, O, T order with their numbers', () => {
    expect(unusedItems(sample()).map((u) => u.label)).toEqual(['S1', 'W2', 'O2', 'T1']);
  });

  it('drops an item from the list once a strategy cites it', () => {
    const a = editStrategy(addStrategy(sample(), 'SO', 'x3'), 'x3', { internal: 's1', external: 'o2' });
    expect(unusedItems(a).map((u) => u.label)).toEqual(['W2', 'T1']);
  });

  it('ignores empty items', () => {
    const a = sample();
    a.items.W[1]!.text = '  ';
    expect(unusedItems(a).map((u) => u.label)).not.toContain('W2');
  });
});

describe('the item index built once per edit', () => {
  it('counts every item’s strategies in one pass, the same as asking item by item', () => {
    const a = sample();
    const usage = usageByItem(a);
    for (const q of ['S', 'W', 'O', 'T'] as const)
      for (const item of a.items[q]) expect(usage.get(item.id) ?? 0).toBe(usageCount(a, item.id));
    expect([...usage.values()].reduce((x, y) => x + y, 0)).toBe(a.strategies.length * 2);
  });

  it('finds items through the index exactly as without it', () => {
    const a = sample();
    const index = indexItems(a);
    for (const id of ['s1', 's2', 'o2', 'nope', '']) expect(findItem(a, id, index)).toEqual(findItem(a, id));
  });
});

describe('a TOWS card resolving its strategy from its two quadrants alone', () => {
  it('names the same pair as the whole analysis does, for every strategy', () => {
    const a = moveItem(sample(), 'S', 's2', -1);
    for (const s of a.strategies) {
      const kind = { SO: ['S', 'O'], WO: ['W', 'O'], ST: ['S', 'T'], WT: ['W', 'T'] }[s.kind] as [
        'S' | 'W',
        'O' | 'T',
      ];
      const internal = referenceIn(a.items[kind[0]], kind[0], s.internal);
      const external = referenceIn(a.items[kind[1]], kind[1], s.external);
      expect({ internal, external }).toEqual(strategyRefs(a, s));
      expect(citationOf(s, internal, external)).toBe(citation(a, s));
    }
  });

  it('says missing for an item not in the quadrant, and none for no choice', () => {
    const a = sample();
    expect(referenceIn(a.items.S, 'S', 'o1')).toEqual({ status: 'missing' });
    expect(referenceIn(a.items.S, 'S', '')).toEqual({ status: 'none' });
    const strategy = { id: 'x', kind: 'SO' as const, internal: '', external: 'gone', action: '' };
    expect(citationOf(strategy, { status: 'none' }, { status: 'missing' })).toBe('S?/O?');
  });
});

describe('usage counts compared between edits', () => {
  it('are the same when typing changes no citation, and differ when one changes', () => {
    const a = sample();
    const typed = { ...a, items: { ...a.items, S: a.items.S.map((i) => ({ ...i, text: `${i.text}！` })) } };
    expect(sameCounts(usageByItem(a), usageByItem(typed))).toBe(true);
    const cited = editStrategy(addStrategy(a, 'SO', 'x9'), 'x9', { internal: 's1', external: 'o2' });
    expect(sameCounts(usageByItem(a), usageByItem(cited))).toBe(false);
    expect(sameCounts(new Map([['a', 1]]), new Map([['b', 1]]))).toBe(false);
  });
});
