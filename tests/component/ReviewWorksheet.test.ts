import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import ReviewWorksheet from '../../src/islands/review-worksheet/ReviewWorksheet.svelte';
import { loadReviewExample, loadReviewPrompts } from '../../src/lib/review-worksheet/load';
import { autosavedIsland } from './autosaved';

const download = vi.hoisted(() => ({
  downloadText: vi.fn(),
  safeFileName: (t: string) => t.trim() || '未命名',
}));
vi.mock('../../src/lib/download', () => download);
const print = vi.hoisted(() => ({ printElement: vi.fn() }));
vi.mock('../../src/lib/print', () => print);

const props = { prompts: loadReviewPrompts(), example: loadReviewExample() };

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  download.downloadText.mockClear();
  print.printElement.mockClear();
});
afterEach(() => vi.useRealTimers());

const { setup, reload } = autosavedIsland(ReviewWorksheet, props);
const stepHeading = () => screen.getByRole('heading', { level: 4, name: /^第 \d 步/ });
const nav = () => screen.getByRole('navigation', { name: '复盘六步' });

describe('the 复盘 worksheet', () => {
  it('walks the six steps in order, each with its Q10 prompts', async () => {
    const user = setup();
    const names: string[] = [];
    const questions: string[] = [];
    for (let i = 0; i < 6; i++) {
      names.push(stepHeading().textContent!.trim());
      questions.push(...[...document.querySelectorAll('.questions li strong')].map((el) => el.textContent!));
      expect(document.activeElement).toBe(i === 0 ? document.body : stepHeading());
      if (i < 5) await user.click(screen.getByRole('button', { name: /^下一步/ }));
    }
    expect(names).toEqual([
      '第 1 步　回顾目标',
      '第 2 步　叙述过程',
      '第 3 步　评估结果',
      '第 4 步　分析原因',
      '第 5 步　推演规律',
      '第 6 步　形成文档',
    ]);
    expect(questions).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10']);
    expect(screen.queryByRole('button', { name: /^下一步/ })).toBeNull();
  });

  it('says which earlier steps are unfinished when the learner jumps ahead, without stopping them', async () => {
    const user = setup();
    await user.click(within(nav()).getByRole('button', { name: /分析原因/ }));
    expect(stepHeading()).toHaveTextContent('分析原因');
    expect(
      screen.getByText(/复盘要按顺序走：前面的「回顾目标」、「叙述过程」、「评估结果」还没完成/),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('根本原因（先找能控制的）'), '退款审核没有时限约定');
    expect(within(nav()).getByRole('button', { name: /分析原因/ })).toHaveTextContent('已完成');
    expect(within(nav()).getByRole('button', { name: /分析原因/ })).toHaveAttribute('aria-current', 'step');
    await user.click(screen.getByRole('button', { name: '回到「回顾目标」' }));
    expect(stepHeading()).toHaveTextContent('回顾目标');
    expect(screen.queryByText(/复盘要按顺序走/)).toBeNull();
    expect(screen.getByText(/这一步还缺：/).closest('p')).toHaveTextContent(
      '写出当初的目标与口径（Q1）；至少添加一个有目标值的指标',
    );
  });

  it('sets each result beside its target with the gap and % of target, and explains bad numbers', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: '添加指标' }));
    await user.type(screen.getByLabelText('指标名称（1）'), '首次响应');
    await user.type(screen.getByLabelText('单位（1）'), '秒');
    await user.type(screen.getByLabelText('目标值（1）'), '30');
    await user.selectOptions(screen.getByLabelText('怎样算好（1）'), 'lower');
    await user.click(within(nav()).getByRole('button', { name: /评估结果/ }));

    const actual = screen.getByLabelText('首次响应 实际（秒）');
    expect(screen.getByText('还没填实际结果。')).toBeInTheDocument();
    await user.type(actual, '三十六');
    expect(actual).toHaveAttribute('aria-invalid', 'true');
    expect(actual).toHaveAccessibleDescription(/「实际结果」里的「三十六」不是数字：请只填数字/);
    await user.clear(actual);
    await user.type(actual, '36');
    expect(actual).toHaveAccessibleDescription('未达成：差 6 秒，为目标的 120%');
    expect(screen.getByText('≤ 30 秒')).toBeInTheDocument();

    reload();
    expect(screen.getByLabelText('首次响应 实际（秒）')).toHaveValue('36');
    expect(stepHeading()).toHaveTextContent('评估结果');
  });

  it('loads the worked example and produces the document to hand in: 梳理表, print and Markdown', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    expect(screen.getByRole('heading', { level: 3, name: /示例：年货节/ })).toBeInTheDocument();
    for (const button of within(nav()).getAllByRole('button')) expect(button).toHaveTextContent('已完成');
    await user.click(within(nav()).getByRole('button', { name: /形成文档/ }));

    const rows = [...document.querySelectorAll('.sheet-table tbody th')].map((th) => th.textContent);
    expect(rows).toEqual(['目标', '结果', '亮点', '不足', '原因', '规律', '行动']);
    expect(
      screen.getAllByText('高峰日人工首次响应：31 秒，未达成（差 6 秒，为目标的 124%）').length,
    ).toBeGreaterThan(0);
    expect(screen.getByText(/规律和行动都已达到研讨要求/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '打印复盘文档（A4）' }));
    expect(print.printElement).toHaveBeenCalledOnce();
    expect(print.printElement.mock.calls[0]![0]).toHaveTextContent('复盘思维梳理表');

    await user.click(screen.getByRole('button', { name: '导出 Markdown' }));
    const [file, text] = download.downloadText.mock.calls[0]!;
    expect(file).toBe('复盘文档-示例：年货节在线客服保障复盘.md');
    expect(text).toContain('## 复盘思维梳理表');
    expect(text).toContain('| 高峰日人工首次响应 | ≤ 25 秒 | 31 秒 | 差 6 秒 | 124% | 未达成 |');
  });

  it('deletes an action with undo, and the readiness check follows', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    await user.click(within(nav()).getByRole('button', { name: /形成文档/ }));
    await user.click(screen.getByRole('button', { name: '删除第 1 个行动' }));
    expect(screen.queryByText(/有负责人、有时限的行动只有/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '删除第 1 个行动' }));
    expect(
      screen.getByText('有负责人、有时限的行动只有 2 条：第四讲的研讨要求至少三条。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(screen.queryByText(/有负责人、有时限的行动只有/)).toBeNull();
    expect(screen.getByLabelText('做什么（1）')).toHaveValue(props.example.actions[1]!.what);
    reload();
    expect(screen.getAllByLabelText(/^做什么（\d）$/)).toHaveLength(3);
  });

  it('shows learner text literally in the document', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('复盘的是哪项工作'), '<img src=x onerror=alert(1)>');
    await user.click(within(nav()).getByRole('button', { name: /形成文档/ }));
    const doc = document.querySelector<HTMLElement>('.review-doc')!;
    expect(within(doc).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
