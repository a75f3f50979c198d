// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { closeAllDocuments } from '../../../src/lib/state/document';
import {
  addAttempt,
  attemptHistory,
  deleteAttempt,
  newAttemptId,
  restoreAttempt,
  saveDraft,
} from '../../../src/lib/state/attempts';

beforeEach(() => {
  localStorage.clear();
  closeAllDocuments();
});

const attempt = (id: string, score: number) => ({
  id,
  at: `2026-11-0${score}T00:00:00.000Z`,
  answers: {},
  score,
  max: 10,
});

describe('attempt history', () => {
  it('keeps an unfinished attempt across a reload, and drops it when submitted', () => {
    saveDraft('listening', { startedAt: 'now', answers: { l1: 4 } });
    closeAllDocuments();
    expect(attemptHistory('listening').get().draft?.answers).toEqual({ l1: 4 });
    addAttempt('listening', attempt('a', 1));
    expect(attemptHistory('listening').get()).toEqual({ attempts: [attempt('a', 1)] });
  });

  it('deletes an attempt and puts it back in its place on undo', () => {
    ['a', 'b', 'c'].forEach((id, i) => addAttempt('t', attempt(id, i + 1)));
    const removed = deleteAttempt('t', 'b')!;
    expect(
      attemptHistory('t')
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['a', 'c']);
    restoreAttempt('t', removed);
    restoreAttempt('t', removed);
    expect(
      attemptHistory('t')
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['a', 'b', 'c']);
  });

  it('gives every attempt its own id', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newAttemptId(1)));
    expect(ids.size).toBe(500);
  });
});
