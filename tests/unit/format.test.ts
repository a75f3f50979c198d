import { describe, expect, it } from 'vitest';
import { fileStamp, formatDate, formatDateTime, formatShortDateTime, today } from '../../src/lib/format';
import { newId } from '../../src/lib/ids';

const at = new Date(2026, 11, 1, 19, 8);

describe('dates the learner sees', () => {
  it.each([
    [formatDateTime, '2026年12月1日 19:08'],
    [formatDate, '2026年12月1日'],
    [formatShortDateTime, '12月1日 19:08'],
  ])('%o writes Chinese calendar wording', (format, expected) => {
    expect(format(at)).toBe(expected);
    expect(format(at.toISOString())).toBe(expected);
  });

  it('gives back a value that is not a date instead of "Invalid Date"', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDate('')).toBe('');
  });
});

describe('today and file stamps', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
  it('stamps file names so that they sort by time', () => {
    expect(fileStamp(new Date(2026, 0, 5, 9, 7))).toBe('20260105-0907');
  });
});

describe('newId', () => {
  it('is unique even within one millisecond', () => {
    expect(new Set(Array.from({ length: 500 }, () => newId('t', 1))).size).toBe(500);
  });
  it('starts with the prefix it is given', () => {
    expect(newId('sw')).toMatch(/^sw[0-9a-z]+$/);
  });
});
