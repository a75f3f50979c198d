import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import KnowledgeCheck from '../../src/islands/knowledge-check/KnowledgeCheck.svelte';
import { attemptHistory } from '../../src/lib/state/attempts';
import { cleanAttemptStores, reloadAttemptStores } from './clean-attempt-stores';

cleanAttemptStores('check-swot');

const questions = [
  {
    id: 'q1',
    prompt: '优势属于哪一类因素？',
    options: ['内部', '外部'],
    answer: 0,
    explanation: '优势是内部因素。',
    objective: 3,
  },
  {
    id: 'q2',
    prompt: '机会属于哪一类因素？',
    options: ['内部', '外部'],
    answer: 1,
    explanation: '机会是外部因素。',
    objective: 3,
  },
];

/** Picks one option per question, in order. */
async function answer(user: ReturnType<typeof userEvent.setup>, picks: string[]) {
  for (const [i, pick] of picks.entries())
    await user.click(within(screen.getAllByRole('group')[i]!).getByRole('radio', { name: pick }));
}

describe('knowledge check', () => {
  it('still asks for every answer, explains each and scores the check', async () => {
    const user = userEvent.setup();
    render(KnowledgeCheck, { unitId: 'swot', questions });
    await user.click(screen.getAllByRole('radio', { name: '内部' })[0]!);
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByRole('alert')).toHaveTextContent('还有 1 道题没有作答：第 2 题。');
    expect(attemptHistory('check-swot').get().attempts).toEqual([]);
    await user.click(screen.getAllByRole('radio', { name: '内部' })[1]!);
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByText('得分：1 / 2')).toBeInTheDocument();
    expect(screen.getByText('机会是外部因素。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '再做一次' })).toBeInTheDocument();
  });

  it('records each submitted attempt and shows the last and the best score', async () => {
    const user = userEvent.setup();
    render(KnowledgeCheck, { unitId: 'swot', questions });
    expect(screen.queryByText(/上次得分/)).not.toBeInTheDocument();
    await answer(user, ['内部', '外部']);
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(attemptHistory('check-swot').get().attempts).toMatchObject([
      { score: 2, max: 2, answers: { q1: 0, q2: 1 } },
    ]);
    // This attempt is not "the last one" yet while its result is on screen.
    expect(screen.queryByText(/上次得分/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '再做一次' }));
    expect(screen.getByText(/上次得分/)).toHaveTextContent(/^上次得分 2 \/ 2（.+）。$/);
    await answer(user, ['外部', '外部']);
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByText(/上次得分/)).toHaveTextContent(
      /^上次得分 2 \/ 2（\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d）。$/,
    );
    reloadAttemptStores('check-swot');

    render(KnowledgeCheck, { unitId: 'swot', questions });
    expect(screen.getByText(/上次得分/)).toHaveTextContent(/^上次得分 1 \/ 2（.+），最好成绩 2 \/ 2。$/);
    expect(
      attemptHistory('check-swot')
        .get()
        .attempts.map((a) => a.score),
    ).toEqual([2, 1]);
  });

  it('marks right and wrong answers in words, and starts afresh on retry', async () => {
    const user = userEvent.setup();
    render(KnowledgeCheck, { unitId: 'swot', questions });
    await answer(user, ['内部', '内部']);
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    const [first, second] = screen.getAllByRole('group');
    expect(first).toHaveTextContent('✓ 回答正确。');
    expect(second).toHaveTextContent('✗ 回答有误。');
    expect(within(second!).getByText('正确答案')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '再做一次' }));
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio).toBeEnabled();
      expect(radio).not.toBeChecked();
    }
    expect(screen.queryByText('机会是外部因素。')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交答案' })).toBeInTheDocument();
  });

  it('shuffles the options on every attempt and stores the option chosen, not its position', async () => {
    const user = userEvent.setup();
    const many = [
      { ...questions[0]!, options: ['甲', '乙', '丙', '丁', '戊'], answer: 3 },
      { ...questions[1]!, options: ['内部', '外部'] },
    ];
    render(KnowledgeCheck, { unitId: 'swot', questions: many });
    const shown = () =>
      within(screen.getAllByRole('group')[0]!)
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent!.trim())
        .join('');
    const orders = new Set<string>();
    for (let attempt = 0; attempt < 6; attempt++) {
      orders.add(shown());
      await answer(user, ['丁', '外部']);
      await user.click(screen.getByRole('button', { name: '提交答案' }));
      expect(screen.getByText('得分：2 / 2')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: '再做一次' }));
    }
    // 120 orders of five options: six attempts in one order would mean no shuffle at all.
    expect(orders.size).toBeGreaterThan(1);
    for (const attempt of attemptHistory('check-swot').get().attempts)
      expect(attempt.answers).toEqual({ q1: 3, q2: 1 });
  });
});
