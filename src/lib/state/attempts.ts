import * as z from './shape';
import { openDocument, type DocType, type DocumentStore } from './document';
import { registerDocType } from './registry';
import { storage } from './instance';
import { PREFIX } from './storage';
import { newId } from '../ids';

/** One finished attempt at a quiz or self-test. */
export interface Attempt {
  id: string;
  /** ISO time of submission. */
  at: string;
  /** Answer per item id (an option index or a scale value). */
  answers: Record<string, number>;
  /** Order the items were shown in, when shuffled. */
  order?: string[] | undefined;
  score: number;
  max: number;
  /** Score per dimension, for self-tests. */
  dimensions?: Record<string, number> | undefined;
  /** 'other' when a colleague rated the learner (a self-test's other-rater wording). */
  rater?: string | undefined;
}

/** Every attempt at one assessment, and the unfinished one, if any. */
export interface AttemptHistory {
  attempts: Attempt[];
  draft?:
    | {
        startedAt: string;
        answers: Record<string, number>;
        order?: string[] | undefined;
        position?: number | undefined;
      }
    | undefined;
}

const record = z.record(z.number());

export const attemptHistoryType: DocType<AttemptHistory> = {
  label: '测验与自测记录',
  version: 1,
  schema: z.object({
    attempts: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        answers: record,
        order: z.optional(z.array(z.string())),
        score: z.number(),
        max: z.number(),
        dimensions: z.optional(record),
        rater: z.optional(z.string()),
      }),
    ),
    draft: z.optional(
      z.object({
        startedAt: z.string(),
        answers: record,
        order: z.optional(z.array(z.string())),
        position: z.optional(z.number()),
      }),
    ),
  }),
  initial: () => ({ attempts: [] }),
};

registerDocType('attempts:', attemptHistoryType);

export const attemptsKey = (assessmentId: string) => `${PREFIX}attempts:${assessmentId}`;

export function attemptHistory(assessmentId: string): DocumentStore<AttemptHistory> {
  return openDocument(attemptHistoryType, attemptsKey(assessmentId), storage);
}

/** A new attempt's id. */
export const newAttemptId = (now: number = Date.now()): string => newId('', now);

/** Saves the answers given so far, so a reload resumes the attempt. */
export function saveDraft(assessmentId: string, draft: NonNullable<AttemptHistory['draft']>): void {
  const store = attemptHistory(assessmentId);
  store.set({ ...store.get(), draft });
}

/** Records a finished attempt and clears the draft. */
export function addAttempt(assessmentId: string, attempt: Attempt): void {
  const store = attemptHistory(assessmentId);
  store.set({ attempts: [...store.get().attempts, attempt] });
}

/** Removes an attempt and returns what is needed to put it back. */
export function deleteAttempt(
  assessmentId: string,
  attemptId: string,
): { attempt: Attempt; index: number } | undefined {
  const store = attemptHistory(assessmentId);
  const history = store.get();
  const index = history.attempts.findIndex((a) => a.id === attemptId);
  if (index < 0) return undefined;
  const attempt = history.attempts[index]!;
  store.set({ ...history, attempts: history.attempts.filter((a) => a.id !== attemptId) });
  return { attempt, index };
}

/** Puts a deleted attempt back where it was. */
export function restoreAttempt(assessmentId: string, removed: { attempt: Attempt; index: number }): void {
  const store = attemptHistory(assessmentId);
  const history = store.get();
  if (history.attempts.some((a) => a.id === removed.attempt.id)) return;
  const attempts = [...history.attempts];
  attempts.splice(Math.min(removed.index, attempts.length), 0, removed.attempt);
  store.set({ ...history, attempts });
}

/** Attempts oldest first (the order of the trend and of the numbering). */
export function byDate(attempts: readonly Attempt[]): Attempt[] {
  // ISO times in UTC order as plain strings; localeCompare's collation is many times slower.
  return [...attempts].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/** The best and the latest attempt (by score, then by date). */
export function bestAndLast(attempts: readonly Attempt[]): {
  best?: Attempt | undefined;
  last?: Attempt | undefined;
} {
  const sorted = byDate(attempts);
  const best = sorted.reduce<Attempt | undefined>(
    (top, a) => (!top || a.score / (a.max || 1) > top.score / (top.max || 1) ? a : top),
    undefined,
  );
  return { best, last: sorted.at(-1) };
}
