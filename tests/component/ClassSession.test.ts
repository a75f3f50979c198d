import { describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import HandInGate from '../../src/islands/class-session/HandInGate.svelte';
import PollCard from '../../src/islands/class-session/PollCard.svelte';
import RoomResults from '../../src/islands/class-session/RoomResults.svelte';
import { fillRoomResults } from '../../src/islands/class-session/room-regions';
import { checkCode, encodeCode, type Activity, type ClassSession } from '../../src/lib/class-session';
import { addCodes } from '../../src/lib/class-session/aggregate';
import { participantStore } from '../../src/lib/class-session/store';

const check: Activity = {
  kind: 'check',
  id: 'check-swot',
  title: '本讲知识检查',
  questions: [
    { id: 'q1', prompt: '优势属于哪一类因素？', options: ['内部', '外部'], answer: 0 },
    { id: 'q2', prompt: '机会属于哪一类因素？', options: ['内部', '外部'], answer: 1 },
  ],
};
const poll: Activity = {
  kind: 'poll-choice',
  id: 'swot-habit',
  title: '你多久做一次自我扫描？',
  questions: [{ id: 'swot-habit', prompt: '你多久做一次自我扫描？', options: ['每月', '每年', '从不'] }],
};

describe('交给讲师 on the trainee’s phone', () => {
  it('stays behind one button when no class session is attached', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/units/swot/');
    sessionStorage.clear();
    render(HandInGate, { activity: check, result: { kind: 'answers', answers: [0, 0] } });
    expect(screen.queryByText(/这个代码包含/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '交给讲师' }));
    const id = await screen.findByLabelText('课堂编号');
    await user.type(id, 'abc');
    await user.click(screen.getByRole('button', { name: '加入课堂' }));
    expect(screen.getByText(/课堂编号是 6 位字母或数字/)).toBeVisible();
    await user.clear(id);
    await user.type(id, 'abc234');
    await user.click(screen.getByRole('button', { name: '加入课堂' }));
    expect(await screen.findByText('已加入课堂 ABC234')).toBeVisible();
  });

  it('shows what the code holds, then a code the collector accepts, with the nickname kept on the phone', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/units/swot/#class=XYZ789');
    render(HandInGate, { activity: check, result: { kind: 'answers', answers: [0, 0] } });
    const panel = await screen.findByRole('region', { name: '交给讲师' });
    expect(within(panel).getByText('课堂编号 XYZ789')).toBeVisible();
    expect(within(panel).getByText('你在 2 道题中选择的选项：第 1 题 A、第 2 题 A')).toBeVisible();
    expect(within(panel).getByText('没有昵称')).toBeVisible();
    expect(within(panel).getByRole('img', { name: /结果的二维码/ })).toBeInTheDocument();

    await user.type(within(panel).getByLabelText(/昵称/), '小王');
    await user.tab();
    expect(within(panel).getByText('昵称「小王」')).toBeVisible();
    expect(participantStore().get().nickname).toBe('小王');

    const code = panel.querySelector('[data-result-code]')!.textContent!;
    const read = checkCode(code, 'XYZ789', [check]);
    expect(read).toMatchObject({ ok: true, code: { nickname: '小王', result: { answers: [0, 0] } } });
    expect(read.ok && read.code.participant).toBe(participantStore().get().id);
  });
});

describe('a poll', () => {
  it('asks for an answer before it can be handed in', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/units/swot/#class=XYZ789');
    render(PollCard, { activity: poll });
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请先作答再提交');
    await user.click(screen.getByRole('radio', { name: '每年' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('你的选择「每年」')).toBeVisible();
  });

  it('is still answered after a reload, and the answer can be changed', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/units/swot/');
    const first = render(PollCard, { activity: poll });
    await user.click(screen.getByRole('radio', { name: '每月' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    first.unmount();
    render(PollCard, { activity: poll });
    expect(screen.getByText('✓ 已记下你的回答。')).toBeVisible();
    expect(screen.getByRole('radio', { name: '每月' })).toBeChecked();
    expect(screen.queryByRole('button', { name: '提交' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '修改回答' }));
    await user.click(screen.getByRole('radio', { name: '从不' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(
      JSON.parse(localStorage.getItem('cs-course:class:polls')!).d.answers['swot-habit'].body,
    ).toBeTruthy();
    cleanup();
    render(PollCard, { activity: poll });
    expect(screen.getByRole('radio', { name: '从不' })).toBeChecked();
  });
});

describe('the room’s results', () => {
  const session: ClassSession = {
    id: 'XYZ789',
    unit: 'swot',
    unitTitle: '第二讲 SWOT',
    startedAt: '2026-12-01T09:00:00.000Z',
    activities: [check],
    responses: [],
  };

  it('counts answers per option and reveals the key only on demand, with text beside the colour', async () => {
    const user = userEvent.setup();
    const codes = ['AAAAAA', 'BBBBBB', 'CCCCCC'].map((participant, i) => {
      const r = checkCode(
        encodeCode({
          session: 'XYZ789',
          participant,
          activity: check,
          result: { kind: 'answers', answers: [i % 2, 1] },
        }),
        'XYZ789',
        [check],
      );
      if (!r.ok) throw new Error(r.reason);
      return r.code;
    });
    render(RoomResults, { session: addCodes(session, codes).session });
    expect(screen.getByText('3 人参与')).toBeVisible();
    const q1 = screen.getByRole('table', { name: '优势属于哪一类因素？' });
    expect(
      within(q1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1']);
    expect(screen.queryByText(/答对/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '显示正确答案' }));
    expect(within(q1).getByRole('rowheader', { name: /A\. 内部（正确答案）/ })).toBeInTheDocument();
    expect(screen.getAllByText('答对 2 / 3')[0]).toBeVisible();
  });

  it('fills each knowledge-check slide with the room’s answers to its own question', async () => {
    const code = checkCode(
      encodeCode({
        session: 'XYZ789',
        participant: 'AAAAAA',
        activity: check,
        result: { kind: 'answers', answers: [1, 1] },
      }),
      'XYZ789',
      [check],
    );
    if (!code.ok) throw new Error(code.reason);
    // As the deck writes them: one region per check slide.
    document.body.innerHTML = `
      <section id="s1" data-room-results="check-swot" data-question="q1" hidden></section>
      <section id="s2" data-room-results="check-swot" data-question="q2" hidden></section>
      <section id="s3" data-room-results="check-swot" data-question="gone" hidden></section>`;
    fillRoomResults(addCodes(session, [code.code]).session);
    const slide = (id: string) => document.getElementById(id)!;
    expect(slide('s1').hidden).toBe(false);
    expect(within(slide('s1')).getByRole('table', { name: '优势属于哪一类因素？' })).toBeInTheDocument();
    expect(within(slide('s1')).queryByRole('table', { name: '机会属于哪一类因素？' })).toBeNull();
    expect(within(slide('s2')).getByRole('table', { name: '机会属于哪一类因素？' })).toBeInTheDocument();
    expect(within(slide('s2')).getByText('1 人参与')).toBeInTheDocument();
    // A question the session does not hold shows nothing.
    expect(slide('s3').hidden).toBe(true);
    fillRoomResults(undefined);
    expect(slide('s1').hidden).toBe(true);
    document.body.replaceChildren();
  });
});
