import { describe, expect, it } from 'vitest';
import {
  addCodes,
  checkCode,
  dimensionStats,
  dominantCounts,
  encodeCode,
  findCandidates,
  readPaste,
  scaleTally,
  tallyQuestions,
  wordTally,
  type Activity,
  type ActivityResult,
  type CheckedCode,
  type ClassSession,
  type DimensionsActivity,
  type QuestionsActivity,
} from '../../../src/lib/class-session';
import { BOM, sessionCsv } from '../../../src/lib/class-session/export';
import { collectReport } from '../../../src/lib/class-session/report';
import { describeResult } from '../../../src/lib/class-session/summary';
import { attachedSession, attachSession } from '../../../src/lib/class-session/tab';
import { joinUrl, randomId, sessionFromHash, shortLink } from '../../../src/lib/class-session/ids';
import { activities, check, conflict, listening, scale, word } from './fixtures';

const code = (participant: string, activity: Activity, result: ActivityResult, nickname = '') =>
  encodeCode({ session: 'ABC123', participant, activity, result, nickname });
const checked = (text: string): CheckedCode => {
  const r = checkCode(text, 'ABC123', activities);
  if (!r.ok) throw new Error(r.reason);
  return r.code;
};
const empty = (): ClassSession => ({
  id: 'ABC123',
  unit: 'learning',
  unitTitle: '第一讲 学习力',
  startedAt: '2026-12-01T09:00:00.000Z',
  activities,
  responses: [],
});

describe('finding codes in a chat log', () => {
  const a = code('AAAAAA', check, { kind: 'answers', answers: [1, 3] });
  const b = code('BBBBBB', check, { kind: 'answers', answers: [0, 3] }, '小李');
  const log = [
    '[09:31] 王老师：大家把代码发上来',
    `[09:32] 小张：${a}.`,
    `[09:32] 小李：${b.toLowerCase()} 谢谢老师`,
    '[09:33] 小赵：KT1-这个不对',
    `[09:33] 小钱：${a.slice(0, 30)}`,
    '[09:34] 小孙：收到👍',
  ].join('\n');

  it('finds every code among the chat noise, even lower-cased or followed by punctuation', () => {
    const reading = readPaste(log, 'ABC123', activities);
    expect(reading.codes.map((c) => c.participant)).toEqual(['AAAAAA', 'BBBBBB']);
    expect(reading.codes[1]!.nickname).toBe('小李');
    expect(reading.rejected).toEqual({ checksum: 1 });
  });

  it('ignores a lone magic with nothing after it', () => {
    expect(findCandidates('KT1- 和 KT')).toEqual([]);
  });

  it.each([
    ['an empty paste', '  \n ', 'empty'],
    ['a 5 MB paste', 'x'.repeat(5 * 1024 * 1024), 'too-large'],
    ['chat without codes', '今天的课很好', 'none-found'],
  ])('reports %s', (_name, text, problem) => {
    expect(readPaste(text, 'ABC123', activities)).toMatchObject({ codes: [], problem });
  });
});

describe('collecting into a session', () => {
  const first = checked(code('AAAAAA', check, { kind: 'answers', answers: [1, 3] }));
  const changed = checked(code('AAAAAA', check, { kind: 'answers', answers: [1, 0] }));
  const other = checked(code('BBBBBB', check, { kind: 'answers', answers: [2, 3] }));

  it('keeps one answer per participant and activity: a later code replaces the earlier one', () => {
    const once = addCodes(empty(), [first, other]);
    expect(once).toMatchObject({ added: 2, replaced: 0, duplicates: 0 });
    const again = addCodes(once.session, [first, changed]);
    expect(again).toMatchObject({ added: 0, replaced: 1, duplicates: 1 });
    expect(again.session.responses).toHaveLength(2);
    const tally = tallyQuestions(check as QuestionsActivity, again.session.responses);
    expect(tally.map((q) => q.counts)).toEqual([
      [0, 1, 1],
      [1, 0, 0, 1],
    ]);
    expect(tally.map((q) => q.right)).toEqual([1, 1]);
  });

  it('leaves the session alone for codes of another session', () => {
    const foreign = { ...first, session: 'XYZ999' };
    const outcome = addCodes(empty(), [foreign]);
    expect(outcome.added).toBe(0);
    expect(outcome.session.responses).toEqual([]);
  });

  it('gives the mean and spread of each dimension and the dominant styles', () => {
    const { session } = addCodes(empty(), [
      checked(code('AAAAAA', listening, { kind: 'values', values: [4, 2] })),
      checked(code('BBBBBB', listening, { kind: 'values', values: [2, 3] })),
      checked(code('AAAAAA', conflict, { kind: 'values', values: [8, 8, 4] })),
      checked(code('BBBBBB', conflict, { kind: 'values', values: [2, 10, 8] })),
    ]);
    const stats = dimensionStats(
      listening as DimensionsActivity,
      session.responses.filter((r) => r.activity === 'listening-test'),
    );
    expect(stats.map((d) => [d.n, d.mean, d.sd, d.min, d.max])).toEqual([
      [2, 3, 1, 2, 4],
      [2, 2.5, 0.5, 2, 3],
    ]);
    expect(
      dominantCounts(
        conflict as DimensionsActivity,
        session.responses.filter((r) => r.activity === 'conflict-test'),
      ),
    ).toEqual([1, 2, 0]);
  });

  it('counts scale and word polls', () => {
    const { session } = addCodes(empty(), [
      checked(code('AAAAAA', scale, { kind: 'answers', answers: [4] })),
      checked(code('BBBBBB', scale, { kind: 'answers', answers: [2] })),
      checked(code('AAAAAA', word, { kind: 'word', word: '坚持' })),
      checked(code('BBBBBB', word, { kind: 'word', word: '坚持' })),
      checked(code('CCCCCC', word, { kind: 'word', word: '好奇' })),
    ]);
    expect(scaleTally(session.responses.filter((r) => r.activity === scale.id))).toEqual({
      counts: [0, 1, 0, 1, 0],
      mean: 3,
    });
    expect(wordTally(session.responses.filter((r) => r.activity === word.id))).toEqual([
      { word: '坚持', count: 2 },
      { word: '好奇', count: 1 },
    ]);
  });
});

