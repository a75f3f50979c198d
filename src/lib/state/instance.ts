import { setPersistentEngine, type PersistentEvents } from '@nanostores/persistent';
import { SafeStorage, persistentEngine } from './storage';
import { pageBackend } from './namespace';

/**
 * The site's one storage: localStorage when the browser allows it, else the tab's
 * sessionStorage, else memory. Importing this module installs it as the engine of every
 * persistent store. In the LMS copy it holds only the current learner's records (see
 * namespace.ts).
 */
export const storage = new SafeStorage(
  () => pageBackend(globalThis.localStorage),
  () => pageBackend(globalThis.sessionStorage),
);

/**
 * Other tabs' edits arrive as `storage` events. Guarded so that a store unmounted after
 * the window is gone (as at the end of a test run) does nothing instead of throwing.
 */
const events: PersistentEvents = {
  addEventListener(_key, listener, restore) {
    if (typeof window === 'undefined') return;
    window.addEventListener('storage', listener as (e: StorageEvent) => void);
    window.addEventListener('pageshow', restore);
  },
  removeEventListener(_key, listener, restore) {
    if (typeof window === 'undefined') return;
    window.removeEventListener('storage', listener as (e: StorageEvent) => void);
    window.removeEventListener('pageshow', restore);
  },
};

setPersistentEngine(persistentEngine(storage), events);

/** Tells open stores on this page that `key` changed underneath them (as another tab would). */
export function announceChange(key: string, newValue: string | null): void {
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}
