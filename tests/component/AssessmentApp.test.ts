import { vi, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AssessmentApp from '../../src/islands/assessment/AssessmentApp.svelte';
import { attemptHistory } from '../../src/lib/state/attempts';
import { loadAssessment } from '../../src/lib/assessments/load';
import { likert, quiz } from '../unit/assessments/fixtures';
import type { LikertAssessment } from '../../src/lib/assessments/types';
import { cleanAttemptStores, reloadAttemptStores } from './clean-attempt-stores';

cleanAttemptStores(likert.id, quiz.id, 'listening-test');

/** The radio group of the item whose text ends with `text`. */
const item = (text: string) => screen.getByRole('group', { name: new RegExp(`${text}$`) });
const choose = (user: ReturnType<typeof userEvent.setup>, text: string, option: string) =>
  user.click(within(item(text)).getByRole('radio', { name: option }));

/** A fresh page load: the stores are reopened from storage. */
const reload = () => reloadAttemptStores(likert.id, quiz.id);
/** The item fieldsets of the test on screen (not the 谁来作答 switch). */
const itemGroups = () =>
  screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET' && !g.classList.contains('rater'));

describe('taking a self-test', () => {
  it('counts answers, refuses to submit with gaps and points at each one', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: likert });
    expect(screen.getByText('已答 0 / 4 题')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '作答进度' })).toHaveAttribute('value', '0');
    await choose(user, '题1', '5分');
    await choose(user, '题3', '2分');
    expect(screen.getByText('已答 2 / 4 题')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '提交并查看结果' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('还有 2 道题没有作答');
    expect(
      within(alert)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['第 2 题', '第 4 题']);
    expect(item('题2')).toHaveAccessibleDescription('这道题还没有作答。');
    expect(item('题1')).not.toHaveAccessibleDescription();
    expect(attemptHistory(likert.id).get().attempts).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: '第 4 题' }));
    expect(document.activeElement).toHaveTextContent('题4');
    await choose(user, '题4', '4分');
    expect(screen.getByRole('alert')).toHaveTextContent('还有 1 道题没有作答');
  });

  it('shows the total, the band, each dimension and advice linking to the lecture after submitting', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: likert });
    await choose(user, '题1', '5分');
    await choose(user, '题2', '1分');
    await choose(user, '题3', '2分');
    await choose(user, '题4', '4分');
    await user.click(screen.getByRole('button', { name: '提交并查看结果' }));

    const heading = await screen.findByRole('heading', { name: '你的结果 · 量表' });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('status')).toHaveTextContent('已提交。总分 16 / 20，中。');
    expect(screen.getByText('16 / 20')).toBeInTheDocument();
    expect(screen.getByText('中解读')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('row', { name: /专注\s*5\.0\s*（合计 10）\s*相对优势/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /确认\s*3\.0\s*（合计 6）\s*基本做到/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /各维度得分.*专注 5\.0（相对优势）；确认 3\.0（基本做到）/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '建议优先练习' })).toBeInTheDocument();
    expect(screen.getByText('练习确认')).toBeInTheDocument();
    expect(screen.queryByText('练习专注')).not.toBeInTheDocument();

    const [stored] = attemptHistory(likert.id).get().attempts;
    expect(stored).toMatchObject({
      score: 16,
      max: 20,
      dimensions: { a: 10, b: 6 },
      answers: { i1: 5, i2: 1, i3: 2, i4: 4 },
    });
    expect(attemptHistory(likert.id).get().draft).toBeUndefined();
  });

  it('resumes an unfinished attempt after a reload', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: likert });
    await choose(user, '题1', '3分');
    await choose(user, '题2', '4分');
    reload();

    render(AssessmentApp, { assessment: likert });
    expect(screen.getByText(/已恢复你上次没做完的作答（已答 2 \/ 4 题）/)).toBeInTheDocument();
    expect(within(item('题1')).getByRole('radio', { name: '3分' })).toBeChecked();
    expect(within(item('题2')).getByRole('radio', { name: '4分' })).toBeChecked();
    expect(within(item('题3')).getByRole('radio', { name: '3分' })).not.toBeChecked();
  });

  it('turns the pages one item at a time and remembers where the learner was', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: likert });
    expect(screen.getByText('第 1 题，共 4 题')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /下一题/ }));
    await user.click(screen.getByRole('button', { name: /下一题/ }));
    expect(screen.getByText('第 3 题，共 4 题')).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('题3');
    reload();
    render(AssessmentApp, { assessment: likert });
    expect(screen.getByText('第 3 题，共 4 题')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /上一题/ })).toBeEnabled();
  });

  it('takes the real listening self-test from its data file', async () => {
    const listening = loadAssessment('listening-test') as LikertAssessment;
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: listening });
    for (const group of itemGroups()) await user.click(within(group).getByRole('radio', { name: '经常' }));
    await user.click(screen.getByRole('button', { name: '提交并查看结果' }));
    const reverse = listening.items.filter((i) => i.reverse).length;
    const total = 4 * (listening.items.length - reverse) + 2 * reverse;
    expect(screen.getByText(`${total} / ${listening.items.length * 5}`)).toBeInTheDocument();
    // Two reverse items in every dimension: 经常 throughout scores each dimension alike.
    expect(screen.getByText(/^不打断、不评判$/, { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/^确认与反馈$/, { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '倾听的层次' })[0]).toHaveAttribute(
      'href',
      '/units/communication/#%E5%80%BE%E5%90%AC%E7%9A%84%E5%B1%82%E6%AC%A1',
    );
  });
});

