import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JohariExercise from '../../src/islands/johari/JohariExercise.svelte';
import traitList from '../../content/johari/traits.json';
import { decodeRequest, encodeReply, encodeRequest } from '../../src/lib/johari/codec';
import { autosavedIsland } from './autosaved';

const download = vi.hoisted(() => ({ files: [] as { name: string; text: string }[] }));
vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof import('../../src/lib/download')>()),
  downloadText: (name: string, text: string) => download.files.push({ name, text }),
}));

const traits = traitList.traits.map(({ id, word }) => ({ id, word }));
const wordId = (word: string) => traits.find((t) => t.word === word)!.id;

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  download.files = [];
});
afterEach(() => vi.useRealTimers());

const { setup, reload } = autosavedIsland(JohariExercise, { traits });
const slider = (name: RegExp) => screen.getByRole('slider', { name });
const pane = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

/** Fills in a name and five picks, and returns the request the link carries. */
async function makeRequest(
  user: ReturnType<typeof userEvent.setup>,
  words = ['可靠', '冷静', '有耐心', '有条理', '友善'],
) {
  await user.type(screen.getByLabelText(/你的名字或昵称/), '王组长');
  for (const w of words) await user.click(screen.getByRole('checkbox', { name: w }));
  const link = (screen.getByRole('textbox', { name: '邀请链接' }) as HTMLInputElement).value;
  const request = decodeRequest(link);
  if (!request.ok) throw new Error(`bad link ${link}`);
  return { link, request: request.value };
}

const reply = (requestId: string, words: string[], replyId = 'AAAA') =>
  encodeReply({ requestId, replyId, traits: words.map(wordId).sort((a, b) => a - b) });

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByRole('textbox', { name: /粘贴回复链接或回复码/ });
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: '添加回复' }));
}

describe('the window model', () => {
  it('grows the open pane and shrinks the hidden pane when the learner discloses more, and says so', async () => {
    setup();
    const disclose = slider(/自我揭示/);
    expect(disclose).toHaveValue('3');
    expect(screen.getByText(/开放区/, { selector: 'dt' })).toHaveTextContent('约占 16%');
    await fireEvent.input(disclose, { target: { value: '6' } });
    expect(screen.getByText(/多做自我揭示/)).toBeInTheDocument();
    expect(screen.getByText(/开放区/, { selector: 'dt' })).toHaveTextContent('约占 22%，变大');
    expect(screen.getByText(/隐藏区/, { selector: 'dt' })).toHaveTextContent('约占 18%，变小');
    expect(
      screen.getByText(
        /自我揭示调到 6：开放区 16% → 22%，盲区 24% → 33%，隐藏区 24% → 18%，未知区 36% → 27%/,
      ),
    ).toBeInTheDocument();
    expect(disclose).toHaveAttribute('aria-valuetext', '6（共 10 级，有时）');
  });

  it('shrinks the blind pane when the learner asks for more feedback, and grows it again on the way back', async () => {
    setup();
    const ask = slider(/征求反馈/);
    await fireEvent.input(ask, { target: { value: '9' } });
    expect(screen.getByText(/多征求反馈/)).toBeInTheDocument();
    expect(screen.getByText(/盲区/, { selector: 'dt' })).toHaveTextContent('变小');
    await fireEvent.input(ask, { target: { value: '2' } });
    expect(screen.getByText(/少征求反馈/)).toBeInTheDocument();
    expect(screen.getByText(/盲区/, { selector: 'dt' })).toHaveTextContent('变大');
    expect(screen.getByText(/开放区/, { selector: 'dt' })).toHaveTextContent('变小');
  });

  it('names the largest pane and keeps the sliders after a reload', async () => {
    setup();
    await fireEvent.input(slider(/自我揭示/), { target: { value: '0' } });
    await fireEvent.input(slider(/征求反馈/), { target: { value: '10' } });
    expect(screen.getByText(/^隐藏区最大/)).toBeInTheDocument();
    reload();
    expect(slider(/自我揭示/)).toHaveValue('0');
    expect(slider(/征求反馈/)).toHaveValue('10');
  });
});

