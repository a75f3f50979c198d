/** Which key does what in the presenter view, kept apart from the DOM so it can be tested. */

/** Everything a key can ask the deck (or the speaker window) to do. */
export type DeckAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'blank'
  | 'overview'
  | 'speaker'
  | 'help'
  | 'close';

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

/** The keys to list in the help overlay, with what they do. */
export const KEY_HELP: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['→', '空格', 'PageDown'], action: '下一张（翻页笔的「下一页」）' },
  { keys: ['←', 'Shift+空格', 'PageUp'], action: '上一张（翻页笔的「上一页」）' },
  { keys: ['Home', 'End'], action: '第一张 / 最后一张' },
  { keys: ['F'], action: '全屏 / 退出全屏' },
  { keys: ['B', '.'], action: '黑屏 / 恢复' },
  { keys: ['O'], action: '幻灯片总览，跳到任意一张' },
  { keys: ['S'], action: '打开演讲者视图（备注与计时）' },
  { keys: ['?'], action: '显示本说明' },
  { keys: ['Esc'], action: '关闭总览、说明或黑屏' },
];
