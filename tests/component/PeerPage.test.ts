import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PeerPage from '../../src/islands/johari/PeerPage.svelte';
import traitList from '../../content/johari/traits.json';
import { decodeReply, encodeReply, encodeRequest } from '../../src/lib/johari/codec';
import { openJohari } from '../../src/lib/johari/exercise';
import { blankRecord } from '../../src/lib/johari/record';

const traits = traitList.traits.map(({ id, word }) => ({ id, word }));
const REQ = 'AbCdEQ';

afterEach(() => history.replaceState(null, '', location.pathname));

const open = (hash: string) => {
  history.replaceState(null, '', `${location.pathname}#${hash}`);
  return render(PeerPage, { traits });
};

describe('the peer page', () => {
  it('shows whose window it is and turns 5–8 picks into a reply bound to the request', async () => {
    const user = userEvent.setup();
    open(encodeRequest({ requestId: REQ, name: '<b>王组长</b>' }));
    expect(await screen.findByRole('heading', { name: '请为「<b>王组长</b>」选词' })).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    await user.click(screen.getByRole('button', { name: '生成回复' }));
    expect(screen.queryByRole('textbox', { name: '回复链接' })).toBeNull();
    expect(screen.getByText('还要再选 5 个词，才能生成回复。')).toBeInTheDocument();
    for (const w of ['可靠', '风趣', '开朗', '温暖', '有条理'])
      await user.click(screen.getByRole('checkbox', { name: w }));
    await user.click(screen.getByRole('button', { name: '生成回复' }));
    const link = (screen.getByRole('textbox', { name: '回复链接' }) as HTMLInputElement).value;
    const code = (screen.getByRole('textbox', { name: '或者只发回复码' }) as HTMLInputElement).value;
    expect(link).toBe(`${location.origin}/johari/#${code}`);
    expect(screen.getByRole('heading', { name: '把回复发回去' })).toHaveFocus();
    const reply = decodeReply(code);
    expect(reply.ok && reply.value.requestId).toBe(REQ);
    expect(reply.ok && reply.value.traits.map((id) => traits.find((t) => t.id === id)!.word).sort()).toEqual(
      ['可靠', '风趣', '开朗', '温暖', '有条理'].sort(),
    );
    // Nothing about the peer is stored on their device.
    expect(localStorage.length).toBe(0);
  });

  it('hides a reply that no longer matches the picks, and the new one keeps the same reply id', async () => {
    const user = userEvent.setup();
    open(encodeRequest({ requestId: REQ, name: '小王' }));
    for (const w of ['可靠', '风趣', '开朗', '温暖', '有条理'])
      await user.click(await screen.findByRole('checkbox', { name: w }));
    await user.click(screen.getByRole('button', { name: '生成回复' }));
    const first = decodeReply(
      (screen.getByRole('textbox', { name: '或者只发回复码' }) as HTMLInputElement).value,
    );
    await user.click(screen.getByRole('checkbox', { name: '冷静' }));
    expect(screen.queryByRole('textbox', { name: '回复链接' })).toBeNull();
    expect(screen.getByText('选择有改动，请重新点「生成回复」。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '生成回复' }));
    const second = decodeReply(
      (screen.getByRole('textbox', { name: '或者只发回复码' }) as HTMLInputElement).value,
    );
    expect(
      first.ok &&
        second.ok &&
        second.value.replyId === first.value.replyId &&
        second.value.traits.length === 6,
    ).toBe(true);
  });

  it.each([
    [
      'a cut-off link',
      encodeRequest({ requestId: REQ, name: '小王' }).slice(0, -3),
      /邀请链接不完整或被改动过/,
    ],
    ['something else', 'section-2', /没有沟通视窗的邀请信息/],
    ['a newer version', 'jwq9.AAAAAAAAAA', /更新版本/],
  ])('explains %s in Chinese', async (_, hash, message) => {
    open(hash);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('explains itself when opened without a link', async () => {
    render(PeerPage, { traits });
    expect(await screen.findByText(/请从对方发给你的完整链接打开它/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /去第五讲的练习/ })).toHaveAttribute(
      'href',
      '/units/communication/#exercise-johari',
    );
  });

  it('lets the learner add a reply opened from a link to their own window', async () => {
    const user = userEvent.setup();
    openJohari().set({ ...blankRecord(), name: '小王', self: [0, 1, 2, 3, 4], requestId: REQ });
    open(encodeReply({ requestId: REQ, replyId: 'AAAA', traits: [5, 6, 7, 8, 9] }));
    await user.click(await screen.findByRole('button', { name: '加入我的沟通视窗' }));
    expect(screen.getByRole('status')).toHaveTextContent('已添加。');
    expect(
      openJohari()
        .get()
        .replies.map((r) => r.traits),
    ).toEqual([[5, 6, 7, 8, 9]]);
    await user.click(screen.getByRole('button', { name: '加入我的沟通视窗' }));
    expect(screen.getByRole('status')).toHaveTextContent('已经添加过了');
    expect(openJohari().get().replies).toHaveLength(1);
  });

  it('says when a reply belongs to another request, and changes nothing', async () => {
    openJohari().set({ ...blankRecord(), requestId: 'zzzzzw' });
    open(encodeReply({ requestId: REQ, replyId: 'AAAA', traits: [5, 6, 7, 8, 9] }));
    expect(await screen.findByText(/回应的不是这个浏览器里的邀请/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加入我的沟通视窗' })).toBeNull();
    expect(openJohari().get().replies).toEqual([]);
  });

  it('warns the learner who opens their own request link', async () => {
    openJohari().set({ ...blankRecord(), requestId: REQ });
    open(encodeRequest({ requestId: REQ, name: '小王' }));
    expect(await screen.findByText(/这是你自己的邀请链接/)).toBeInTheDocument();
    expect(within(document.body).getAllByRole('checkbox')).toHaveLength(56);
  });
});