describe('picking traits and sharing', () => {
  it('stops at eight picks and says why', async () => {
    const user = setup();
    const words = ['能干', '包容', '大胆', '勇敢', '冷静', '开朗', '机灵', '自信'];
    for (const w of words) await user.click(screen.getByRole('checkbox', { name: w }));
    expect(screen.getByText('已选 8 个（需要 5～8 个）')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '可靠' }));
    expect(screen.getByRole('checkbox', { name: '可靠' })).not.toBeChecked();
    expect(screen.getByText(/已经选满 8 个/)).toBeInTheDocument();
  });

  it('offers a request link only once there is a name and 5–8 picks, and it carries the name', async () => {
    const user = setup();
    expect(screen.queryByRole('textbox', { name: '邀请链接' })).toBeNull();
    expect(screen.getByText(/先填写称呼/)).toBeInTheDocument();
    const { link, request } = await makeRequest(user);
    expect(link.startsWith(`${location.origin}/johari/#jwq1.`)).toBe(true);
    expect(request.name).toBe('王组长');
    expect(pane('隐藏区')).toHaveTextContent('可靠');
    reload();
    expect((screen.getByRole('textbox', { name: '邀请链接' }) as HTMLInputElement).value).toBe(link);
  });
});

describe('bringing replies back', () => {
  it('fills the window from pasted replies, several at once, and counts how often each trait was picked', async () => {
    const user = setup();
    const { request } = await makeRequest(user);
    const a = reply(request.requestId, ['可靠', '冷静', '开朗', '自信', '风趣'], 'AAAA');
    const b = reply(request.requestId, ['可靠', '开朗', '乐于助人', '有耐心', '温暖', '善良'], 'BBBB');
    await paste(user, `小李：http://localhost:3000/johari/#${a}\n小张：${b}`);
    expect(screen.getByText('添加了 2 份回复。')).toBeInTheDocument();
    expect(screen.getByText('已收到 2 位同事的回复。')).toBeInTheDocument();
    expect(screen.getByText('根据你自己的选择和 2 位同事的回复。')).toBeInTheDocument();
    const open = within(pane('开放区'));
    expect(open.getByText('可靠')).toBeInTheDocument();
    expect(open.getByText('冷静')).toBeInTheDocument();
    expect(open.getByText('有耐心')).toBeInTheDocument();
    expect(within(pane('盲区')).getByText('开朗')).toBeInTheDocument();
    expect(within(pane('隐藏区')).getByText('有条理')).toBeInTheDocument();
    expect(within(pane('隐藏区')).getByText('友善')).toBeInTheDocument();
    const tally = screen.getByRole('table', { name: '同事选词的次数' });
    expect(within(tally).getByRole('row', { name: /可靠/ })).toHaveTextContent('2 / 2');
    expect(within(tally).getByRole('row', { name: /风趣/ })).toHaveTextContent('1 / 2');
    reload();
    expect(screen.getByText('已收到 2 位同事的回复。')).toBeInTheDocument();
    expect(within(pane('盲区')).getByText('开朗')).toBeInTheDocument();
  });

  it.each([
    [
      'a truncated code',
      (id: string) => reply(id, ['可靠', '冷静', '开朗', '自信', '风趣'], 'CCCC').slice(0, -4),
      /不完整或被改动过/,
    ],
    [
      'a reply to someone else',
      () => reply('zzzzzw', ['可靠', '冷静', '开朗', '自信', '风趣'], 'CCCC'),
      /不是你当前的邀请/,
    ],
    [
      'its own request link',
      (id: string) => encodeRequest({ requestId: id, name: '王组长' }),
      /这是邀请链接，不是回复/,
    ],
    ['chat text', () => '好的，马上填', /没有找到沟通视窗的回复码/],
    [
      'the same reply again',
      (id: string) => reply(id, ['可靠', '冷静', '开朗', '自信', '风趣'], 'AAAA'),
      /已经添加过了/,
    ],
  ])('ignores %s with a clear message and changes nothing', async (_, make, message) => {
    const user = setup();
    const { request } = await makeRequest(user);
    await paste(user, reply(request.requestId, ['可靠', '冷静', '开朗', '自信', '风趣'], 'AAAA'));
    const before = pane('盲区').textContent;
    await paste(user, make(request.requestId));
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByText('已收到 1 位同事的回复。')).toBeInTheDocument();
    expect(pane('盲区').textContent).toBe(before);
  });

  it('keeps the pasted text when something in it failed, so it can be fixed', async () => {
    const user = setup();
    await makeRequest(user);
    await paste(user, 'jwa1.brokenbits');
    expect(screen.getByRole('textbox', { name: /粘贴回复链接或回复码/ })).toHaveValue('jwa1.brokenbits');
  });

  it('removes a reply and brings it back with undo', async () => {
    const user = setup();
    const { request } = await makeRequest(user);
    await paste(
      user,
      `${reply(request.requestId, ['开朗', '自信', '风趣', '温暖', '善良'], 'AAAA')} ${reply(request.requestId, ['勇敢', '自信', '风趣', '温暖', '善良'], 'BBBB')}`,
    );
    await user.click(screen.getByRole('button', { name: '删除第 1 份回复' }));
    expect(screen.getByText('已收到 1 位同事的回复。')).toBeInTheDocument();
    expect(within(pane('盲区')).queryByText('开朗')).toBeNull();
    expect(screen.getByText('已删除第 1 份回复。')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: '撤销' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(screen.getByText('已收到 2 位同事的回复。')).toBeInTheDocument();
    expect(within(pane('盲区')).getByText('开朗')).toBeInTheDocument();
    expect(screen.getAllByText(/^第 \d 份回复$/).map((e) => e.textContent)).toEqual([
      '第 1 份回复',
      '第 2 份回复',
    ]);
    reload();
    expect(screen.getByText('已收到 2 位同事的回复。')).toBeInTheDocument();
  });
});

