import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import HandInGate from '../../src/islands/class-session/HandInGate.svelte';
import PollCard from '../../src/islands/class-session/PollCard.svelte';
import RoomResults from '../../src/islands/class-session/RoomResults.svelte';
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
});

describe('the room’s results', () => {
  it('counts answers per option and reveals the key only on demand, with text beside the colour', async () => {
    const user = userEvent.setup();
    const session: ClassSession = {
      id: 'XYZ789',
      unit: 'swot',
      unitTitle: '第二讲 SWOT',
      startedAt: '2026-12-01T09:00:00.000Z',
      activities: [check],
      responses: [],
    };
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
});
