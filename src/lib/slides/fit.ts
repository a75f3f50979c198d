/**
 * How a slide canvas is scaled to its screen. Type never shrinks to make a slide fit:
 * the split into slides (wall.ts) keeps each within the canvas instead.
 */

/** Slides are laid out on a canvas at least this many CSS pixels wide, then scaled to the screen. */
export const CANVAS_WIDTH = 800;
/**
 * The canvas is at least this tall: a 4:3 screen shows 800 × 600, a 16:9 screen a wider
 * 1067 × 600. Either way a slide has the same height for the same text, so the split
 * into slides holds on every screen (and in both the audience and the speaker window).
 */
export const CANVAS_HEIGHT = 600;

/** The scale at which a canvas fills a box of the given size. */
export function canvasScale(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT);
}

/** Below this width a screen is a phone: the slide keeps readable type and scrolls instead. */
export const PHONE_WIDTH = 360;

/**
 * The scale of the live slide on a screen `width` × `height`, and whether it may shrink to
 * fit. Projector-sized screens scale the canvas; on a phone that would make the type tiny,
 * so the canvas keeps (nearly) its own size, reflows to the width and scrolls.
 */
export function stageScale(width: number, height: number): { scale: number; shrink: boolean } {
  const projected = canvasScale(width, height);
  const readable = Math.min(1, width / PHONE_WIDTH);
  return projected >= readable ? { scale: projected, shrink: true } : { scale: readable, shrink: false };
}
