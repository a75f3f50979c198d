import { describe, expect, it } from 'vitest';
import { compareMetric, formatGap, targetText } from '../../../src/lib/review-worksheet/compare';
import { parseNumber } from '../../../src/lib/worksheet/numbers';

const metric = (target: string, actual: string, unit = '', direction: 'higher' | 'lower' = 'higher') => ({
  target,
  actual,
  unit,
  direction,
});

describe('reading numbers typed by learners', () => {
  it.each([
    ['92', 92],
    [' 92.5 ', 92.5],
    ['92%', 92],
    ['≤ 30', 30],
    ['1,200', 1200],
    ['９２．５', 92.5],
    ['-3', -3],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ kind: 'number', value });
  });

  it.each(['九十二', '30秒左右', '92%%', 'abc', '1.2.3'])('refuses %j instead of guessing', (text) => {
    expect(parseNumber(text).kind).toBe('invalid');
  });

  it('tells an empty field apart', () => {
    expect(parseNumber('  ')).toEqual({ kind: 'empty' });
  });
});

describe('comparing a result with its target', () => {
  it.each([
    [
      'a satisfaction rate short of target',
      metric('92', '89', '%'),
      'missed',
      '未达成',
      '差 3 个百分点',
      '为目标的 96.7%',
    ],
    [
      'a satisfaction rate above target',
      metric('92', '93.4', '%'),
      'exceeded',
      '超额达成',
      '优于目标 1.4 个百分点',
      '为目标的 101.5%',
    ],
    [
      'a response time under its ceiling',
      metric('30', '26', '秒', 'lower'),
      'exceeded',
      '达成',
      '优于目标 4 秒',
      '为目标的 86.7%',
    ],
    [
      'a response time over its ceiling',
      metric('25', '31', '秒', 'lower'),
      'missed',
      '未达成',
      '差 6 秒',
      '为目标的 124%',
    ],
    [
      'a result exactly on target',
      metric('20', '20', '单', 'lower'),
      'met',
      '达成',
      '恰好持平',
      '为目标的 100%',
    ],
    [
      'a count with no unit',
      metric('25', '17', '', 'lower'),
      'exceeded',
      '达成',
      '优于目标 8',
      '为目标的 68%',
    ],
  ])('judges %s', (_, m, status, verdict, gapText, percentText) => {
    expect(compareMetric(m)).toMatchObject({ status, verdict, gapText, percentText });
  });

  it('cannot give a % of a zero target, and says so', () => {
    expect(compareMetric(metric('0', '3', '单', 'lower'))).toMatchObject({
      status: 'missed',
      percent: undefined,
      percentText: '目标值为 0，无法计算完成率。',
    });
  });

  it.each([
    [metric('', '89'), 'pending', 'target', '还没填目标值（在第 1 步填写）。'],
    [metric('92', ''), 'pending', 'actual', '还没填实际结果。'],
    [
      metric('九十二', '89'),
      'invalid',
      'target',
      '「目标值」里的「九十二」不是数字：请只填数字，如 92 或 92.5，单位写在「单位」栏。',
    ],
    [
      metric('92', '89分'),
      'invalid',
      'actual',
      '「实际结果」里的「89分」不是数字：请只填数字，如 92 或 92.5，单位写在「单位」栏。',
    ],
  ])('explains a missing or invalid number in Chinese: %j', (m, status, field, message) => {
    expect(compareMetric(m)).toEqual({ status, field, message });
  });

  it('writes the target with its direction and unit', () => {
    expect(targetText(metric('30', '', '秒', 'lower'))).toBe('≤ 30 秒');
    expect(targetText(metric('92%', '', '%'))).toBe('≥ 92 %');
    expect(formatGap(-2.25, '%')).toBe('2.3 个百分点');
  });
});
