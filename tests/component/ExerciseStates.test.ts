import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import ExerciseStates from '../../src/islands/my-learning/ExerciseStates.svelte';
import { addAttempt, saveDraft } from '../../src/lib/state/attempts';
import { storage } from '../../src/lib/state';
import { draftKey } from '../../src/lib/state/drafts';
import { formatDateTime } from '../../src/lib/format';
import { cleanAttemptStores } from './clean-attempt-stores';

cleanAttemptStores('quiz-a', 'quiz-b');
afterEach(() => localStorage.clear());

const item = (id: string, stores: 'draft' | 'attempts', title: string) => ({
  id,
  stores,
  title,
  unitLabel: '第一讲 测试',
  href: `/units/x/#exercise-${id}`,
});

const row = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

describe('我的学习: the exercise list', () => {
  it('says for each exercise whether it is saved, taken, half done or not started', async () => {
    const saved = Date.UTC(2026, 10, 20, 8, 5);
    storage.setItem(draftKey('sheet'), JSON.stringify({ v: 1, t: saved, d: { text: '草稿' } }));
    const at = new Date(2026, 10, 21, 9, 30).toISOString();
    addAttempt('quiz-a', { id: 'x', at, answers: { q: 1 }, score: 1, max: 1 });
    addAttempt('quiz-a', { id: 'y', at, answers: { q: 0 }, score: 0, max: 1 });
    saveDraft('quiz-b', { startedAt: at, answers: { q: 1 } });

    render(ExerciseStates, {
      exercises: [
        item('sheet', 'draft', '目标工作表'),
        item('blank', 'draft', '复盘工作表'),
        item('quiz-a', 'attempts', '五大差距测验'),
        item('quiz-b', 'attempts', '倾听能力自测'),
      ],
    });

    expect(within(row('目标工作表')).getByText(`已保存 · ${formatDateTime(saved)}`)).toBeInTheDocument();
    expect(within(row('复盘工作表')).getByText('未开始')).toBeInTheDocument();
    // The attempts are checked a moment later, each in a task of its own.
    expect(
      await within(row('五大差距测验')).findByText(`已做 2 次 · 最近 ${formatDateTime(at)}`),
    ).toBeInTheDocument();
    expect(await within(row('倾听能力自测')).findByText('做到一半')).toBeInTheDocument();
  });
});
