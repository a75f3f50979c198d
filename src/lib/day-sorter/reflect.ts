import type { DayCategory, DayTask } from '../schemas/day-sorter';
import type { DaySort } from './model';
import { t } from './strings';

/** A category's share of the day is "heavy" from this fraction of the sorted minutes… */
export const HEAVY_SHARE = 0.5;
/** …and "light" below this one. */
export const LIGHT_SHARE = 0.2;
/** A day is called balanced only when the largest and smallest shares differ by less than this. */
export const BALANCED_SPREAD = 0.15;

/** How much of the sorted day one category took. */
export interface CategoryWeight {
  id: string;
  name: string;
  minutes: number;
  count: number;
  /** Fraction of the sorted minutes, 0–1. */
  share: number;
  /** Rounded percentage; the percentages of a day add up to 100. */
  percent: number;
}

/** What the learner's sorting says about where the day's weight falls. */
export interface DayReflection {
  sorted: number;
  total: number;
  complete: boolean;
  totalMinutes: number;
  weights: CategoryWeight[];
  /** The category with the most minutes (first in category order on a tie). */
  heaviest?: CategoryWeight | undefined;
  /** The interpretation, one paragraph per finding. */
  messages: string[];
  /** Tasks sorted like the trainer's reference, out of all tasks. */
  matchesReference: number;
}

/** Percentages that add up to exactly 100 (largest remainder), for shares of a whole. */
export function roundPercents(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return values.map(() => 0);
  const raw = values.map((v) => (v / total) * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, rest: r - Math.floor(r) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    floors[i]! += 1;
  }
  return floors;
}

/** Weighs the learner's day by minutes per category and interprets it. */
export function reflectDay(
  sort: DaySort,
  data: { categories: DayCategory[]; tasks: DayTask[]; balanced: string },
): DayReflection {
  const known = new Set(data.categories.map((c) => c.id));
  const sortedTasks = data.tasks.filter((task) => known.has(sort.assignments[task.id] ?? ''));
  const minutesOf = (id: string) =>
    sortedTasks.filter((t) => sort.assignments[t.id] === id).reduce((sum, t) => sum + t.minutes, 0);
  const minutes = data.categories.map((c) => minutesOf(c.id));
  const totalMinutes = minutes.reduce((a, b) => a + b, 0);
  const percents = roundPercents(minutes);
  const weights = data.categories.map((c, i) => ({
    id: c.id,
    name: c.name,
    minutes: minutes[i]!,
    count: sortedTasks.filter((t) => sort.assignments[t.id] === c.id).length,
    share: totalMinutes ? minutes[i]! / totalMinutes : 0,
    percent: percents[i]!,
  }));
  const heaviest = totalMinutes
    ? weights.reduce((best, w) => (w.minutes > best.minutes ? w : best))
    : undefined;

  const messages: string[] = [];
  if (totalMinutes) {
    for (const category of data.categories) {
      const weight = weights.find((w) => w.id === category.id)!;
      if (weight.share >= HEAVY_SHARE) messages.push(category.heavy);
    }
    for (const category of data.categories) {
      const weight = weights.find((w) => w.id === category.id)!;
      if (weight.share < LIGHT_SHARE) messages.push(category.light);
    }
    if (!messages.length) {
      // Neither heavy nor light, yet not necessarily even (27 / 28 / 45): say which way it leans.
      const lightest = weights.reduce((low, w) => (w.minutes < low.minutes ? w : low));
      messages.push(
        heaviest && heaviest.share - lightest.share >= BALANCED_SPREAD
          ? t.leans(heaviest.name, heaviest.percent, lightest.name, lightest.percent)
          : data.balanced,
      );
    }
  }

  return {
    sorted: sortedTasks.length,
    total: data.tasks.length,
    complete: sortedTasks.length === data.tasks.length,
    totalMinutes,
    weights,
    heaviest,
    messages,
    matchesReference: data.tasks.filter((t) => sort.assignments[t.id] === t.suggested).length,
  };
}

/** Minutes as 小时 and 分钟, e.g. 3 小时 35 分钟. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} 分钟`;
  return m ? `${h} 小时 ${m} 分钟` : `${h} 小时`;
}
