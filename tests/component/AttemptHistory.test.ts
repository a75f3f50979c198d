import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AssessmentApp from '../../src/islands/assessment/AssessmentApp.svelte';
import AttemptsOverview from '../../src/islands/assessment/AttemptsOverview.svelte';
import { addAttempt, attemptHistory, saveDraft } from '../../src/lib/state/attempts';
import { newDraft, toAttempt } from '../../src/lib/assessments/session';
import { checkAsAssessment } from '../../src/lib/assessments/checks';
import { packAssessment } from '../../src/lib/assessments/light';
import type { Assessment } from '../../src/lib/assessments/types';
import { choice, likert } from '../unit/assessments/fixtures';
import { cleanAttemptStores } from './clean-attempt-stores';

cleanAttemptStores(likert.id, choice.id, 'check-swot');

/** Stores a finished likert attempt taken on 2026-11-<day>. */
function take(id: string, day: number, answers: Record<string, number>) {
  const draft = { ...newDraft(likert, 's'), answers };
  addAttempt(likert.id, toAttempt(likert, draft, id, new Date(2026, 10, day, 9, 30).toISOString()));
}

beforeEach(() => {
  take('first', 2, { i1: 2, i2: 4, i3: 2, i4: 2 });
  take('second', 9, { i1: 4, i2: 2, i3: 3, i4: 2 });
});

/**
 * 我的学习's overview as the page mounts it: the light assessments as props, the full ones
 * served from the data file the island fetches when a result or comparison is opened.
 */
function renderOverview(assessments: Assessment[]) {
  const fetched = vi.fn(async () => ({ ok: true, json: async () => assessments }));
  vi.stubGlobal('fetch', fetched);
  render(AttemptsOverview, {
    assessments: assessments.map(packAssessment),
    detailsUrl: '/assessment-data.json',
    level: 2,
  });
  return fetched;
}

async function openHistory() {
  const user = userEvent.setup();
  render(AssessmentApp, { assessment: likert });
  // The result view loads on demand; the island is ready once it is in.
  await user.click(await screen.findByRole('button', { name: '历史记录（2 次）' }));
  return user;
}

