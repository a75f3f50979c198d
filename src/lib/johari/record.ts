/**
 * The learner's window as stored: their picks, their request, the replies received, the
 * model's two controls and their notes. Plain functions that return a new record; the
 * store module saves it.
 */
import { decodeReplies, type DecodeError, type JohariReply } from './codec';
import { LEVELS } from './panes';
import { MAX_NAME_LENGTH } from './rules';
import { learnerName } from '../scorm/host';

/** One peer's reply as kept. */
export interface StoredReply {
  replyId: string;
  traits: number[];
  /** ISO time it was added. */
  addedAt: string;
}

export interface JohariRecord {
  /** Name or nickname the request link shows. */
  name: string;
  /** Trait ids the learner picked for themselves. */
  self: number[];
  /** The request id, made when the learner first asks for a link ('' until then). */
  requestId: string;
  replies: StoredReply[];
  /** The model's controls, 0…LEVELS. */
  disclosure: number;
  feedback: number;
  /** 面具访谈 notes: the mask worn at work, and what is behind it. */
  mask: { face: string; behind: string };
  /** Reflection on one blind-pane trait. */
  reflection: { trait: number | null; seen: string; meaning: string; action: string };
}

/** A blank window; in an LMS the name starts as the learner's. */
export function blankRecord(): JohariRecord {
  return {
    name: learnerName().slice(0, MAX_NAME_LENGTH),
    self: [],
    requestId: '',
    replies: [],
    disclosure: Math.round(LEVELS * 0.3),
    feedback: Math.round(LEVELS * 0.3),
    mask: { face: '', behind: '' },
    reflection: { trait: null, seen: '', meaning: '', action: '' },
  };
}

/** What happened to one pasted code. */
export type ReceiveStatus =
  | 'added'
  | 'replaced' // the same peer (same reply id) sent a changed answer: the new one replaces the old
  | 'duplicate' // this exact reply is already there
  | 'other-request' // answers a different request
  | 'no-request' // the learner has no request yet, so nothing can match
  | 'unknown-traits' // names traits this site's list does not have
  | DecodeError;

export interface ReceiveResult {
  status: ReceiveStatus;
  /** The code as found in the pasted text (may be '' for empty input). */
  code: string;
  /** For added or replaced replies: the traits it holds. */
  traits?: number[];
}

const sameTraits = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Reads every reply in a pasted text and adds the good ones. The record is returned
 * unchanged (the same object) when nothing was added, so bad input never alters it.
 */
export function receiveReplies(
  record: JohariRecord,
  text: string,
  knownTraits: ReadonlySet<number>,
  now: string = new Date().toISOString(),
): { record: JohariRecord; results: ReceiveResult[] } {
  const results: ReceiveResult[] = [];
  let replies = record.replies;
  for (const decoded of decodeReplies(text)) {
    if (!decoded.ok) {
      results.push({ status: decoded.error, code: decoded.code });
      continue;
    }
    const reply: JohariReply = decoded.value;
    const code = decoded.code;
    if (!record.requestId) results.push({ status: 'no-request', code });
    else if (reply.requestId !== record.requestId) results.push({ status: 'other-request', code });
    else if (reply.traits.some((id) => !knownTraits.has(id)))
      results.push({ status: 'unknown-traits', code });
    else {
      const stored: StoredReply = { replyId: reply.replyId, traits: reply.traits, addedAt: now };
      const index = replies.findIndex((r) => r.replyId === reply.replyId);
      if (index === -1) {
        replies = [...replies, stored];
        results.push({ status: 'added', code, traits: reply.traits });
      } else if (sameTraits(replies[index]!.traits, reply.traits)) {
        results.push({ status: 'duplicate', code });
      } else {
        replies = replies.map((r, i) => (i === index ? stored : r));
        results.push({ status: 'replaced', code, traits: reply.traits });
      }
    }
  }
  return { record: replies === record.replies ? record : { ...record, replies }, results };
}

/** The record without one reply, and what is needed to put it back. */
export function removeReply(
  record: JohariRecord,
  replyId: string,
): { record: JohariRecord; removed?: { reply: StoredReply; index: number } } {
  const index = record.replies.findIndex((r) => r.replyId === replyId);
  if (index === -1) return { record };
  return {
    record: { ...record, replies: record.replies.filter((_, i) => i !== index) },
    removed: { reply: record.replies[index]!, index },
  };
}

/** Puts a removed reply back where it was (unless it has come back some other way). */
export function restoreReply(
  record: JohariRecord,
  removed: { reply: StoredReply; index: number },
): JohariRecord {
  if (record.replies.some((r) => r.replyId === removed.reply.replyId)) return record;
  const replies = [...record.replies];
  replies.splice(Math.min(removed.index, replies.length), 0, removed.reply);
  return { ...record, replies };
}

/** Adds or removes one pick, ascending; adding past `max` returns the same list. */
export function togglePick(picks: readonly number[], id: number, max: number): readonly number[] {
  if (picks.includes(id)) return picks.filter((t) => t !== id);
  if (picks.length >= max) return picks;
  return [...picks, id].sort((a, b) => a - b);
}
