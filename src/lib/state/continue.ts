import { formatDateTime } from '../format';
import { continueAt } from '../ui-strings';
import type { LastPosition } from './progress';

/** A unit as the home page's "continue" box knows it. */
export interface ContinueUnit {
  label: string;
  title: string;
  href: string;
}

/** What the "continue where you left off" box shows, or null when there is nothing to continue. */
export interface ContinueTarget {
  unit: ContinueUnit;
  href: string;
  sectionTitle: string;
  /** When the learner was last there; null if the stored time is unreadable. */
  at: Date | null;
}

/**
 * Looks the last position up among the course's units. Only a unit the course itself
 * lists counts (an own key, so an imported `constructor` or `__proto__` finds nothing),
 * and an unreadable time is left out rather than shown as "Invalid Date".
 */
export function continueTarget(
  last: LastPosition | null | undefined,
  units: Record<string, ContinueUnit>,
): ContinueTarget | null {
  if (!last || typeof last.unit !== 'string' || !Object.hasOwn(units, last.unit)) return null;
  const unit = units[last.unit]!;
  if (typeof unit?.href !== 'string' || typeof unit.label !== 'string' || typeof unit.title !== 'string')
    return null;
  const at = new Date(last.at);
  return {
    unit,
    href: last.section ? `${unit.href}#${encodeURIComponent(last.section)}` : unit.href,
    sectionTitle: last.sectionTitle ?? '',
    at: Number.isNaN(at.getTime()) ? null : at,
  };
}

/** The texts and link of a filled "continue" box. */
export interface ContinueCardText {
  href: string;
  /** The unit's label and title, e.g. 第二讲 SWOT 分析. */
  unit: string;
  section: string;
  /** 上次学习：…, or empty when the time is unreadable. */
  time: string;
}

export function continueCardText(target: ContinueTarget): ContinueCardText {
  return {
    href: target.href,
    unit: `${target.unit.label} ${target.unit.title}`,
    section: target.sectionTitle,
    time: target.at ? continueAt(formatDateTime(target.at)) : '',
  };
}

/**
 * The course's units as the box's `data-units` attribute holds them; anything else
 * (a missing or broken attribute) is no units, so there is nothing to continue.
 */
export function continueUnits(json: string | undefined): Record<string, ContinueUnit> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, ContinueUnit>)
      : {};
  } catch {
    return {};
  }
}
