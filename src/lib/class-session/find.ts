import { checkCode, type CheckedCode, type RejectReason } from './code';
import type { Activity } from './activities';

/** Largest paste read at once: a day of a busy class chat is far below this. */
export const MAX_PASTE_CHARS = 1_000_000;

/** Candidate codes in any text: the magic, then the code's own characters. */
const CANDIDATE = /KT\d+-[0-9A-Z.-]+/gi;

/** Every code-looking run of characters in `text`, in order, trailing `.`/`-` trimmed (sentence ends). */
export function findCandidates(text: string): string[] {
  return Array.from(text.matchAll(CANDIDATE), (m) => m[0].replace(/[.-]+$/, ''));
}

export interface PasteReading {
  codes: CheckedCode[];
  /** How many candidates were refused, by reason. */
  rejected: Partial<Record<RejectReason, number>>;
  /** Set when the paste itself could not be read. */
  problem?: 'empty' | 'too-large' | 'none-found' | undefined;
}

/**
 * Finds and checks every code in a pasted chat log. Chat noise around and between codes is
 * ignored; codes that look like ours but fail a check are counted by reason.
 */
export function readPaste(text: string, session: string, activities: readonly Activity[]): PasteReading {
  if (!text.trim()) return { codes: [], rejected: {}, problem: 'empty' };
  if (text.length > MAX_PASTE_CHARS) return { codes: [], rejected: {}, problem: 'too-large' };
  const codes: CheckedCode[] = [];
  const rejected: PasteReading['rejected'] = {};
  const candidates = findCandidates(text);
  for (const candidate of candidates) {
    const checked = checkCode(candidate, session, activities);
    if (checked.ok) codes.push(checked.code);
    else rejected[checked.reason] = (rejected[checked.reason] ?? 0) + 1;
  }
  return { codes, rejected, problem: candidates.length ? undefined : 'none-found' };
}
