import { moveById, removeById, restoreRemoved, updateById, type Removed } from '../worksheet/list';
import { newId } from '../ids';
import { type Analysis, type Quadrant, type Strategy, type StrategyKind, type SwotItem } from './record';

/** The course's example as the trainer writes it: items as text, strategies citing labels such as "S1". */
export interface SwotExample {
  title: string;
  scope: 'personal' | 'team';
  goal: string;
  items: Record<Quadrant, string[]>;
  strategies: { kind: StrategyKind; internal: string; external: string; action: string }[];
}

/** Turns the example into an analysis marked 示例, with ids, dated `date` (its sheet is titled 示例：…). */
export function analysisFromExample(
  example: SwotExample,
  date: string,
  makeId: (prefix: string) => string = newId,
): Analysis {
  const items = { S: [], W: [], O: [], T: [] } as Record<Quadrant, SwotItem[]>;
  const byLabel = new Map<string, string>();
  for (const q of ['S', 'W', 'O', 'T'] as const) {
    items[q] = example.items[q].map((text, i) => {
      const id = makeId('it');
      byLabel.set(`${q}${i + 1}`, id);
      return { id, text };
    });
  }
  const strategies: Strategy[] = example.strategies.map((s) => ({
    id: makeId('st'),
    kind: s.kind,
    internal: byLabel.get(s.internal) ?? '',
    external: byLabel.get(s.external) ?? '',
    action: s.action,
  }));
  return {
    id: makeId('sw'),
    title: example.title,
    scope: example.scope,
    date,
    goal: example.goal,
    items,
    strategies,
    example: true,
  };
}

// ——— Inside one analysis ———

/** Adds an item at the end of a quadrant. */
export function addItem(a: Analysis, quadrant: Quadrant, text: string, id: string = newId('it')): Analysis {
  return { ...a, items: { ...a.items, [quadrant]: [...a.items[quadrant], { id, text }] } };
}

/** Changes the text of item `id`. */
export function editItem(a: Analysis, quadrant: Quadrant, id: string, text: string): Analysis {
  return {
    ...a,
    items: { ...a.items, [quadrant]: updateById(a.items[quadrant], id, (x) => ({ ...x, text })) },
  };
}

/** Moves item `id` up (−1) or down (+1); the numbers follow, and strategies keep citing the same item. */
export function moveItem(a: Analysis, quadrant: Quadrant, id: string, delta: number): Analysis {
  return { ...a, items: { ...a.items, [quadrant]: moveById(a.items[quadrant], id, delta) } };
}

/** Removes item `id`; strategies keep their reference so an undo restores the citation too. */
export function deleteItem(
  a: Analysis,
  quadrant: Quadrant,
  id: string,
): { analysis: Analysis; removed?: Removed<SwotItem> } {
  const { list, removed } = removeById(a.items[quadrant], id);
  return { analysis: { ...a, items: { ...a.items, [quadrant]: list } }, removed };
}

/** Puts a deleted item back in its place. */
export function restoreItem(a: Analysis, quadrant: Quadrant, removed: Removed<SwotItem>): Analysis {
  return { ...a, items: { ...a.items, [quadrant]: restoreRemoved(a.items[quadrant], removed) } };
}

/** Adds an empty strategy of `kind`. */
export function addStrategy(a: Analysis, kind: StrategyKind, id: string = newId('st')): Analysis {
  return { ...a, strategies: [...a.strategies, { id, kind, internal: '', external: '', action: '' }] };
}

/** Changes the cited items or the action of strategy `id`. */
export function editStrategy(
  a: Analysis,
  id: string,
  patch: Partial<Pick<Strategy, 'internal' | 'external' | 'action'>>,
): Analysis {
  return { ...a, strategies: updateById(a.strategies, id, (s) => ({ ...s, ...patch })) };
}

/** Removes strategy `id`; returns what an undo needs. */
export function deleteStrategy(a: Analysis, id: string): { analysis: Analysis; removed?: Removed<Strategy> } {
  const { list, removed } = removeById(a.strategies, id);
  return { analysis: { ...a, strategies: list }, removed };
}

/** Puts a deleted strategy back in its place. */
export function restoreStrategy(a: Analysis, removed: Removed<Strategy>): Analysis {
  return { ...a, strategies: restoreRemoved(a.strategies, removed) };
}

/** Type sizes of the printed sheet, largest first. */
export const PRINT_DENSITIES = ['normal', 'compact', 'tight', 'tiny'] as const;

/** A first guess at how tightly the printed sheet must be set to fit one A4 page (measured again when printing). */
export function printDensity(a: Analysis): 'normal' | 'compact' | 'tight' {
  const texts = [
    a.goal,
    ...Object.values(a.items)
      .flat()
      .map((x) => x.text),
    ...a.strategies.map((s) => s.action),
  ];
  const chars = texts.reduce((n, t) => n + [...t].length, 0);
  const rows = Object.values(a.items).flat().length + a.strategies.length;
  if (chars > 1600 || rows > 36) return 'tight';
  if (chars > 900 || rows > 22) return 'compact';
  return 'normal';
}
