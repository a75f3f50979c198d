/**
 * What this device knows about keeping the learner's records: when they were last saved
 * to a file, a dismissed backup reminder, and whether the browser agreed to keep the
 * site's storage (`navigator.storage.persist()`). These facts stay on the device: the
 * export leaves every `meta:` key out.
 */
import { readEnvelopeTime } from '../state/document';
import { META_PREFIX, PREFIX, type SafeStorage } from '../state/storage';
import { isSafari, reminderReason, type ReminderInput } from './reminder';

export const SAVED_TO_FILE_KEY = `${META_PREFIX}saved-to-file`;
export const REMINDER_DISMISSED_KEY = `${META_PREFIX}reminder-dismissed`;

/** Records that are the learner's own work: exercises, self-test and check attempts, class sessions. */
export function isWorkKey(key: string): boolean {
  return /^(?:ex:|attempts:|class:sessions$)/.test(key.slice(PREFIX.length)) && key.startsWith(PREFIX);
}

/** When each work record on this device was last edited. */
export function workEditTimes(storage: SafeStorage): number[] {
  return storage
    .keys()
    .filter(isWorkKey)
    .map((key) => readEnvelopeTime(storage.getItem(key)))
    .filter((t): t is number => t !== null);
}

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

/** How the browser answered the request to keep the site's storage. */
export type Persistence = 'granted' | 'refused' | 'unsupported' | 'no-work';

/**
 * Asks the browser to keep the site's storage once the learner has work saved; says how
 * it answered. Never throws; asking again is harmless (a browser may change its mind).
 */
export async function keepRecords(storage: SafeStorage): Promise<Persistence> {
  const api = globalThis.navigator?.storage;
  if (!api?.persist || !api.persisted) return 'unsupported';
  try {
    if (await api.persisted()) return 'granted';
    if (!workEditTimes(storage).length) return 'no-work';
    return (await api.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
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
