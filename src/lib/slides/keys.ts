/** Which key does what in the presenter view, kept apart from the DOM so it can be tested. */

/** Everything a key can ask the deck (or the speaker window) to do. */
export type DeckAction =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'overview' | 'speaker' | 'help' | 'close';

/**
 * Where the key was pressed: a text field (it needs its keys while the presenter types), a
 * control on the slide or in the deck (button, link, choice, slider), or elsewhere.
 */
export type KeyTarget = 'field' | 'control' | 'other';

/** The parts of a keyboard event that decide the action. */
export interface KeyInput {
  key: string;
  target: KeyTarget;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

const BY_KEY: Record<string, DeckAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  o: 'overview',
  O: 'overview',
  s: 'speaker',
  S: 'speaker',
  '?': 'help',
  Escape: 'close',
};

/** The keys a clicker sends: they turn slides wherever focus is. */
const CLICKER = new Set(['PageDown', 'PageUp']);

/**
 * The action for a key press, or null to leave the key to the page. The clicker's keys
 * always drive the deck. In a text field every other key belongs to the typing, except
 * Esc, which leaves the field and gives the keys back. On any other control (a button, a
 * choice, a slider) the deck keys still turn slides; only Enter keeps its usual meaning.
 * A modifier leaves the key to the browser (Ctrl+F is its find).
 */
export function deckActionForKey(input: KeyInput): DeckAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (input.target === 'field' && !CLICKER.has(input.key) && input.key !== 'Escape') return null;
  if (input.key === 'Enter') return null;
  // Shift+Space goes back, as it scrolls back on any web page.
  if (input.key === ' ' && input.shiftKey) return 'prev';
  return BY_KEY[input.key] ?? null;
}
