import { describe, expect, it } from 'vitest';
import {
  daysSince,
  isSafari,
  oldestUnsaved,
  reminderReason,
  type ReminderInput,
} from '../../../src/lib/backup/reminder';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-12-02T12:00:00Z');
const ago = (days: number) => NOW - days * DAY;

const input = (over: Partial<ReminderInput>): ReminderInput => ({
  now: NOW,
  editedAt: [],
  safari: false,
  persisted: false,
  ...over,
});

describe('the backup reminder', () => {
  it.each<[string, Partial<ReminderInput>, ReturnType<typeof reminderReason>]>([
    ['no work at all', {}, undefined],
    ['work from today only', { editedAt: [ago(0)] }, undefined],
    ['work six days old', { editedAt: [ago(6)] }, undefined],
    ['work exactly seven days old', { editedAt: [ago(7)] }, 'aged'],
    ['old and new work, none saved', { editedAt: [ago(1), ago(9)] }, 'aged'],
    ['old work saved to a file since', { editedAt: [ago(9)], savedToFileAt: ago(8) }, undefined],
    ['work edited after the last file, now old', { editedAt: [ago(8)], savedToFileAt: ago(20) }, 'aged'],
    [
      'work edited after the last file, still fresh',
      { editedAt: [ago(3)], savedToFileAt: ago(20) },
      undefined,
    ],
    ['old work, reminder dismissed after it', { editedAt: [ago(9)], dismissedAt: ago(2) }, undefined],
    ['new work after a dismissal, old again', { editedAt: [ago(30), ago(8)], dismissedAt: ago(20) }, 'aged'],
    ['Safari, fresh unsaved work', { editedAt: [ago(0)], safari: true }, 'safari'],
    ['Safari, nothing unsaved', { editedAt: [ago(3)], savedToFileAt: ago(1), safari: true }, undefined],
    [
      'Safari, dismissed after the work',
      { editedAt: [ago(3)], dismissedAt: ago(1), safari: true },
      undefined,
    ],
    [
      'Safari with persistent storage, fresh work',
      { editedAt: [ago(1)], safari: true, persisted: true },
      undefined,
    ],
    ['persistent storage elsewhere, old work', { editedAt: [ago(10)], persisted: true }, 'aged'],
  ])('%s', (_case, over, expected) => {
    expect(reminderReason(input(over))).toBe(expected);
  });

  it('counts the age from the oldest edit not yet saved', () => {
    const i = input({ editedAt: [ago(2), ago(12), ago(30)], savedToFileAt: ago(20) });
    expect(oldestUnsaved(i)).toBe(ago(12));
    expect(daysSince(oldestUnsaved(i)!, NOW)).toBe(12);
  });
});

describe('which browsers delete storage after seven days', () => {
  it.each([
    [
      'desktop Safari',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      0,
      true,
    ],
    [
      'Safari on iPhone',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      5,
      true,
    ],
    [
      'Chrome on iPhone (WebKit too)',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1',
      5,
      true,
    ],
    [
      'an iPad presenting as a Mac',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      5,
      true,
    ],
    [
      'Chrome on a Mac',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      0,
      false,
    ],
    [
      'Chrome on Android',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      5,
      false,
    ],
    [
      'Edge on Windows',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
      0,
      false,
    ],
    ['Firefox on Linux', 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0', 0, false],
  ])('%s', (_name, ua, touch, expected) => {
    expect(isSafari(ua, touch)).toBe(expected);
  });
});