describe('attempt history', () => {
  it('opens on the latest result when attempts exist, and lists every attempt with its date and score', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: likert });
    expect(await screen.findByRole('heading', { name: '你的结果 · 量表' })).toBeInTheDocument();
    expect(screen.getByText('作答时间：2026年11月9日 09:30')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '历史记录（2 次）' }));
    const list = screen.getByRole('table', { name: /历次作答/ });
    const rows = within(list).getAllByRole('row').slice(1);
    // Latest first, each named by its date and time.
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/2026年11月9日 09:30.*13 \/ 20 · 中/),
      expect.stringMatching(/2026年11月2日 09:30.*8 \/ 20 · 低/),
    ]);
  });

  it('views an earlier attempt', async () => {
    const user = await openHistory();
    await user.click(screen.getByRole('button', { name: '查看 2026年11月2日 09:30 的作答' }));
    expect(await screen.findByText('作答时间：2026年11月2日 09:30')).toBeInTheDocument();
    await vi.waitFor(() => expect(document.activeElement).toHaveTextContent('你的结果'));
  });

  it('draws the trend of the total and of a chosen dimension', async () => {
    const user = await openHistory();
    expect(
      screen.getByRole('img', {
        name: /变化趋势：总分 总分在各次作答中的变化：2026年11月2日 09:30 8，2026年11月9日 09:30 13。比第一次提高了 5。/,
      }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '显示' }), '专注');
    expect(
      screen.getByRole('img', {
        name: /专注在各次作答中的变化：2026年11月2日 09:30 2\.0，2026年11月9日 09:30 4\.0。比第一次提高了 2\.0/,
      }),
    ).toBeInTheDocument();
  });

  it('compares any two attempts side by side', async () => {
    take('third', 16, { i1: 1, i2: 5, i3: 1, i4: 1 });
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: likert });
    await user.click(await screen.findByRole('button', { name: '历史记录（3 次）' }));
    const scores = () => screen.getByRole('table', { name: /对比两次作答：/ });
    expect(within(scores()).getByRole('row', { name: /总分 13 \/ 20 4 \/ 20 −9/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '作答 A' }), 'first');
    expect(within(scores()).getByRole('row', { name: /总分 8 \/ 20 4 \/ 20 −4/ })).toBeInTheDocument();
    const answers = screen.getByRole('table', { name: '逐题对比' });
    expect(within(answers).getByRole('row', { name: /题1 2分（2） 1分（1） ↓ 变差/ })).toBeInTheDocument();
    // 题2 is reverse-scored: agreeing more with a bad habit is worse.
    expect(within(answers).getByRole('row', { name: /题2 4分（4） 5分（5） ↓ 变差/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '只看有变化的题' }));
    expect(within(answers).getAllByRole('row')).toHaveLength(1 + 4);
    await user.selectOptions(screen.getByRole('combobox', { name: '作答 B' }), 'first');
    expect(screen.getByText('请选择两次不同的作答。')).toBeInTheDocument();
  });

  it('deletes an attempt and puts it back with undo', async () => {
    const user = await openHistory();
    await user.click(screen.getByRole('button', { name: '删除 2026年11月2日 09:30 的作答' }));
    expect(
      attemptHistory(likert.id)
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['second']);
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('已删除'))!;
    expect(status).toHaveTextContent('已删除 2026年11月2日 09:30 的作答。');
    // The remaining attempt keeps its name.
    expect(screen.getByRole('button', { name: '删除 2026年11月9日 09:30 的作答' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '历史记录（1 次）' })).toBeInTheDocument();
    const undo = within(status).getByRole('button', { name: '撤销删除' });
    expect(document.activeElement).toBe(undo);
    await user.click(undo);
    expect(
      attemptHistory(likert.id)
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['first', 'second']);
    expect(screen.getByText('已恢复这次作答。')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^删除 .* 的作答$/ })).toHaveLength(2);
  });

  it('keeps the undo when the last attempt is deleted', async () => {
    const user = await openHistory();
    await user.click(screen.getByRole('button', { name: '删除 2026年11月2日 09:30 的作答' }));
    await user.click(screen.getByRole('button', { name: '删除 2026年11月9日 09:30 的作答' }));
    expect(screen.getByText('还没有作答记录。做完一次就会出现在这里。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤销删除' }));
    expect(
      attemptHistory(likert.id)
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['second']);
  });

  it('starts a new attempt on retake and keeps the earlier ones', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: likert });
    await user.click((await screen.findAllByRole('button', { name: '再测一次' }))[0]!);
    expect(screen.getByText('已答 0 / 4 题')).toBeInTheDocument();
    for (const name of ['题1', '题2', '题3', '题4'])
      await user.click(
        within(screen.getByRole('group', { name: new RegExp(`${name}$`) })).getByRole('radio', {
          name: '3分',
        }),
      );
    await user.click(screen.getByRole('button', { name: '提交并查看结果' }));
    expect(attemptHistory(likert.id).get().attempts).toHaveLength(3);
    expect(screen.getByRole('button', { name: '历史记录（3 次）' })).toBeInTheDocument();
  });
});

