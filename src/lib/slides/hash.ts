/** The slide number lives in the URL hash (`#3`), so a reload or a shared link opens the same slide. */

/**
 * The 0-based slide index a hash points at: `#3` is the third slide, clamped to the deck.
 * Returns null for an empty or non-numeric hash (which may name a section instead).
 */
export function slideFromHash(hash: string, total: number): number | null {
  const match = /^#?(\d+)$/.exec(hash.trim());
  if (!match || total < 1) return null;
  const n = Number(match[1]);
  return Math.min(Math.max(n, 1), total) - 1;
}

/** The hash for a 0-based slide index: slide 0 is `#1`. */
export function hashForSlide(index: number): string {
  return `#${index + 1}`;
}

/** Keeps an index inside a deck of `total` slides. */
export function clampSlide(index: number, total: number): number {
  return Math.min(Math.max(Math.trunc(index), 0), Math.max(total - 1, 0));
}
