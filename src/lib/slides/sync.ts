/**
 * The audience window and the speaker window keep each other in step over a
 * BroadcastChannel. This module holds the message format and what each window does on
 * receiving one; the windows only post and apply. Either window works alone: a message
 * is a wish, never a requirement.
 */

/** Which window a message comes from. */
export type Role = 'audience' | 'speaker';

/** What one window knows about the session. */
export interface DeckState {
  /** 0-based current slide. */
  index: number;
  /** The projected screen is black. */
  blank: boolean;
  /** When the session's clock started (ms since epoch), or null before it starts. */
  startedAt: number | null;
}

/** Messages between the windows of one unit. */
export type DeckMessage =
  /** A window's state; `ask` asks the other window to answer with its own. */
  | ({ type: 'state'; from: Role; ask?: boolean } & DeckState)
  /** Move to a slide. */
  | { type: 'go'; from: Role; index: number }
  /** Black out or restore the projected screen. */
  | { type: 'blank'; from: Role; on: boolean }
  /** Restart the clock at this time. */
  | { type: 'timer'; from: Role; startedAt: number | null }
  /** The window is closing. */
  | { type: 'bye'; from: Role };

/** The channel of one unit, per site base so that two copies of the site on one host stay apart. */
export function channelName(base: string, unitId: string): string {
  return `cs-course:present:${base}:${unitId}`;
}

const isRole = (v: unknown): v is Role => v === 'audience' || v === 'speaker';
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

/** Reads a message posted by another window; anything malformed is ignored (null). */
export function readMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (!isRole(m.from)) return null;
  switch (m.type) {
    case 'state':
      if (!isIndex(m.index) || typeof m.blank !== 'boolean' || !isTime(m.startedAt)) return null;
      return {
        type: 'state',
        from: m.from,
        index: m.index,
        blank: m.blank,
        startedAt: m.startedAt,
        ask: m.ask === true,
      };
    case 'go':
      return isIndex(m.index) ? { type: 'go', from: m.from, index: m.index } : null;
    case 'blank':
      return typeof m.on === 'boolean' ? { type: 'blank', from: m.from, on: m.on } : null;
    case 'timer':
      return isTime(m.startedAt) ? { type: 'timer', from: m.from, startedAt: m.startedAt } : null;
    case 'bye':
      return { type: 'bye', from: m.from };
    default:
      return null;
  }
}

/** What a window does with a message: its new state, a reply to post, and whether the other window is there. */
export interface Received {
  state: DeckState;
  reply?: DeckMessage;
  /** True once the other window has spoken, false when it said goodbye, undefined otherwise. */
  peer?: boolean;
}

/** The earlier of two clock starts: the session began when the first window started it. */
function earlier(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * Applies a message from the other window. The audience window owns the slide and the
 * black screen (the speaker window follows its state and sends it `go`/`blank` wishes);
 * the clock keeps the earliest start either window knows, unless someone restarts it.
 */
export function receive(role: Role, state: DeckState, message: DeckMessage, total: number): Received {
  if (message.from === role) return { state };
  const clamp = (i: number) => Math.min(Math.max(i, 0), Math.max(total - 1, 0));
  switch (message.type) {
    case 'state': {
      const startedAt = earlier(state.startedAt, message.startedAt);
      const next: DeckState =
        role === 'speaker'
          ? { index: clamp(message.index), blank: message.blank, startedAt }
          : { ...state, startedAt };
      // Answer a question, or tell the other window about an earlier clock start it lacks.
      const tell = message.ask || startedAt !== message.startedAt;
      return { state: next, peer: true, reply: tell ? { type: 'state', from: role, ...next } : undefined };
    }
    case 'go':
      return { state: { ...state, index: clamp(message.index) }, peer: true };
    case 'blank':
      return { state: { ...state, blank: message.on }, peer: true };
    case 'timer':
      return { state: { ...state, startedAt: message.startedAt }, peer: true };
    case 'bye':
      return { state, peer: false };
  }
}
