/**
 * Projector type is large, so a long slide may not fit. The deck tries these scales in
 * turn and keeps the first at which the slide fits; below the last one the slide scrolls
 * (and says so) rather than being cut off.
 */
export const FIT_STEPS = [1, 0.92, 0.84, 0.76, 0.68] as const;

/** Slides are laid out on a canvas this many CSS pixels wide, then scaled to the screen. */
export const CANVAS_WIDTH = 800;
/** The canvas height at 16:9; on a 4:3 screen the canvas grows taller instead of shrinking. */
export const CANVAS_HEIGHT = 450;

/** The scale at which a canvas fills a box of the given size (16:9 or taller). */
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

/** The first fit step at which content `heightAt(step)` fits in `available`, or null if none does. */
export function chooseFit(
  heightAt: (step: number) => number,
  available: number,
  steps: readonly number[] = FIT_STEPS,
): number | null {
  for (const step of steps) {
    if (heightAt(step) <= available + 1) return step;
  }
  return null;
}