describe('the overview for 我的学习', () => {
  it('lists every assessment with its attempts and a link to take it again', async () => {
    saveDraft(choice.id, { ...newDraft(choice, 's'), answers: { c1: 0 } });
    const check = checkAsAssessment('swot', '第二讲 知识检测', [
      { id: 'q1', prompt: '问题', options: ['甲', '乙'], answer: 1, explanation: '因为' },
    ]);
    addAttempt(check.id, {
      id: 'k',
      at: new Date(2026, 10, 3).toISOString(),
      answers: { q1: 0 },
      score: 0,
      max: 1,
    });
    const user = userEvent.setup();
    const fetched = renderOverview([likert, choice, check]);

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '量表',
      '画像',
      '第二讲 知识检测',
    ]);
    // Each assessment lists its attempts in a task of its own, just after the first render.
    await vi.waitFor(() => expect(screen.getAllByRole('link', { name: '再测一次' })).toHaveLength(2));
    expect(screen.getAllByRole('link', { name: '再测一次' })[0]).toHaveAttribute(
      'href',
      '/units/communication/#exercise-likert',
    );
    expect(screen.getByRole('link', { name: '去作答' })).toHaveAttribute(
      'href',
      '/units/communication/#exercise-choice',
    );
    expect(screen.getByText('有一次作答还没完成，回到课程里可以接着做。')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '再测一次' })[1]).toHaveAttribute(
      'href',
      '/units/swot/#knowledge-check',
    );

    const checkSection = screen.getByRole('heading', { name: '第二讲 知识检测' }).closest('section')!;
    // The list needs no wording; the result reads it, once.
    expect(fetched).not.toHaveBeenCalled();
    await user.click(within(checkSection).getByRole('button', { name: '查看 2026年11月3日 00:00 的作答' }));
    expect(
      await within(checkSection).findByText('答对 0 / 1 题', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(within(checkSection).getByText('你的答案：甲')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '删除 2026年11月9日 09:30 的作答' }));
    expect(
      attemptHistory(likert.id)
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['first']);
    await user.click(screen.getByRole('button', { name: '撤销删除' }));
    expect(
      attemptHistory(likert.id)
        .get()
        .attempts.map((a) => a.id),
    ).toEqual(['first', 'second']);
  });
});

describe('我的学习 with a year of attempts', () => {
  /** Stores `n` attempts, one a day from 2025-12-01, straight into the history. */
  function many(n: number) {
    const attempts = Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      at: new Date(2025, 11, 1 + i, 20, 15).toISOString(),
      answers: { i1: 1 + (i % 5), i2: 3, i3: 3, i4: 3 },
      score: 12,
      max: 20,
      dimensions: { a: 3, b: 3 },
    }));
    attemptHistory(likert.id).set({ attempts });
  }

  it('lists the latest five until 显示全部, and builds the trend and the comparison only when opened', async () => {
    many(1000);
    const user = userEvent.setup();
    renderOverview([likert]);
    const list = await screen.findByRole('table', { name: /历次作答/ });
    const rows = () => within(list).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(5);
    expect(rows()[0]).toHaveTextContent(new Date(2025, 11, 1 + 999, 20, 15).getDate() + '日 20:15');
    expect(screen.getByText('共 1000 次作答，这里列出最近的 5 次。')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /变化趋势/ })).not.toBeInTheDocument();
    expect(document.body.querySelectorAll('*').length).toBeLessThan(400);

    await user.click(screen.getByRole('button', { name: '查看变化趋势' }));
    const chart = screen.getByRole('img', { name: /变化趋势：总分（最近 12 次）/ });
    expect(chart.querySelectorAll('circle')).toHaveLength(12);
    await user.click(screen.getByRole('button', { name: '对比两次作答' }));
    expect(await screen.findByRole('combobox', { name: '作答 A' })).toBeInTheDocument();
    // The comparison shows the items' wording, read from the full data.
    expect(screen.getByRole('table', { name: '逐题对比' })).toHaveTextContent(likert.items[0]!.text);

    await user.click(screen.getByRole('button', { name: '显示全部 1000 次作答' }));
    expect(rows()).toHaveLength(1000);
    await user.click(screen.getByRole('button', { name: '只显示最近 5 次' }));
    expect(rows()).toHaveLength(5);
  });

  it('does not call all five modes the most used when they tie', async () => {
    attemptHistory(choice.id).set({
      attempts: [
        {
          id: 't',
          at: new Date(2026, 10, 5, 9).toISOString(),
          answers: {},
          score: 0,
          max: 0,
          dimensions: { x: 1, y: 1, z: 1 },
        },
      ],
    });
    renderOverview([choice]);
    const list = await screen.findByRole('table', { name: /历次作答/ });
    expect(list).toHaveTextContent('各种模式用得一样多');
    expect(list).not.toHaveTextContent('最常用');
  });
});