describe('CSV export', () => {
  it('starts with a BOM, quotes commas and quotes, and keeps Chinese as it is', () => {
    const { session } = addCodes(empty(), [
      checked(code('AAAAAA', check, { kind: 'answers', answers: [1, 3] }, '王,"小"明')),
    ]);
    const csv = sessionCsv({
      ...session,
      responses: session.responses.map((r) => ({ ...r, at: '2026-12-01T09:30:00.000Z' })),
    });
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('课堂编号,讲,活动,参与者编号,昵称,题目或维度,回答,是否正确,收集时间');
    expect(lines[1]).toBe(
      'ABC123,第一讲 学习力,知识检查,AAAAAA,"王,""小""明",学习力包括哪三项？,乙,是,2026-12-01T09:30:00.000Z',
    );
    expect(lines).toHaveLength(3);
  });
});

describe('telling the trainer what happened', () => {
  it('names what was taken and each reason a code was refused, in Chinese', () => {
    const report = collectReport({ added: 2, replaced: 1, duplicates: 3 }, { session: 1, checksum: 2 });
    expect(report.headline).toBe('新收到 2 份，更新 1 份（同一人后交的代替先交的），重复 3 份已忽略。');
    expect(report.refused).toEqual(['属于另一场课堂：1 个', '代码不完整或被改动过（校验不符）：2 个']);
    expect(collectReport(undefined, {}, 'too-large')).toMatchObject({
      problem: true,
      headline: expect.stringContaining('太大'),
    });
  });

  it('says in plain words what a code carries', () => {
    expect(describeResult(check, { kind: 'answers', answers: [1, 3] })).toBe(
      '你在 2 道题中选择的选项：第 1 题 B、第 2 题 D',
    );
    expect(describeResult(listening, { kind: 'values', values: [4.25, 3] })).toBe(
      '你在各维度的得分：专注 4.3、同理 3.0',
    );
    expect(describeResult(word, { kind: 'word', word: '坚持' })).toBe('你的回答「坚持」');
  });
});

describe('session ids and links', () => {
  it('makes ids without look-alike characters and reads the session from a fragment', () => {
    for (let i = 0; i < 200; i++) expect(randomId()).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(sessionFromHash('#class=abc234')).toBe('ABC234');
    expect(sessionFromHash('#s=1&class=ABC234')).toBe('ABC234');
    expect(sessionFromHash('#学习力的本质')).toBeUndefined();
    expect(joinUrl('/x/y/units/swot/', 'ABC234', 'https://example.com')).toBe(
      'https://example.com/x/y/units/swot/#class=ABC234',
    );
    expect(shortLink('https://example.com/units/swot/#class=ABC234')).toBe(
      'example.com/units/swot/#class=ABC234',
    );
  });

  it('keeps the session of the fragment for the tab, so in-page links do not lose it', () => {
    const kept = new Map<string, string>();
    Object.assign(globalThis, {
      sessionStorage: {
        getItem: (k: string) => kept.get(k) ?? null,
        setItem: (k: string, v: string) => void kept.set(k, v),
        removeItem: (k: string) => void kept.delete(k),
      },
    });
    expect(attachedSession('#class=ABC234')).toBe('ABC234');
    expect(attachedSession('#学习力的本质')).toBe('ABC234');
    attachSession(undefined);
    expect(attachedSession('')).toBeUndefined();
  });
});
