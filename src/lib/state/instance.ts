import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { SafeStorage, persistentEngine } from './storage';

/**
 * The site's one storage: localStorage when the browser allows it, memory otherwise.
 * Importing this module installs it as the engine of every persistent store.
 */
export const storage = new SafeStorage(() => globalThis.localStorage);

setPersistentEngine(persistentEngine(storage), typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents);

/** Tells open stores on this page that `key` changed underneath them (as another tab would). */
export function announceChange(key: string, newValue: string | null): void {
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}
