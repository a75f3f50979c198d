/** Pointer and touch habits of the projected deck: controls that fade when idle, and swipes. */
import { swipeAction } from '../../lib/slides/swipe';
import { keyTarget } from './slide-dom';
import { deckActionForKey, type DeckAction } from '../../lib/slides/keys';

const IDLE_MS = 2500;

/**
 * Marks `host` with `data-idle` once the presenter has left the mouse alone for a moment,
 * so the controls fade out over the slide; any movement or focus brings them back. They
 * stay while `busy()` (a menu is open, focus is in the controls).
 */
export function fadeWhenIdle(host: HTMLElement, busy: () => boolean): () => void {
  let timer = 0;
  const wake = () => {
    host.removeAttribute('data-idle');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (!busy()) host.setAttribute('data-idle', '');
    }, IDLE_MS);
  };
  for (const type of ['pointermove', 'pointerdown', 'focusin'])
    document.addEventListener(type, wake, { passive: true });
  wake();
  return wake;
}

/** Calls `turn` when a one-finger horizontal swipe on `stage` asks for the next or previous slide. */
export function onSwipe(stage: HTMLElement, turn: (direction: 'next' | 'prev') => void): void {
  let start: { x: number; y: number } | null = null;
  stage.addEventListener(
    'touchstart',
    (event) => {
      const touch = event.touches[0];
      // A swipe that starts in an exercise field belongs to the field.
      start =
        event.touches.length === 1 && touch && keyTarget(event.target) === 'other'
          ? { x: touch.clientX, y: touch.clientY }
          : null;
    },
    { passive: true },
  );
  stage.addEventListener(
    'touchend',
    (event) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const action = swipeAction(touch.clientX - start.x, touch.clientY - start.y);
      start = null;
      if (action) turn(action);
    },
    { passive: true },
  );
}

/** The deck action a key press asks for, if any (none while typing in a field). */
export function deckActionForEvent(event: KeyboardEvent): DeckAction | null {
  return deckActionForKey({
    key: event.key,
    target: keyTarget(event.target),
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
  });
}
