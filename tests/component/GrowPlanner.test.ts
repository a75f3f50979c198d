import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { openGrowPlanner } from '../../src/lib/grow-planner/exercise';
import GrowPlanner from '../../src/islands/grow-planner/GrowPlanner.svelte';
import stagesJson from '../../content/grow-planner/stages.json';
import exampleJson from '../../content/grow-planner/example.json';
import type { StageInfo } from '../../src/lib/grow-planner/model';
import { autosavedIsland } from './autosaved';

const download = vi.hoisted(() => ({ files: [] as { name: string; text: string }[] }));
vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof import('../../src/lib/download')>()),
  downloadText: (name: string, text: string) => download.files.push({ name, text }),
}));

const stages = stagesJson as StageInfo[];
const props = { stages, example: exampleJson };

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  download.files = [];
});
afterEach(() => vi.useRealTimers());

const { setup, reload } = autosavedIsland(GrowPlanner, props);
const stage = (name: string) => screen.getByRole('region', { name: new RegExp(`^\\d\\. ${name}`) });
const planned = (name: string) =>
  within(stage(name))
    .queryAllByLabelText(new RegExp(`^${name}问题 \\d+$`))
    .map((el) => (el as HTMLInputElement).value);
const markdown = () => download.files.at(-1)!.text;

describe('the GROW planner', () => {
  it('shows the four steps in order with the lecture’s questions', () => {
    setup();
    const headings = screen
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent?.replace(/\s+/g, ''));
    expect(headings.slice(0, 4)).toEqual([
      'G1.目标设定（愿景重现）',
      'R2.现状分析（澄清真相）',
      'O3.发展路径（探讨方案）',
      'W4.行动计划（改善方式）',
    ]);
    expect(
      within(stage('现状分析')).getByRole('checkbox', {
        name: '真正卡住你的是什么？是信息、工具、技能，还是别的？',
      }),
    ).not.toBeChecked();
  });

  it('puts a bank question in the plan when ticked and takes it out when unticked', async () => {
    const user = setup();
    const box = within(stage('目标设定')).getByRole('checkbox', {
      name: '我们怎么知道目标达成了？看哪个数字？',
    });
    await user.click(box);
    expect(planned('目标设定')).toEqual(['我们怎么知道目标达成了？看哪个数字？']);
    await user.click(box);
    expect(planned('目标设定')).toEqual([]);
  });

  it('flags a leading question the manager writes and reorders questions by keyboard', async () => {
    const user = setup();
    const reality = within(stage('现状分析'));
    await user.click(reality.getByRole('checkbox', { name: /最近的数据是怎样的/ }));
    await user.click(reality.getByRole('button', { name: /自己写一个问题/ }));
    const own = reality.getByLabelText('现状分析问题 2');
    await user.type(own, '你是不是应该先查订单？');
    expect(own).toHaveAccessibleDescription(/藏着答案或责备/);
    reality.getByRole('button', { name: '上移第 2 个现状分析问题' }).focus();
    await user.keyboard('{Enter}');
    expect(planned('现状分析')).toEqual([
      '你是不是应该先查订单？',
      '最近的数据是怎样的？从什么时候开始变化？',
    ]);
  });

  it('keeps the member, topic, questions and notes across a reload', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('面谈对象'), '小周');
    await user.type(screen.getByLabelText('绩效话题'), '一次解决率下滑');
    await user.click(within(stage('行动计划')).getByRole('checkbox', { name: /你具体要做什么/ }));
    await user.type(screen.getByLabelText('我能提供的支持与跟进'), '下周一 15 分钟回顾');
    reload();
    expect(screen.getByLabelText('面谈对象')).toHaveValue('小周');
    expect(screen.getByLabelText('绩效话题')).toHaveValue('一次解决率下滑');
    expect(planned('行动计划')).toEqual(['你具体要做什么？从哪天开始？']);
    expect(screen.getByLabelText('我能提供的支持与跟进')).toHaveValue('下周一 15 分钟回顾');
    expect(openGrowPlanner().get().sheets).toHaveLength(1);
  });

  it('lists what is missing in the self-check', async () => {
    const user = setup();
    const checks = within(screen.getByRole('region', { name: '自查' }));
    expect(checks.getByRole('status')).toHaveTextContent('自查：0 处需要注意，5 项待完成');
    await user.type(screen.getByLabelText('我心中的目标'), '让他状态好一点');
    expect(checks.getByText(/目标还没有数字或期限/)).toBeInTheDocument();
  });

  it('exports a conversation plan for an anonymous member', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('绩效话题'), '话后处理时长超标');
    await user.click(within(stage('发展路径')).getByRole('checkbox', { name: /你能想到哪些办法/ }));
    await user.click(screen.getByRole('button', { name: '导出 Markdown' }));
    expect(download.files[0]!.name).toBe('GROW面谈计划-我的面谈计划.md');
    expect(markdown()).toContain('- 面谈对象：组员（匿名）');
    expect(markdown()).toContain('- 绩效话题：话后处理时长超标');
    expect(markdown()).toMatch(/## 3\. 发展路径（探讨方案）[\s\S]*1\. 你能想到哪些办法？还有别的吗？/);
  });

  it('loads the example as a new plan marked 示例 that passes the self-check', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    expect(screen.getByRole('heading', { level: 3, name: /示例：阿梅的话后处理时长/ })).toHaveTextContent(
      '示例',
    );
    expect(screen.getByLabelText('面谈对象')).toHaveValue('阿梅');
    expect(planned('现状分析')).toHaveLength(3);
    expect(
      within(screen.getByRole('region', { name: '自查' })).getByText(/四步都有问题/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导出 Markdown' }));
    expect(markdown()).toContain('**示例**');
  });
});
