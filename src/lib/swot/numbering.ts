import { QUADRANTS, type Analysis, type Quadrant, type Strategy, type SwotItem } from './record';
import { KIND_INFO } from './tows';

/** What numbering reads of an analysis: its items and its strategies. */
export type Cited = Pick<Analysis, 'items' | 'strategies'>;

/** The number a learner cites an item by: S1, W2, O3 … (1-based, in list order). */
export function itemLabel(quadrant: Quadrant, index: number): string {
  return `${quadrant}${index + 1}`;
}

/** An item with the quadrant it sits in and its current number. */
export interface LocatedItem {
  quadrant: Quadrant;
  index: number;
  label: string;
  item: SwotItem;
}

/** Where every item sits, by id: built once per edit, so each row reads it in constant time. */
export type ItemIndex = ReadonlyMap<string, LocatedItem>;

/** Indexes every item of the analysis by id. */
export function indexItems(analysis: Cited): ItemIndex {
  const index = new Map<string, LocatedItem>();
  for (const quadrant of QUADRANTS)
    analysis.items[quadrant].forEach((item, i) => {
      if (!index.has(item.id))
        index.set(item.id, { quadrant, index: i, label: itemLabel(quadrant, i), item });
    });
  return index;
}

/** Finds item `id` anywhere in the analysis. */
export function findItem(analysis: Cited, id: string, index?: ItemIndex): LocatedItem | undefined {
  if (!id) return undefined;
  if (index) return index.get(id);
  for (const quadrant of QUADRANTS) {
    const i = analysis.items[quadrant].findIndex((x) => x.id === id);
    if (i >= 0)
      return { quadrant, index: i, label: itemLabel(quadrant, i), item: analysis.items[quadrant][i]! };
  }
  return undefined;
}

/** How one side of a strategy resolves: a valid item, nothing chosen, or an item that is gone or in the wrong quadrant. */
export type Reference =
  { status: 'ok'; label: string; item: SwotItem } | { status: 'none' } | { status: 'missing' };

/**
 * How one side of a strategy resolves against the items of the quadrant it must come
 * from (a TOWS card needs only those two lists, so an edit elsewhere leaves it alone).
 */
export function referenceIn(items: readonly SwotItem[], quadrant: Quadrant, id: string): Reference {
  if (!id) return { status: 'none' };
  const i = items.findIndex((x) => x.id === id);
  return i < 0 ? { status: 'missing' } : { status: 'ok', label: itemLabel(quadrant, i), item: items[i]! };
}

/** A strategy's pair as learners write it ("S2/O1", "S?" for a missing side), from its two sides. */
export function citationOf(strategy: Strategy, internal: Reference, external: Reference): string {
  const kind = KIND_INFO[strategy.kind];
  const side = (ref: Reference, q: string) => (ref.status === 'ok' ? ref.label : `${q}?`);
  return `${side(internal, kind.internal)}/${side(external, kind.external)}`;
}

function resolve(analysis: Cited, id: string, quadrant: Quadrant, index?: ItemIndex): Reference {
  if (!id) return { status: 'none' };
  const found = findItem(analysis, id, index);
  if (!found || found.quadrant !== quadrant) return { status: 'missing' };
  return { status: 'ok', label: found.label, item: found.item };
}

/** The internal and external items a strategy cites, resolved against the current numbering. */
export function strategyRefs(
  analysis: Cited,
  strategy: Strategy,
  index?: ItemIndex,
): { internal: Reference; external: Reference } {
  const kind = KIND_INFO[strategy.kind];
  return {
    internal: resolve(analysis, strategy.internal, kind.internal, index),
    external: resolve(analysis, strategy.external, kind.external, index),
  };
}

/** The pair a strategy cites, as learners write it: "S2/O1"; "S?" or "O?" where a side is missing. */
export function citation(analysis: Cited, strategy: Strategy, index?: ItemIndex): string {
  const refs = strategyRefs(analysis, strategy, index);
  return citationOf(strategy, refs.internal, refs.external);
}

/**
 * How many strategies cite each item, for every item at once: one pass over the
 * strategies per edit instead of one per row (a 200-item matrix stays responsive).
 */
export function usageByItem(analysis: Cited, index: ItemIndex = indexItems(analysis)): Map<string, number> {
  const usage = new Map<string, number>();
  for (const s of analysis.strategies) {
    const refs = strategyRefs(analysis, s, index);
    const cited = new Set<string>();
    if (refs.internal.status === 'ok') cited.add(refs.internal.item.id);
    if (refs.external.status === 'ok') cited.add(refs.external.item.id);
    for (const id of cited) usage.set(id, (usage.get(id) ?? 0) + 1);
  }
  return usage;
}

/** Whether two usage counts (`usageByItem`) say the same. */
export function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, n] of a) if (b.get(id) !== n) return false;
  return true;
}

/** How many strategies cite item `id`. */
export function usageCount(analysis: Cited, id: string): number {
  return usageByItem(analysis).get(id) ?? 0;
}

/** Items with text that no strategy cites yet, in S, W, O, T order. */
export function unusedItems(analysis: Cited, index: ItemIndex = indexItems(analysis)): LocatedItem[] {
  const used = usageByItem(analysis, index);
  return QUADRANTS.flatMap((quadrant) =>
    analysis.items[quadrant].flatMap((item, index) =>
      used.has(item.id) || !item.text.trim()
        ? []
        : [{ quadrant, index, label: itemLabel(quadrant, index), item }],
    ),
  );
}
