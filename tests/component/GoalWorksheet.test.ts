import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import GoalWorksheet from '../../src/islands/goal-worksheet/GoalWorksheet.svelte';
import { loadGoalExample } from '../../src/lib/goal-worksheet/load';
import { openGoalWorksheet } from '../../src/lib/goal-worksheet/exercise';
import { autosavedIsland } from './autosaved';

const download = vi.hoisted(() => ({
  downloadText: vi.fn(),
  safeFileName: (t: string) => t.replace(/[\\/:*?"<>|]+/g, ' ').trim() || '未命名',
}));
vi.mock('../../src/lib/download', () => download);

const example = loadGoalExample();

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(new Date('2026-11-02T08:00:00'));
  download.downloadText.mockClear();
});
afterEach(() => vi.useRealTimers());

const { setup, reload } = autosavedIsland(GoalWorksheet, { example });
const check = (principle: RegExp) => screen.getByText(principle).closest('li')!;

describe('the goal worksheet', () => {
  it('points at what the goal is missing as the learner writes it', async () => {
    const user = setup();
    expect(within(check(/^有时限（T）$/)).getByText('（缺少）')).toBeInTheDocument();
    expect(within(check(/^有时限（T）$/)).getByText('没有完成期限：什么时候验收？')).toBeInTheDocument();
    expect(within(check(/^可衡量（M）$/)).getByText(/没有可衡量的标准/)).toBeInTheDocument();
    expect(within(check(/^落到人/)).getByText(/没有责任人/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('目标内容'), '提升满意度');
    expect(within(check(/^具体（S）$/)).getByText(/偏笼统/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('目标值（到多少算达成）'), '92%');
    await user.type(screen.getByLabelText('责任人'), '组长');
    expect(within(check(/^落到人/)).getByText('（已满足）')).toBeInTheDocument();
    expect(within(check(/^可衡量（M）$/)).getByText(/缺少基线/)).toBeInTheDocument();
    expect(within(check(/^可衡量（M）$/)).getByText('（可改进）')).toBeInTheDocument();

    // Advice never blocks: everything typed is kept.
    reload();
    expect(screen.getByLabelText('目标内容')).toHaveValue('提升满意度');
    expect(screen.getByLabelText('目标值（到多少算达成）')).toHaveValue('92%');
  });

  it('breaks a goal into sub-goals and actions, reordered by keyboard, kept after a reload', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /添加子目标/ }));
    await user.type(screen.getByLabelText('子目标 1'), '老员工不低于 81%');
    await user.click(screen.getByRole('button', { name: /添加子目标/ }));
    await user.type(screen.getByLabelText('子目标 2'), '新人不低于 74%');
    await user.type(screen.getByLabelText('子目标 2 负责人'), '阿珍');
    await user.click(screen.getByRole('button', { name: '为子目标 2 添加行动' }));
    await user.type(screen.getByLabelText('行动 2.1'), '每周抽听 5 通录音');

    screen.getByRole('button', { name: '上移第 2 个子目标' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('子目标 1')).toHaveValue('新人不低于 74%');
    expect(screen.getByLabelText('子目标 1 负责人')).toHaveValue('阿珍');
    expect(screen.getByLabelText('行动 1.1')).toHaveValue('每周抽听 5 通录音');
    expect(screen.getByText('第 2 个子目标已移到第 1 位。')).toBeInTheDocument();

    reload();
    expect(screen.getByLabelText('子目标 1')).toHaveValue('新人不低于 74%');
    expect(screen.getByLabelText('子目标 2')).toHaveValue('老员工不低于 81%');
    expect(within(check(/^可分解$/)).getByText(/第 1 个子目标还没有完成日期/)).toBeInTheDocument();
  });

  it('deletes an obstacle and brings it back with undo', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /添加阻碍/ }));
    await user.type(screen.getByLabelText('可能的阻碍（1）'), '暑期话务上涨');
    await user.click(screen.getByRole('button', { name: '删除第 1 个阻碍' }));
    expect(screen.queryByLabelText('可能的阻碍（1）')).toBeNull();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(screen.getByLabelText('可能的阻碍（1）')).toHaveValue('暑期话务上涨');
    expect(screen.getByText(/第 1 个阻碍还没有对策/)).toBeInTheDocument();
  });

  it('loads the example as a separate sheet marked 示例', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('目标内容'), '我自己的目标');
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    expect(screen.getByLabelText('目标内容')).toHaveValue(example.elements.content);
    expect(screen.getByRole('heading', { level: 3, name: /示例：投诉工单/ })).toHaveTextContent('示例');
    expect(screen.getByText(/这是一份示例工作表/)).toBeInTheDocument();
    expect(screen.getAllByText('（已满足）')).toHaveLength(8);
    reload();
    expect(
      openGoalWorksheet()
        .get()
        .sheets.map((s) => s.example ?? false),
    ).toEqual([false, true]);
  });

  it('exports what is on screen as Markdown, learner text kept literal', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('目标陈述（一句话）'), '<img src=x onerror=alert(1)>');
    const name = screen.getByLabelText('工作表名称');
    await user.clear(name);
    await user.type(name, '四季度/结案率');
    await user.click(screen.getByRole('button', { name: '导出 Markdown' }));
    expect(download.downloadText).toHaveBeenCalledOnce();
    const [file, text] = download.downloadText.mock.calls[0]!;
    expect(file).toBe('目标设定-四季度 结案率.md');
    expect(text).toContain('# 目标设定与分解：四季度/结案率');
    expect(text).toContain('&lt;img src=x onerror=alert(1)>');
    expect(screen.getByText('已生成文件「目标设定-四季度 结案率.md」。')).toBeInTheDocument();
    // On screen, the same text is shown literally too.
    expect(screen.getByLabelText('目标陈述（一句话）')).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
