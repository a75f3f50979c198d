/**
 * Asking the browser to keep the site's storage once the learner has work saved. Every page
 * asks (StorageNotices.astro), so this is apart from the backup reminder in keeping.ts,
 * which only the pages showing it load.
 */
import { readEnvelopeTime } from '../state/document';
import { PREFIX, type SafeStorage } from '../state/storage';

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
