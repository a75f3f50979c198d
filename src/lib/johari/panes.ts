/**
 * The window's four panes: from trait picks (self and peers) and from the two controls of
 * the model (how much one discloses, how much feedback one asks for).
 */
import type { Trait } from './rules';

export type PaneId = 'open' | 'blind' | 'hidden' | 'unknown';

/** Reading order of the grid: top row (others know), then bottom row. */
export const PANES: readonly PaneId[] = ['open', 'blind', 'hidden', 'unknown'];

/** One trait placed in a pane, with how many peers picked it. */
export interface PlacedTrait {
  id: number;
  word: string;
  /** Peers who picked it. */
  peers: number;
  /** The learner picked it. */
  self: boolean;
}

export interface FilledWindow {
  panes: Record<PaneId, PlacedTrait[]>;
  /** Replies counted. */
  peerCount: number;
  /** Picked ids that the trait list no longer has (the list was edited since). */
  missing: number[];
}

/** Which pane a trait belongs in: both → open, peers only → blind, self only → hidden, nobody → unknown. */
export function paneOf(self: boolean, peers: number): PaneId {
  if (self) return peers > 0 ? 'open' : 'hidden';
  return peers > 0 ? 'blind' : 'unknown';
}

/** How many replies picked each trait id (a reply counts a trait once). */
export function countPicks(replies: readonly (readonly number[])[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const reply of replies) for (const id of new Set(reply)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * Sorts every trait of the list into the four panes. Within a pane the traits peers picked
 * most come first; ties keep the list's order.
 */
export function fillWindow(
  traits: readonly Trait[],
  self: readonly number[],
  replies: readonly (readonly number[])[],
): FilledWindow {
  const counts = countPicks(replies);
  const mine = new Set(self);
  const panes: Record<PaneId, PlacedTrait[]> = { open: [], blind: [], hidden: [], unknown: [] };
  const known = new Set<number>();
  for (const t of traits) {
    known.add(t.id);
    const placed = { id: t.id, word: t.word, peers: counts.get(t.id) ?? 0, self: mine.has(t.id) };
    panes[paneOf(placed.self, placed.peers)].push(placed);
  }
  for (const id of PANES) panes[id].sort((a, b) => b.peers - a.peers);
  const missing = [...new Set([...mine, ...counts.keys()])]
    .filter((id) => !known.has(id))
    .sort((a, b) => a - b);
  return { panes, peerCount: replies.length, missing };
}

/** How many peers picked each trait, most picked first; traits nobody picked are left out. */
export function tallyPeers(
  traits: readonly Trait[],
  replies: readonly (readonly number[])[],
): { id: number; word: string; peers: number }[] {
  const counts = countPicks(replies);
  return traits
    .map((t) => ({ id: t.id, word: t.word, peers: counts.get(t.id) ?? 0 }))
    .filter((t) => t.peers > 0)
    .sort((a, b) => b.peers - a.peers);
}

// ——— The model driven by the two controls ———

/** Steps of each control: 0 (hardly ever) … 10 (very often). */
export const LEVELS = 10;

/** Pane areas in whole percent (summing to 100) and where the two dividing lines sit. */
export interface ModelLayout {
  /** Share of the width on the "known to self" side (left column), 0–1. */
  selfKnown: number;
  /** Share of the height on the "known to others" side (top row), 0–1. */
  othersKnown: number;
  areas: Record<PaneId, number>;
}

/** Clamps a control value to a whole level 0…LEVELS. */
export function clampLevel(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(LEVELS, Math.max(0, Math.round(value)));
}

/**
 * The layout for the two controls. Asking for feedback moves the vertical line (what I know
 * about myself grows), disclosing moves the horizontal line (what others know grows). Each
 * line runs from a quarter to three quarters of the window.
 */
export function modelLayout(disclosure: number, feedback: number): ModelLayout {
  const selfKnown = 0.25 + (0.5 * clampLevel(feedback)) / LEVELS;
  const othersKnown = 0.25 + (0.5 * clampLevel(disclosure)) / LEVELS;
  const raw: Record<PaneId, number> = {
    open: selfKnown * othersKnown,
    blind: (1 - selfKnown) * othersKnown,
    hidden: selfKnown * (1 - othersKnown),
    unknown: (1 - selfKnown) * (1 - othersKnown),
  };
  return { selfKnown, othersKnown, areas: roundToHundred(raw) };
}

/** Whole percentages that add up to exactly 100 (largest remainders get the spare points). */
export function roundToHundred(shares: Record<PaneId, number>): Record<PaneId, number> {
  const exact = PANES.map((id) => ({ id, value: shares[id] * 100 }));
  const floors = exact.map((e) => ({ ...e, whole: Math.floor(e.value + 1e-9) }));
  let spare = 100 - floors.reduce((sum, e) => sum + e.whole, 0);
  const byRemainder = [...floors].sort((a, b) => b.value - b.whole - (a.value - a.whole));
  for (const e of byRemainder) {
    if (spare <= 0) break;
    e.whole++;
    spare--;
  }
  return Object.fromEntries(floors.map((e) => [e.id, e.whole])) as Record<PaneId, number>;
}

export interface PaneChange {
  pane: PaneId;
  from: number;
  to: number;
}

/** What grew and what shrank between two layouts (panes that did not change are left out). */
export function compareLayouts(
  before: ModelLayout,
  after: ModelLayout,
): { grew: PaneChange[]; shrank: PaneChange[] } {
  const changes = PANES.map((pane) => ({ pane, from: before.areas[pane], to: after.areas[pane] }));
  return { grew: changes.filter((c) => c.to > c.from), shrank: changes.filter((c) => c.to < c.from) };
}

/** The largest pane(s) of a layout: one id, or several when they tie. */
export function largestPanes(layout: ModelLayout): PaneId[] {
  const max = Math.max(...PANES.map((id) => layout.areas[id]));
  return PANES.filter((id) => layout.areas[id] === max);
}
