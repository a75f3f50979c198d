import { describe, expect, it } from 'vitest';
import { encodeReply, encodeRequest } from '../../../src/lib/johari/codec';
import {
  blankRecord,
  receiveReplies,
  removeReply,
  restoreReply,
  togglePick,
  type JohariRecord,
} from '../../../src/lib/johari/record';
import { johariMarkdown } from '../../../src/lib/johari/export';

const known = new Set(Array.from({ length: 56 }, (_, i) => i));
const REQ = 'AbCdEQ';
const withRequest = (): JohariRecord => ({
  ...blankRecord(),
  name: '小王',
  self: [0, 1, 2, 3, 4],
  requestId: REQ,
});
const reply = (replyId: string, traits: number[], requestId = REQ) =>
  encodeReply({ requestId, replyId, traits });
const NOW = '2026-11-20T08:00:00.000Z';

describe('receiving replies', () => {
  it('adds a reply to the current request', () => {
    const { record, results } = receiveReplies(withRequest(), reply('AAAA', [0, 5, 6, 7, 8]), known, NOW);
    expect(results).toEqual([
      { status: 'added', code: reply('AAAA', [0, 5, 6, 7, 8]), traits: [0, 5, 6, 7, 8] },
    ]);
    expect(record.replies).toEqual([{ replyId: 'AAAA', traits: [0, 5, 6, 7, 8], addedAt: NOW }]);
  });

  it('adds several replies pasted at once and reports each', () => {
    const text = `${reply('AAAA', [0, 5, 6, 7, 8])}\n${reply('BBBB', [1, 5, 9, 10, 11, 12])} 还有一条坏的 jwa1.xyz`;
    const { record, results } = receiveReplies(withRequest(), text, known, NOW);
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'mangled']);
    expect(record.replies.map((r) => r.replyId)).toEqual(['AAAA', 'BBBB']);
  });

  it.each([
    [
      'the same code twice',
      (r: JohariRecord) => receiveReplies(r, reply('AAAA', [0, 5, 6, 7, 8]), known).record,
      reply('AAAA', [0, 5, 6, 7, 8]),
      'duplicate',
    ],
    [
      'a reply to another request',
      (r: JohariRecord) => r,
      reply('CCCC', [0, 5, 6, 7, 8], 'zzzzzw'),
      'other-request',
    ],
    [
      'a reply with words the list lacks',
      (r: JohariRecord) => r,
      reply('DDDD', [0, 5, 6, 7, 100]),
      'unknown-traits',
    ],
    ['a request link', (r: JohariRecord) => r, encodeRequest({ requestId: REQ, name: '小王' }), 'wrong-kind'],
    ['a truncated code', (r: JohariRecord) => r, reply('EEEE', [0, 5, 6, 7, 8]).slice(0, -2), 'mangled'],
    ['chat text', (r: JohariRecord) => r, '我选好了', 'foreign'],
    ['nothing', (r: JohariRecord) => r, '', 'empty'],
  ])('ignores %s and leaves the record as it was', (_, prepare, text, status) => {
    const before = prepare(withRequest());
    const { record, results } = receiveReplies(before, text, known, NOW);
    expect(results.map((r) => r.status)).toEqual([status]);
    expect(record).toBe(before);
  });

  it('refuses replies before the learner has a request', () => {
    const before = { ...blankRecord(), self: [0, 1, 2, 3, 4] };
    const { record, results } = receiveReplies(before, reply('AAAA', [0, 5, 6, 7, 8]), known);
    expect(results[0]!.status).toBe('no-request');
    expect(record).toBe(before);
  });

  it('lets the same peer replace an answer they changed', () => {
    const first = receiveReplies(withRequest(), reply('AAAA', [0, 5, 6, 7, 8]), known, NOW).record;
    const { record, results } = receiveReplies(first, reply('AAAA', [1, 5, 6, 7, 8]), known, NOW);
    expect(results[0]!.status).toBe('replaced');
    expect(record.replies).toEqual([{ replyId: 'AAAA', traits: [1, 5, 6, 7, 8], addedAt: NOW }]);
  });

  it('counts the same code once even when pasted twice in one go', () => {
    const code = reply('AAAA', [0, 5, 6, 7, 8]);
    const { record, results } = receiveReplies(withRequest(), `${code} ${code}`, known, NOW);
    expect(results.map((r) => r.status)).toEqual(['added', 'duplicate']);
    expect(record.replies).toHaveLength(1);
  });
});

describe('removing a reply', () => {
  const three = receiveReplies(
    withRequest(),
    [reply('AAAA', [0, 5, 6, 7, 8]), reply('BBBB', [1, 5, 6, 7, 8]), reply('CCCC', [2, 5, 6, 7, 8])].join(
      ' ',
    ),
    known,
    NOW,
  ).record;

  it('removes it and puts it back in its place on undo', () => {
    const { record, removed } = removeReply(three, 'BBBB');
    expect(record.replies.map((r) => r.replyId)).toEqual(['AAAA', 'CCCC']);
    expect(restoreReply(record, removed!)).toEqual(three);
  });

  it('does nothing for an unknown reply, and undo never doubles a reply', () => {
    expect(removeReply(three, 'ZZZZ').record).toBe(three);
    const { removed } = removeReply(three, 'BBBB');
    expect(restoreReply(three, removed!)).toBe(three);
  });
});

describe('picking traits', () => {
  it('adds in order, removes, and stops at the maximum', () => {
    expect(togglePick([3, 9], 5, 8)).toEqual([3, 5, 9]);
    expect(togglePick([3, 5, 9], 5, 8)).toEqual([3, 9]);
    const full = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(togglePick(full, 9, 8)).toBe(full);
  });
});

describe('Markdown export', () => {
  it('lists the panes with counts and keeps learner text literal', () => {
    const traits = Array.from({ length: 10 }, (_, id) => ({ id, word: `词${id}` }));
    const record: JohariRecord = {
      ...withRequest(),
      name: '<img src=x onerror=alert(1)>',
      self: [0, 1, 2, 3, 4],
      replies: [
        { replyId: 'AAAA', traits: [0, 5, 6, 7, 8], addedAt: NOW },
        { replyId: 'BBBB', traits: [0, 1, 5, 6, 7], addedAt: NOW },
      ],
      mask: { face: '# 永远冷静的组长', behind: '' },
      reflection: { trait: 5, seen: '**开会**时', meaning: '', action: '' },
    };
    const md = johariMarkdown(record, traits, new Date('2026-11-20'));
    expect(md).toContain('&lt;img src=x onerror=alert(1)>');
    expect(md).not.toContain('<img');
    expect(md).toContain(
      '## 开放区（自己知道，别人也知道）\n\n- 词0：2 位同事选了；我也选了\n- 词1：1 位同事选了；我也选了',
    );
    expect(md).toContain('## 盲区（别人知道，自己不知道）\n\n- 词5：2 位同事选了');
    expect(md).toContain('## 未知区（自己和别人都不知道）\n\n词9');
    expect(md).toContain('\\# 永远冷静的组长');
    expect(md).toContain('反思：盲区里的「词5」');
    expect(md).toContain('\\*\\*开会\\*\\*时');
    expect(md).toContain('同事回复：2 份');
  });
});
