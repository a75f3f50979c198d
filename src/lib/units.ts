import type { Dimension } from './schemas/unit';

/** What navigation needs to know of a unit. */
export interface UnitSummary {
  id: string;
  order: number;
  label: string;
  title: string;
  subtitle: string;
  dimension: Dimension;
  minutes: number;
  summary: string;
}

/** Units in course order (by `order`, then id so that ties are stable). */
export function sortUnits<T extends Pick<UnitSummary, 'order' | 'id'>>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Units grouped by dimension, in course order, leaving out empty groups. */
export function groupByDimension<T extends UnitSummary>(
  units: readonly T[],
): { dimension: Dimension; units: T[] }[] {
  const groups = new Map<Dimension, T[]>();
  for (const unit of sortUnits(units)) {
    const list = groups.get(unit.dimension) ?? [];
    list.push(unit);
    groups.set(unit.dimension, list);
  }
  return [...groups].map(([dimension, list]) => ({ dimension, units: list }));
}

/** The units before and after the given one, for prev/next links. */
export function neighbours<T extends UnitSummary>(units: readonly T[], id: string): { prev?: T; next?: T } {
  const sorted = sortUnits(units);
  const index = sorted.findIndex((u) => u.id === id);
  if (index < 0) return {};
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}

/** 90 → 「1 小时 30 分钟」, 45 → 「45 分钟」. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} 分钟`;
  return m ? `${h} 小时 ${m} 分钟` : `${h} 小时`;
}
