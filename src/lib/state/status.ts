import { storage } from './instance';
import { draftKey } from './drafts';
import { readEnvelopeTime, readValue } from './document';
import { attemptHistoryType, attemptsKey } from './attempts';

/** How far the learner is with one exercise, as 我的学习 lists it. */
export type ExerciseStatus =
  | { kind: 'saved'; at: number }
  | { kind: 'taken'; count: number; lastAt: string }
  | { kind: 'in-progress' }
  | { kind: 'not-started' };

/**
 * Reads an exercise's status from its stored record without opening its store: the time
 * of its last save for a draft, the attempts for a quiz or self-test.
 */
export function exerciseStatus(id: string, stores: 'draft' | 'attempts'): ExerciseStatus {
  if (stores === 'draft') {
    const at = readEnvelopeTime(storage.getItem(draftKey(id)));
    return at ? { kind: 'saved', at } : { kind: 'not-started' };
  }
  const history = readValue(attemptHistoryType, storage.getItem(attemptsKey(id)));
  if (history.status !== 'ok') return { kind: 'not-started' };
  const { attempts, draft } = history.value;
  const last = attempts.at(-1);
  if (last) return { kind: 'taken', count: attempts.length, lastAt: last.at };
  return draft ? { kind: 'in-progress' } : { kind: 'not-started' };
}
