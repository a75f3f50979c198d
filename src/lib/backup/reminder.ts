/**
 * When 我的学习 and the home page offer "保存一份备份": the rules, with no browser in them.
 * Work counts as saved to a file once it has been exported (downloaded or shared); a
 * dismissal covers the work done up to that moment, so the reminder comes back only for
 * work done after it.
 */

import { browserOf, systemOf } from './device';

/** Days that unsaved work may wait before the reminder appears. */
export const REMINDER_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderInput {
  /** Now, in ms. */
  now: number;
  /** When each of the learner's work records was last edited (ms). */
  editedAt: readonly number[];
  /** When the records were last exported to a file, if ever (ms). */
  savedToFileAt?: number | undefined;
  /** When the learner last dismissed the reminder, if ever (ms). */
  dismissedAt?: number | undefined;
  /**
   * Safari (and every browser on iOS) deletes script-written storage after seven days
   * without a visit, so there the reminder does not wait for work to age.
   */
  safari: boolean;
  /** The browser granted persistent storage: Safari's seven-day deletion then no longer applies. */
  persisted: boolean;
}

/** The oldest edit not yet saved to a file nor covered by a dismissal, if any. */
export function oldestUnsaved(input: ReminderInput): number | undefined {
  const since = Math.max(input.savedToFileAt ?? -Infinity, input.dismissedAt ?? -Infinity);
  const unsaved = input.editedAt.filter((t) => t > since);
  return unsaved.length ? Math.min(...unsaved) : undefined;
}

/** Why the reminder shows, or undefined when it should not. */
export function reminderReason(input: ReminderInput): 'safari' | 'aged' | undefined {
  const oldest = oldestUnsaved(input);
  if (oldest === undefined) return undefined;
  if (input.safari && !input.persisted) return 'safari';
  return input.now - oldest >= REMINDER_AFTER_DAYS * DAY_MS ? 'aged' : undefined;
}

/** Whole days since `t`, for the reminder's wording. */
export function daysSince(t: number, now: number): number {
  return Math.max(0, Math.floor((now - t) / DAY_MS));
}

/**
 * Safari's seven-day storage cap applies to desktop Safari and to every browser on iOS
 * and iPadOS (all of them are WebKit there).
 */
export function isSafari(userAgent: string, maxTouchPoints = 0): boolean {
  const system = systemOf(userAgent, maxTouchPoints);
  if (system === 'iPhone' || system === 'iPad') return true;
  return browserOf(userAgent) === 'Safari' && !system.startsWith('Android');
}
