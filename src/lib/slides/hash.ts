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

/**
 * The section id a non-numeric hash names (`#目标` arrives as `#%E7%9B%AE%E6%A0%87`), or
 * null when there is none or its %-escapes are malformed (`#%`, `#%E0%A4%A`): such a
 * hash opens the first slide instead of stopping the deck.
 */
export function sectionFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
