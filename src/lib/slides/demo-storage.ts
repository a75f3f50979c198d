/**
 * The storage the presenter view runs on: memory only. Whatever the trainer does in a
 * live exercise on a slide (a demo for the room) never reaches their own records, and is
 * wiped when they leave that slide. Installing it replaces the engine of every persistent
 * store (@nanostores/persistent), so the islands need not know they are in a demo.
 */
import { setPersistentEngine, type PersistentEvents, type PersistentListener } from '@nanostores/persistent';
// The site's engine is installed when the state layer first loads; load it now, so that an
// island hydrating later cannot put it back over this one.
import { storage } from '../state/instance';
import { PREFIX } from '../state/storage';

/** The trainer's own class sessions are real work, not a demo: they go to real storage. */
const isClassRecord = (key: string) => key.startsWith(`${PREFIX}class:`);

export interface DemoStorage {
  /** Every key a demo has written, sorted. */
  keys(): string[];
  /** Forgets everything written so far and puts the open stores back to their start. */
  clear(): void;
}

/** Makes a memory storage and installs it as the engine of every persistent store. */
export function useDemoStorage(): DemoStorage {
  const values = new Map<string, string>();
  const listeners = new Set<PersistentListener>();
  const engine = new Proxy({} as Record<string, string>, {
    get: (_, key) =>
      typeof key !== 'string'
        ? undefined
        : isClassRecord(key)
          ? (storage.getItem(key) ?? undefined)
          : values.get(key),
    set: (_, key, value: string) => {
      if (typeof key === 'string' && isClassRecord(key)) storage.setItem(key, String(value));
      else if (typeof key === 'string') values.set(key, String(value));
      return true;
    },
    has: (_, key) =>
      typeof key === 'string' && (isClassRecord(key) ? storage.getItem(key) !== null : values.has(key)),
    deleteProperty: (_, key) => {
      if (typeof key === 'string' && isClassRecord(key)) storage.removeItem(key);
      else if (typeof key === 'string') values.delete(key);
      return true;
    },
    ownKeys: () => [...values.keys()],
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && values.has(key)
        ? { configurable: true, enumerable: true, writable: true, value: values.get(key) }
        : undefined,
  });
  // Only this page's own resets reach the stores: another tab's edits stay out of the demo.
  const events: PersistentEvents = {
    addEventListener: (_key, listener) => void listeners.add(listener),
    removeEventListener: (_key, listener) => void listeners.delete(listener),
  };
  setPersistentEngine(engine, events);
  return {
    keys: () => [...values.keys()].sort(),
    clear() {
      const keys = [...values.keys()];
      values.clear();
      // A null value is how a store hears that its key was removed.
      for (const key of keys)
        for (const listener of [...listeners]) listener({ key, newValue: null as unknown as string });
    },
  };
}
