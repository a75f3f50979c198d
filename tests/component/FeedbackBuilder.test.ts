import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { openFeedbackBuilder } from '../../src/lib/feedback-builder/exercise';
import FeedbackBuilder from '../../src/islands/feedback-builder/FeedbackBuilder.svelte';
import examplesJson from '../../content/feedback-builder/examples.json';
import type { FeedbackExample } from '../../src/lib/schemas/feedback-builder';
import { autosavedIsland } from './autosaved';

const download = vi.hoisted(() => ({ files: [] as { name: string; text: string }[] }));
vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof import('../../src/lib/download')>()),
  downloadText: (name: string, text: string) => download.files.push({ name, text }),
}));

const examples = examplesJson as FeedbackExample[];

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  download.files = [];
});
afterEach(() => vi.useRealTimers());

const { setup, reload } = autosavedIsland(FeedbackBuilder, { examples });
const preview = () => screen.getByRole('region', { name: '你要说的话' });
const checks = () => screen.getByRole('region', { name: '自查' });

describe('the feedback builder', () => {
  it('starts with BIA and builds the sentence the manager would say as they type', async () => {
    const user = setup();
    expect(screen.getByRole('radio', { name: /正向反馈（BIA）/ })).toBeChecked();
    expect(within(preview()).getByText('填写上面的步骤后，这里会拼出完整的反馈。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('反馈对象'), '小陈');
    await user.type(screen.getByLabelText('时间与情境'), '昨天下午那位要求退款的客户情绪很激动');
    await user.type(screen.getByLabelText('具体行为'), '你先让他把话说完，再把三个方案讲清楚');
    await user.type(screen.getByLabelText('带来的影响'), '客户撤回了投诉升级');
    await user.type(screen.getByLabelText('欣赏与感谢'), '谢谢你，这样处理很专业');
    const speech = preview().querySelector('blockquote')!;
    expect(speech.textContent).toContain(
      '小陈，昨天下午那位要求退款的客户情绪很激动，你先让他把话说完，再把三个方案讲清楚。',
    );
    expect(speech.textContent).toContain('客户撤回了投诉升级。');
    expect(within(checks()).getByText(/没有发现常见问题/)).toBeInTheDocument();
  });

  it('switches to BID and flags a label, a vague impact and a vague desired behaviour', async () => {
    const user = setup();
    await user.click(screen.getByRole('radio', { name: /建设性反馈（BID）/ }));
    expect(screen.getByLabelText('期望的行为或结果')).toBeInTheDocument();
    expect(screen.queryByLabelText('欣赏与感谢')).toBeNull();
    await user.type(screen.getByLabelText('具体行为'), '你态度差，总是打断客户');
    await user.type(screen.getByLabelText('带来的影响'), '影响很不好');
    await user.type(screen.getByLabelText('期望的行为或结果'), '以后注意点');

    const behavior = screen.getByLabelText('具体行为');
    expect(behavior).toHaveAttribute('aria-invalid', 'true');
    expect(behavior).toHaveAccessibleDescription(/「态度差」是对人的评价/);
    expect(behavior).toHaveAccessibleDescription(/「总是」一下子否定了全部/);
    expect(screen.getByLabelText('带来的影响')).toHaveAccessibleDescription(/影响说得太笼统/);
    expect(screen.getByLabelText('期望的行为或结果')).toHaveAccessibleDescription(/期望还不够具体/);
    const list = within(checks());
    expect(list.getByText(/没有说清时间和场合/)).toBeInTheDocument();
    expect(list.getByRole('status')).toHaveTextContent('自查：5 处需要注意，0 项待完成');

    await user.clear(behavior);
    await user.type(behavior, '周二上午那通电话里，你在客户说到第二句时就打断了他');
    expect(behavior).not.toHaveAttribute('aria-invalid');
    expect(list.queryByText(/是对人的评价/)).toBeNull();
  });

  it('shows the advanced five steps of developmental feedback in the lecture’s order', async () => {
    const user = setup();
    await user.click(screen.getByRole('radio', { name: /建设性反馈（BID）/ }));
    await user.click(screen.getByRole('radio', { name: /进阶步骤/ }));
    const steps = screen.getByRole('list', { name: '进阶建设性反馈（五步）' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.step-name')!.textContent),
    ).toEqual(['1确认意图', '2描述行为', '3说明影响', '4共同探讨', '5约定改进与跟进']);
    await user.type(screen.getByLabelText('共同探讨的问题'), '你是不是应该先道歉');
    expect(screen.getByLabelText('共同探讨的问题')).toHaveAccessibleDescription(/藏着答案或责备/);
    expect(preview().textContent).toContain('你是不是应该先道歉？');
  });

  it('keeps every field, the kind and the level across a reload', async () => {
    const user = setup();
    await user.click(screen.getByRole('radio', { name: /建设性反馈（BID）/ }));
    await user.click(screen.getByRole('radio', { name: /进阶步骤/ }));
    await user.type(screen.getByLabelText('说明谈话目的'), '想一起找个办法');
    await user.type(screen.getByLabelText('具体行为'), '<img src=x onerror=alert(1)>');
    reload();
    expect(screen.getByRole('radio', { name: /建设性反馈（BID）/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /进阶步骤/ })).toBeChecked();
    expect(screen.getByLabelText('说明谈话目的')).toHaveValue('想一起找个办法');
    expect(screen.getByLabelText('具体行为')).toHaveValue('<img src=x onerror=alert(1)>');
    expect(preview().textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.feedback-builder img')).toBeNull();
    expect(openFeedbackBuilder().get().sheets[0]!.data.fields.intent).toBe('想一起找个办法');
  });

  it('loads the example of the kind in use as a new sheet marked 示例', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('具体行为'), '我自己的草稿');
    await user.click(screen.getByRole('radio', { name: /建设性反馈（BID）/ }));
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    expect(screen.getByRole('heading', { level: 3, name: /示例：阿梅的话后处理时长/ })).toHaveTextContent(
      '示例',
    );
    expect(screen.getByLabelText('说明谈话目的')).toHaveValue(examples[1]!.fields.intent);
    expect(within(checks()).getByText(/没有发现常见问题/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/当前工作表/), '我的反馈稿');
    expect(screen.getByLabelText('具体行为')).toHaveValue('我自己的草稿');
  });

  it('exports the draft as Markdown', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('工作表名称'), '·周二');
    await user.type(screen.getByLabelText('具体行为'), '你主动补录了 3 张工单');
    await user.click(screen.getByRole('button', { name: '导出 Markdown' }));
    expect(download.files).toHaveLength(1);
    expect(download.files[0]!.name).toBe('反馈稿-我的反馈稿·周二.md');
    expect(download.files[0]!.text).toContain('# 反馈稿：我的反馈稿·周二');
    expect(download.files[0]!.text).toContain('- 具体行为：你主动补录了 3 张工单');
    expect(screen.getByText(/已生成文件/)).toBeInTheDocument();
  });
});
