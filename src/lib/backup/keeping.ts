/**
 * What this device knows about keeping the learner's records: when they were last saved
 * to a file, a dismissed backup reminder, and whether the browser agreed to keep the
 * site's storage (`navigator.storage.persist()`). These facts stay on the device: the
 * export leaves every `meta:` key out.
 */
import { META_PREFIX, type SafeStorage } from '../state/storage';
import { workEditTimes } from './persist';
import { isSafari, reminderReason, type ReminderInput } from './reminder';

export const SAVED_TO_FILE_KEY = `${META_PREFIX}saved-to-file`;
export const REMINDER_DISMISSED_KEY = `${META_PREFIX}reminder-dismissed`;

function readTime(storage: SafeStorage, key: string): number | undefined {
  const t = Number(storage.getItem(key));
  return Number.isFinite(t) && t > 0 ? t : undefined;
}

/** Notes that every record was just saved to a file (downloaded or shared). */
export function markSavedToFile(storage: SafeStorage, now = Date.now()): void {
  storage.trySetItem(SAVED_TO_FILE_KEY, String(now));
}

/** Remembers that the learner dismissed the reminder, for the work done so far. */
export function dismissReminder(storage: SafeStorage, now = Date.now()): void {
  storage.trySetItem(REMINDER_DISMISSED_KEY, String(now));
}

/** The reminder's inputs as this device holds them now. */
export function reminderInput(storage: SafeStorage, persisted: boolean, now = Date.now()): ReminderInput {
  return {
    now,
    editedAt: workEditTimes(storage),
    savedToFileAt: readTime(storage, SAVED_TO_FILE_KEY),
    dismissedAt: readTime(storage, REMINDER_DISMISSED_KEY),
    safari: isSafari(navigator.userAgent, navigator.maxTouchPoints),
    persisted,
  };
}

export { reminderReason };
export { isWorkKey, keepRecords, workEditTimes, type Persistence } from './persist';
