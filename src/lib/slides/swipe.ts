/** Touch swipes on a tablet turn slides: a mostly horizontal swipe of at least `threshold` px. */
export function swipeAction(dx: number, dy: number, threshold = 50): 'next' | 'prev' | null {
  if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  // Swiping towards the left pulls the next slide in, as on any touch screen.
  return dx < 0 ? 'next' : 'prev';
}
