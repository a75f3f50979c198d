import type { Assessment, AssessmentItem } from './types';

/** A 32-bit seed from any text (FNV-1a), so the same attempt always gets the same order. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded random number generator (mulberry32) giving numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `list` (Fisher–Yates); the same seed gives the same order. */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const next = random(seed);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The order of item ids for an attempt started with `seedText`. */
export function itemOrder(assessment: Assessment, seedText: string): string[] {
  const ids = assessment.items.map((i) => i.id);
  return assessment.shuffle.items ? shuffled(ids, seedFrom(`${seedText}|items`)) : ids;
}

/**
 * The order an item's options are shown in, as indexes into its data order. Answers are
 * stored by data index, so the answer key holds whatever the order on screen.
 */
export function optionOrder(assessment: Assessment, item: AssessmentItem, seedText: string): number[] {
  if (assessment.kind === 'likert' || !('options' in item)) return [];
  const indexes = item.options.map((_, i) => i);
  return assessment.shuffle.options ? shuffled(indexes, seedFrom(`${seedText}|${item.id}`)) : indexes;
}

/**
 * A stored item order that still fits the data: unknown ids are dropped and items added
 * since are appended, so a draft survives an edited data file.
 */
export function reconcileOrder(
  assessment: Assessment,
  stored: readonly string[] | undefined,
  seedText: string,
): string[] {
  const fresh = itemOrder(assessment, seedText);
  if (!stored?.length) return fresh;
  const known = new Set(fresh);
  const kept = stored.filter((id, i) => known.has(id) && stored.indexOf(id) === i);
  return [...kept, ...fresh.filter((id) => !kept.includes(id))];
}
