/**
 * From an agenda row to the deck: the row's link says how far into the unit its part
 * starts (as a share of the unit's planned time) and how many minutes the part has; the
 * deck opens at the section nearest that point, and the speaker window's clock counts
 * down those minutes. The share, not a slide number, travels in the link because the
 * slides are counted in the browser, after the unit is split for the screen.
 */
import type { AgendaPlan, AgendaRow } from '../agenda';

type UnitRow = Extract<AgendaRow, { kind: 'unit' }>;

/** How far into its unit an agenda row starts (0 for a whole unit or its first part), and its minutes. */
export function rowStart(plan: AgendaPlan, row: UnitRow): { from: number; minutes: number } {
  const ofUnit = plan.rows.filter((r): r is UnitRow => r.kind === 'unit' && r.unit.id === row.unit.id);
  const total = ofUnit.reduce((sum, r) => sum + r.minutes, 0);
  const before = ofUnit.slice(0, ofUnit.indexOf(row)).reduce((sum, r) => sum + r.minutes, 0);
  return { from: total > 0 ? before / total : 0, minutes: row.minutes };
}

/** The query the deck link of an agenda row carries, e.g. `?from=0.5&minutes=40`. */
export function agendaQuery(plan: AgendaPlan, row: UnitRow): string {
  const { from, minutes } = rowStart(plan, row);
  const params = new URLSearchParams();
  if (from > 0) params.set('from', String(Math.round(from * 1000) / 1000));
  params.set('minutes', String(minutes));
  return `?${params}`;
}

/** The minutes a deck link plans for its part, or null if it plans none (or nonsense). */
export function plannedMinutes(search: string): number | null {
  const value = new URLSearchParams(search).get('minutes');
  if (value === null || !/^\d{1,3}$/.test(value)) return null;
  const minutes = Number(value);
  return minutes >= 1 && minutes <= 600 ? minutes : null;
}

/**
 * The 0-based slide a deck link asks to open: the first slide of the section whose start
 * is nearest the link's share of the deck. `sectionStarts` are the slides sections start
 * on, in order; null when the link names no start.
 */
export function startSlide(search: string, sectionStarts: readonly number[], total: number): number | null {
  const raw = new URLSearchParams(search).get('from');
  if (raw === null) return null;
  const from = Number(raw);
  if (!Number.isFinite(from) || from <= 0 || from >= 1 || !sectionStarts.length) return null;
  const target = from * total;
  // The title slide opens the unit, never a later part of it.
  const candidates = sectionStarts.filter((s) => s > 0);
  if (!candidates.length) return null;
  return candidates.reduce((best, s) => (Math.abs(s - target) < Math.abs(best - target) ? s : best));
}
