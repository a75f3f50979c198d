import { atom } from 'nanostores';

/** Every key the site writes starts with this, so one prefix holds all learner data. */
export const PREFIX = 'cs-course:';

export type StorageFault = 'unavailable' | 'quota' | 'error';

/** Whether data reaches the browser's storage, or only lives in memory until the tab closes. */
export interface StorageHealth {
  mode: 'local' | 'memory';
  fault?: StorageFault;
}

/** What SafeStorage needs of a backend (window.localStorage in the browser). */
export type Backend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException))
    return false;
  const { name, code } = error as { name?: string; code?: number };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/**
 * localStorage that never throws. When the browser refuses to store (private mode,
 * disabled storage, a full disk) it carries on in memory, keeps what it already had,
 * and reports the fault through `health` so the page can say so and offer an export.
 */
export class SafeStorage {
  readonly health = atom<StorageHealth>({ mode: 'local' });
  #backend: Backend | undefined;
  /** In memory mode: every value. In local mode: values of held keys only. */
  #memory = new Map<string, string>();
  /** Keys whose stored value must not be overwritten (written by a newer site version, or not backed up). */
  #held = new Set<string>();

  constructor(backend: Backend | (() => Backend | undefined) | undefined) {
    try {
      const resolved = typeof backend === 'function' ? backend() : backend;
      if (!resolved) throw new Error('no storage');
      const probe = `${PREFIX}__probe__`;
      resolved.setItem(probe, '1');
      resolved.removeItem(probe);
      this.#backend = resolved;
    } catch (error) {
      this.#backend = undefined;
      this.health.set({ mode: 'memory', fault: isQuotaError(error) ? 'quota' : 'unavailable' });
    }
  }

  get mode(): 'local' | 'memory' {
    return this.health.get().mode;
  }

  getItem(key: string): string | null {
    if (this.#memory.has(key)) return this.#memory.get(key)!;
    if (this.mode === 'memory' || !this.#backend) return null;
    try {
      return this.#backend.getItem(key);
    } catch {
      this.#fallBack('error');
      return this.#memory.get(key) ?? null;
    }
  }

  setItem(key: string, value: string): void {
    if (this.#held.has(key) || this.mode === 'memory' || !this.#backend) {
      this.#memory.set(key, value);
      return;
    }
    try {
      this.#backend.setItem(key, value);
    } catch (error) {
      this.#fallBack(isQuotaError(error) ? 'quota' : 'error');
      this.#memory.set(key, value);
    }
  }

  removeItem(key: string): void {
    if (this.#held.has(key)) {
      this.#memory.delete(key);
      return;
    }
    this.#memory.delete(key);
    if (this.mode === 'memory' || !this.#backend) return;
    try {
      this.#backend.removeItem(key);
    } catch {
      this.#fallBack('error');
      this.#memory.delete(key);
    }
  }

  /** Every key under the prefix. */
  keys(): string[] {
    const keys = new Set<string>(this.#memory.keys());
    if (this.mode === 'local' && this.#backend) {
      try {
        for (let i = 0; i < this.#backend.length; i++) {
          const key = this.#backend.key(i);
          if (key?.startsWith(PREFIX)) keys.add(key);
        }
      } catch {
        this.#fallBack('error');
      }
    }
    return [...keys].filter((k) => k.startsWith(PREFIX)).sort();
  }

  /** From now on, writes to `key` stay in memory and the stored value is left as it is. */
  hold(key: string): void {
    this.#held.add(key);
  }

  isHeld(key: string): boolean {
    return this.#held.has(key);
  }

  /** Copies what storage holds into memory and continues there. */
  #fallBack(fault: StorageFault): void {
    if (this.mode === 'memory') return;
    const backend = this.#backend;
    if (backend) {
      try {
        for (let i = 0; i < backend.length; i++) {
          const key = backend.key(i);
          if (key?.startsWith(PREFIX) && !this.#memory.has(key)) {
            const value = backend.getItem(key);
            if (value !== null) this.#memory.set(key, value);
          }
        }
      } catch {
        // Reading failed too: what is in memory is all there is.
      }
    }
    this.health.set({ mode: 'memory', fault });
  }
}

/** Storage as @nanostores/persistent expects it: a plain object of string values. */
export function persistentEngine(storage: SafeStorage): Record<string, string> {
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? (storage.getItem(key) ?? undefined) : undefined),
    set: (_, key, value: string) => {
      if (typeof key === 'string') storage.setItem(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && storage.getItem(key) !== null,
    deleteProperty: (_, key) => {
      if (typeof key === 'string') storage.removeItem(key);
      return true;
    },
    ownKeys: () => storage.keys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && storage.getItem(key) !== null
        ? { configurable: true, enumerable: true, writable: true, value: storage.getItem(key) }
        : undefined,
  });
}
