import { QUADRANTS, type Analysis, type Quadrant, type Strategy, type SwotItem } from './record';
import { KIND_INFO } from './tows';

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

/** Finds item `id` anywhere in the analysis. */
export function findItem(analysis: Analysis, id: string): LocatedItem | undefined {
  if (!id) return undefined;
  for (const quadrant of QUADRANTS) {
    const index = analysis.items[quadrant].findIndex((x) => x.id === id);
    if (index >= 0)
      return { quadrant, index, label: itemLabel(quadrant, index), item: analysis.items[quadrant][index]! };
  }
  return undefined;
}

/** How one side of a strategy resolves: a valid item, nothing chosen, or an item that is gone or in the wrong quadrant. */
export type Reference =
  { status: 'ok'; label: string; item: SwotItem } | { status: 'none' } | { status: 'missing' };

function resolve(analysis: Analysis, id: string, quadrant: Quadrant): Reference {
  if (!id) return { status: 'none' };
  const found = findItem(analysis, id);
  if (!found || found.quadrant !== quadrant) return { status: 'missing' };
  return { status: 'ok', label: found.label, item: found.item };
}

/** The internal and external items a strategy cites, resolved against the current numbering. */
export function strategyRefs(
  analysis: Analysis,
  strategy: Strategy,
): { internal: Reference; external: Reference } {
  const kind = KIND_INFO[strategy.kind];
  return {
    internal: resolve(analysis, strategy.internal, kind.internal),
    external: resolve(analysis, strategy.external, kind.external),
  };
}

/** The pair a strategy cites, as learners write it: "S2/O1"; "S?" or "O?" where a side is missing. */
export function citation(analysis: Analysis, strategy: Strategy): string {
  const kind = KIND_INFO[strategy.kind];
  const refs = strategyRefs(analysis, strategy);
  const side = (ref: Reference, q: string) => (ref.status === 'ok' ? ref.label : `${q}?`);
  return `${side(refs.internal, kind.internal)}/${side(refs.external, kind.external)}`;
}

/** How many strategies cite item `id`. */
export function usageCount(analysis: Analysis, id: string): number {
  return analysis.strategies.filter((s) => {
    const refs = strategyRefs(analysis, s);
    return (
      (refs.internal.status === 'ok' && refs.internal.item.id === id) ||
      (refs.external.status === 'ok' && refs.external.item.id === id)
    );
  }).length;
}

/** Items with text that no strategy cites yet, in S, W, O, T order. */
export function unusedItems(analysis: Analysis): LocatedItem[] {
  const used = new Set<string>();
  for (const s of analysis.strategies) {
    const refs = strategyRefs(analysis, s);
    if (refs.internal.status === 'ok') used.add(refs.internal.item.id);
    if (refs.external.status === 'ok') used.add(refs.external.item.id);
  }
  return QUADRANTS.flatMap((quadrant) =>
    analysis.items[quadrant].flatMap((item, index) =>
      used.has(item.id) || !item.text.trim()
        ? []
        : [{ quadrant, index, label: itemLabel(quadrant, index), item }],
    ),
  );
}
