import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { openDaySorter } from '../../src/lib/day-sorter/exercise';
import DaySorter from '../../src/islands/day-sorter/DaySorter.svelte';
import tasksJson from '../../content/day-sorter/tasks.json';
import type { DaySorterData } from '../../src/lib/schemas/day-sorter';
import { autosavedIsland } from './autosaved';

const data = tasksJson as DaySorterData;

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

const { setup, reload } = autosavedIsland(DaySorter, { data });
const group = (taskId: string) => {
  const task = data.tasks.find((t) => t.id === taskId)!;
  return within(screen.getByRole('group', { name: new RegExp(`^${task.time} `) }));
};
const result = () => within(screen.getByRole('region', { name: '这一天的重心' }));

/** Sorts every task as `pick` says, by pointer. */
async function sortAll(user: ReturnType<typeof setup>, pick: (suggested: string) => string) {
  for (const task of data.tasks) {
    const name = data.categories.find((c) => c.id === pick(task.suggested))!.name;
    await user.click(group(task.id).getByRole('radio', { name }));
  }
}

describe('the day sorter', () => {
  it('lists every task with the lecture’s three kinds of work to choose from', () => {
    setup();
    expect(screen.getAllByRole('group')).toHaveLength(data.tasks.length);
    expect(
      group('grow')
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent!.trim()),
    ).toEqual(['管业务', '带团队', '修自己']);
    expect(screen.getByText(`已归类 0 / ${data.tasks.length} 件`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '清空重来' })).toBeDisabled();
  });

  it('sorts by keyboard: arrow keys move the choice within a task', async () => {
    const user = setup();
    group('briefing').getByRole('radio', { name: '管业务' }).focus();
    await user.keyboard(' ');
    expect(group('briefing').getByRole('radio', { name: '管业务' })).toBeChecked();
    await user.keyboard('{ArrowRight}');
    expect(group('briefing').getByRole('radio', { name: '带团队' })).toBeChecked();
    expect(screen.getByText(`已归类 1 / ${data.tasks.length} 件`)).toBeInTheDocument();
    expect(result().getByText(/带团队：100%（20 分钟，1 件）/)).toBeInTheDocument();
    expect(result().getByText(/还有 11 件没有归类/)).toBeInTheDocument();
  });

  it('shows where the day’s weight falls and interprets it once all are sorted', async () => {
    const user = setup();
    await sortAll(user, (s) => s);
    expect(screen.getByText(`${data.tasks.length} 件全部归类完成，看看下面的结果。`)).toBeInTheDocument();
    const r = result();
    expect(r.getByText('管业务：60%（3 小时 35 分钟，6 件）')).toBeInTheDocument();
    expect(r.getByText('带团队：20%（1 小时 10 分钟，3 件）')).toBeInTheDocument();
    expect(r.getByText('时间最多的是「管业务」。')).toBeInTheDocument();
    expect(r.getByText(data.categories[0]!.heavy)).toBeInTheDocument();
    expect(r.getByText(data.categories[1]!.light)).toBeInTheDocument();
    expect(r.getByText(data.closing)).toBeInTheDocument();
  });

  it('keeps the sorting across a reload', async () => {
    const user = setup();
    await user.click(group('care').getByRole('radio', { name: '带团队' }));
    await user.click(group('course').getByRole('radio', { name: '修自己' }));
    reload();
    expect(group('care').getByRole('radio', { name: '带团队' })).toBeChecked();
    expect(group('course').getByRole('radio', { name: '修自己' })).toBeChecked();
    expect(openDaySorter().get().assignments).toEqual({ care: 'team', course: 'self' });
  });

  it('compares with the trainer’s reference, with the note on debatable tasks', async () => {
    const user = setup();
    await sortAll(user, (s) => (s === 'business' ? 'team' : s));
    await user.click(screen.getByRole('button', { name: '对照讲师参考' }));
    expect(screen.getByRole('button', { name: '收起讲师参考' })).toHaveAttribute('aria-expanded', 'true');
    expect(group('escalation').getByText(/讲师参考：管业务/)).toHaveTextContent('与你不同');
    expect(group('escalation').getByText(/当成带教机会/)).toBeInTheDocument();
    expect(group('grow').getByText(/讲师参考：带团队/)).toHaveTextContent('与你相同');
    expect(screen.getByText(/有 6 \/ 12 件和讲师参考的归类相同/)).toBeInTheDocument();
  });

  it('clears everything with an undo', async () => {
    const user = setup();
    await user.click(group('lunch').getByRole('radio', { name: '修自己' }));
    await user.click(screen.getByRole('button', { name: '清空重来' }));
    expect(group('lunch').getByRole('radio', { name: '修自己' })).not.toBeChecked();
    expect(document.activeElement).toHaveTextContent('撤销');
    await user.keyboard('{Enter}');
    expect(group('lunch').getByRole('radio', { name: '修自己' })).toBeChecked();
    expect(screen.getByText('已恢复之前的归类。')).toBeInTheDocument();
  });

  it('shows a sorting made in another tab', async () => {
    setup();
    openDaySorter().set({ assignments: { weekly: 'self' }, showReference: false });
    await vi.waitFor(() => expect(group('weekly').getByRole('radio', { name: '修自己' })).toBeChecked());
    expect(screen.getByText(`已归类 1 / ${data.tasks.length} 件`)).toBeInTheDocument();
  });
});