describe('notes and reflection', () => {
  it('reflects on a blind-pane trait and keeps the notes, showing learner text literally', async () => {
    const user = setup();
    const { request } = await makeRequest(user);
    expect(screen.getByText(/盲区里还没有词/)).toBeInTheDocument();
    await paste(user, reply(request.requestId, ['开朗', '自信', '风趣', '温暖', '善良']));
    await user.type(screen.getByLabelText(/最常戴的面具/), '<img src=x onerror=alert(1)>');
    await user.selectOptions(screen.getByLabelText('我想反思的盲区词'), '风趣');
    await user.type(screen.getByLabelText(/同事在我身上看到了「风趣」/), '班前会总讲段子');
    reload();
    expect(screen.getByLabelText(/最常戴的面具/)).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByLabelText('我想反思的盲区词')).toHaveValue(String(wordId('风趣')));
    expect(screen.getByLabelText(/同事在我身上看到了「风趣」/)).toHaveValue('班前会总讲段子');
  });

  it('starts over with a new request and can undo it', async () => {
    const user = setup();
    const { link } = await makeRequest(user);
    await user.click(screen.getByRole('button', { name: '重新开始' }));
    await user.click(screen.getByRole('button', { name: '确定清空' }));
    expect(screen.queryByRole('textbox', { name: '邀请链接' })).toBeNull();
    expect(screen.getByLabelText(/你的名字或昵称/)).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect((screen.getByRole('textbox', { name: '邀请链接' }) as HTMLInputElement).value).toBe(link);
  });
});

describe('staying in step and taking the work away', () => {
  it('shows a change made in another tab', async () => {
    setup();
    const { openJohari } = await import('../../src/lib/johari/exercise');
    const { blankRecord } = await import('../../src/lib/johari/record');
    openJohari().set({ ...blankRecord(), name: '另一个标签页', self: [wordId('可靠')] });
    expect(await screen.findByDisplayValue('另一个标签页')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '可靠' })).toBeChecked();
  });

  it('says so when a stored name is too long for a link', async () => {
    const { openJohari } = await import('../../src/lib/johari/exercise');
    const { blankRecord } = await import('../../src/lib/johari/record');
    openJohari().set({ ...blankRecord(), name: '客'.repeat(25), self: [0, 1, 2, 3, 4] });
    setup();
    expect(await screen.findByText('称呼最多 20 个字，请改短一些。')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '邀请链接' })).toBeNull();
  });

  it('exports the window as Markdown with the panes and the notes', async () => {
    const user = setup();
    const { request } = await makeRequest(user);
    await paste(user, reply(request.requestId, ['开朗', '自信', '风趣', '温暖', '可靠']));
    await user.click(screen.getByRole('button', { name: '导出 Markdown' }));
    expect(download.files).toHaveLength(1);
    expect(download.files[0]!.name).toBe('沟通视窗-王组长.md');
    expect(download.files[0]!.text).toContain('## 盲区（别人知道，自己不知道）\n\n- 开朗：1 位同事选了');
    expect(download.files[0]!.text).toContain('- 可靠：1 位同事选了；我也选了');
  });
});
