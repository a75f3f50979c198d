// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { closeAllDocuments } from '../../../src/lib/state/document';
import { addAttempt, saveDraft } from '../../../src/lib/state/attempts';
import { exerciseStatus } from '../../../src/lib/state/status';
import { openSwot } from '../../../src/lib/swot/exercise';
import { exerciseStatusText } from '../../../src/lib/my-learning-strings';

beforeEach(() => {
  localStorage.clear();
  closeAllDocuments();
});

describe('exerciseStatus', () => {
  it('says a draft exercise nobody touched is not started', () => {
    expect(exerciseStatus('swot', 'draft')).toEqual({ kind: 'not-started' });
  });

  it('gives the time a draft was last saved', () => {
    const store = openSwot();
    store.set({ ...store.get() });
    const status = exerciseStatus('swot', 'draft');
    expect(status.kind).toBe('saved');
    expect(exerciseStatusText(status)).toMatch(/^已保存 · \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
  });

  it('counts attempts and names the latest', () => {
    const at = new Date(2026, 11, 1, 19, 18).toISOString();
    addAttempt('gap-quiz', { id: 'a', at: '2026-11-01T00:00:00.000Z', answers: {}, score: 1, max: 2 });
    addAttempt('gap-quiz', { id: 'b', at, answers: {}, score: 2, max: 2 });
    expect(exerciseStatusText(exerciseStatus('gap-quiz', 'attempts'))).toBe(
      '已做 2 次 · 最近 2026年12月1日 19:18',
    );
  });

  it('tells an unfinished attempt from one never begun', () => {
    saveDraft('listening-test', { startedAt: 'now', answers: { l1: 4 } });
    expect(exerciseStatus('listening-test', 'attempts')).toEqual({ kind: 'in-progress' });
    expect(exerciseStatus('conflict-test', 'attempts')).toEqual({ kind: 'not-started' });
  });

  it('treats an unreadable record as not started rather than failing', () => {
    localStorage.setItem('cs-course:attempts:gap-quiz', '{broken');
    expect(exerciseStatus('gap-quiz', 'attempts')).toEqual({ kind: 'not-started' });
  });
});
