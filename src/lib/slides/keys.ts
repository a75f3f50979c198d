/** Which key does what in the presenter view, kept apart from the DOM so it can be tested. */

/** Everything a key can ask the deck (or the speaker window) to do. */
export type DeckAction =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'overview' | 'speaker' | 'help' | 'close';

/**
 * Where the key was pressed: a field of an exercise (text, choices: it needs its keys), a
 * button or link, or elsewhere.
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

/**
 * The action for a key press, or null to leave the key to the page. Keys never act while
 * the presenter types in an exercise field or uses a modifier (Ctrl+F is the browser's
 * find), and Space or Enter on a focused button keeps its usual meaning.
 */
export function deckActionForKey(input: KeyInput): DeckAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (input.target === 'field') return null;
  if (input.target === 'control' && (input.key === ' ' || input.key === 'Enter')) return null;
  // Shift+Space goes back, as it scrolls back on any web page.
  if (input.key === ' ' && input.shiftKey) return 'prev';
  return BY_KEY[input.key] ?? null;
}