describe('a colleague rating the learner', () => {
  it('asks the same items in 他/她 wording and files the attempt as 同事评价', async () => {
    const listening = loadAssessment('listening-test') as LikertAssessment;
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: listening });
    expect(screen.getByText(listening.items[0]!.text)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '请同事为我打分（他人评价）' }));
    expect(screen.getByText(listening.items[0]!.other!)).toBeInTheDocument();
    expect(screen.queryByText(listening.items[0]!.text)).not.toBeInTheDocument();
    expect(screen.getByText(listening.otherIntro![0]!)).toBeInTheDocument();
    for (const group of itemGroups()) await user.click(within(group).getByRole('radio', { name: '有时' }));
    await user.click(screen.getByRole('button', { name: '提交并查看结果' }));
    const [attempt] = attemptHistory(listening.id).get().attempts;
    expect(attempt).toMatchObject({ rater: 'other', score: 60 });
    expect(Object.keys(attempt!.answers).sort()).toEqual(listening.items.map((i) => i.id).sort());
    expect(screen.getByText(/这是一位同事为你打的分/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^历史记录/ }));
    expect(await screen.findByText(/^同事评价 · /)).toBeInTheDocument();
    // Twenty items clicked one by one: slow on a loaded machine, not a hang.
  }, 30_000);
});

describe('taking the gap quiz', () => {
  it('explains each confirmed answer with the gap and its remedies, then reviews the mistakes', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: quiz });
    const first = item('情境一');
    const confirm = within(first).getByRole('button', { name: '确认答案' });
    expect(confirm).toBeDisabled();
    await user.click(within(first).getByRole('radio', { name: '差距2' }));
    expect(attemptHistory(quiz.id).get().draft).toBeUndefined();
    await user.click(confirm);
    expect(within(first).getByText('✗ 回答有误。')).toBeInTheDocument();
    expect(within(first).getByText('正确答案：差距1')).toBeInTheDocument();
    expect(within(first).getByText('解析一')).toBeInTheDocument();
    expect(within(first).getByText('练习差距1')).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: /差距3/ })).toBeDisabled();
    expect(attemptHistory(quiz.id).get().draft?.answers).toEqual({ q1: 1 });

    for (const [text, gap] of [
      ['情境二', '差距2'],
      ['情境三', '差距3'],
      ['情境四', '差距1'],
    ]) {
      await user.click(within(item(text!)).getByRole('radio', { name: gap }));
      await user.click(within(item(text!)).getByRole('button', { name: '确认答案' }));
    }
    expect(within(item('情境二')).getByText('✓ 回答正确。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交并查看结果' }));
    expect(screen.getByText('答对 2 / 4 题')).toBeInTheDocument();
    const review = screen.getByRole('heading', { name: '答错的题（2）' }).nextElementSibling as HTMLElement;
    expect(
      within(review)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement === review)
        .map((li) => li.querySelector('p')?.textContent),
    ).toEqual(
      attemptHistory(quiz.id)
        .get()
        .attempts[0]!.order!.filter((id) => id === 'q1' || id === 'q4')
        .map((id) => (id === 'q1' ? '情境一' : '情境四')),
    );
    expect(within(review).getAllByText(/你的答案：差距2|你的答案：差距1/)).toHaveLength(2);
  });

  it('shows the options in a shuffled order that stays the same after a reload', async () => {
    const user = userEvent.setup();
    render(AssessmentApp, { assessment: quiz });
    const order = () =>
      screen.getAllByRole('group').map((g) =>
        within(g)
          .getAllByRole('radio')
          .map((r) => r.closest('label')!.textContent!.trim())
          .join(),
      );
    const questions = () => screen.getAllByRole('group').map((g) => g.querySelector('legend')!.textContent);
    const before = { options: order(), questions: questions() };
    await user.click(within(item('情境一')).getByRole('radio', { name: '差距1' }));
    await user.click(within(item('情境一')).getByRole('button', { name: '确认答案' }));
    reload();
    render(AssessmentApp, { assessment: quiz });
    expect(questions()).toEqual(before.questions);
    expect(order().map((o) => o.replace(/正确答案|你的选择|\s/g, ''))).toEqual(
      before.options.map((o) => o.replace(/\s/g, '')),
    );
  });
});
