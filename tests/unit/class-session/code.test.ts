import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  base32ToText,
  checkCode,
  encodeCode,
  fingerprint,
  MAX_CODE_LENGTH,
  parseCode,
  textToBase32,
  type Activity,
  type ActivityResult,
} from '../../../src/lib/class-session';
import { activities, check, conflict, listening, scale, word } from './fixtures';

const base = { session: 'ABC123', participant: 'P4K2ZQ' };

describe('result codes', () => {
  // Pinned: a change here breaks every code already on a phone, so bump CODE_VERSION instead.
  it.each<[string, Activity, ActivityResult, string, string]>([
    [
      'a knowledge check',
      check,
      { kind: 'answers', answers: [1, 2] },
      '',
      'KT1-ABC123-P4K2ZQ-CHECK.LEARNING-5K-12--RGOQ',
    ],
    [
      'a self-test profile',
      listening,
      { kind: 'values', values: [4.2, 3] },
      '',
      'KT1-ABC123-P4K2ZQ-LISTENING.TEST-RV-160U--AIK8',
    ],
    [
      'a scale poll with a nickname',
      scale,
      { kind: 'answers', answers: [4] },
      '小王',
      'KT1-ABC123-P4K2ZQ-LEARNING.CONFIDENCE-EI-4-SMO8VPSEHC-R005',
    ],
    [
      'a one-word poll',
      word,
      { kind: 'word', word: '坚持' },
      '',
      'KT1-ABC123-P4K2ZQ-LEARNING.WORD-ZU-SMEPLPKCG4--WE0A',
    ],
  ])('writes %s as a pinned code', (_name, activity, result, nickname, expected) => {
    const code = encodeCode({ ...base, activity, result, nickname });
    expect(code).toBe(expected);
    expect(code).toMatch(/^[0-9A-Z.-]+$/);
  });

  it('reads back what it wrote, for every kind of activity', () => {
    const cases: [Activity, ActivityResult][] = [
      [check, { kind: 'answers', answers: [0, 3] }],
      [listening, { kind: 'values', values: [1, 5] }],
      [conflict, { kind: 'values', values: [12, 0, 8] }],
      [scale, { kind: 'answers', answers: [1] }],
      [word, { kind: 'word', word: '倾听 first' }],
    ];
    for (const [activity, result] of cases) {
      const code = encodeCode({ ...base, activity, result, nickname: '阿明' });
      const read = checkCode(code, 'ABC123', activities);
      expect(read).toEqual({
        ok: true,
        code: expect.objectContaining({
          activityId: activity.id,
          nickname: '阿明',
          participant: 'P4K2ZQ',
          result,
        }),
      });
    }
  });

  it('stays under 200 characters with the longest nickname and word', () => {
    const code = encodeCode({
      ...base,
      activity: word,
      result: { kind: 'word', word: '很'.repeat(40) },
      nickname: '长'.repeat(40),
    });
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(checkCode(code, 'ABC123', activities).ok).toBe(true);
  });

  it('round-trips any text through base 32', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        (text) => base32ToText(textToBase32(text)) === text,
      ),
    );
  });

  const good = encodeCode({ ...base, activity: check, result: { kind: 'answers', answers: [1, 2] } });

  it.each([
    ['another session', good, 'XYZ999', activities, 'session'],
    ['a newer site version', good.replace('KT1-', 'KT2-'), 'ABC123', activities, 'version'],
    ['a truncated code', good.slice(0, -6), 'ABC123', activities, 'checksum'],
    ['a forged answer (checksum)', good.replace('-12-', '-11-'), 'ABC123', activities, 'checksum'],
    ['an activity this unit lacks', good, 'ABC123', [listening], 'activity'],
    [
      'another course version',
      good,
      'ABC123',
      [
        {
          ...check,
          questions: [...check.questions, { id: 'q3', prompt: 'x', options: ['a', 'b'] }],
        },
      ],
      'course',
    ],
    ['plain chat text', '大家好', 'ABC123', activities, 'format'],
  ] as const)('refuses %s', (_name, code, session, list, reason) => {
    expect(checkCode(code, session, list as Activity[])).toEqual({ ok: false, reason });
  });

  it('changes the fingerprint when the questions change, not when wording does', () => {
    const reworded = { ...check, title: '新标题' } as Activity;
    expect(fingerprint(reworded)).toBe(fingerprint(check));
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `KT1-${s}`),
          fc
            .constantFrom(good)
            .chain((g) =>
              fc
                .tuple(fc.nat(g.length), fc.string({ maxLength: 3 }))
                .map(([i, s]) => g.slice(0, i) + s + g.slice(i + 1)),
            ),
        ),
        (text) => {
          const parsed = parseCode(text);
          const checked = checkCode(text, 'ABC123', activities);
          return typeof parsed.ok === 'boolean' && typeof checked.ok === 'boolean';
        },
      ),
      { numRuns: 2000 },
    );
  });
});
