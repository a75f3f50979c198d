import { atom } from 'nanostores';

/** Every key the site writes starts with this, so one prefix holds all learner data. */
export const PREFIX = 'cs-course:';
/** Facts about this device's copy of the records (last export, a dismissed reminder): never exported. */
export const META_PREFIX = `${PREFIX}meta:`;

export type StorageFault = 'unavailable' | 'quota' | 'error';

/**
 * Where data goes: the browser's storage (`local`), the tab's session storage when local
 * storage is refused but session storage works (kept across pages until the tab closes),
 * or memory only (lost at the next link).
 */
export interface StorageHealth {
  mode: 'local' | 'session' | 'memory';
  fault?: StorageFault;
  /** After a mid-session failure: some stored values could not be read back, so an export lacks them. */
  incomplete?: boolean;
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

function probe(backend: Backend | (() => Backend | undefined) | undefined): Backend {
  const resolved = typeof backend === 'function' ? backend() : backend;
  if (!resolved) throw new Error('no storage');
  const key = `${PREFIX}__probe__`;
  resolved.setItem(key, '1');
  resolved.removeItem(key);
  return resolved;
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

  /** Values read from the backend, so a backend revoked mid-session still leaves them to export. */
  #seen = new Map<string, string>();

  /**
   * `backend` is localStorage; `fallback` (sessionStorage) is used for the tab when
   * localStorage refuses, so that work survives moving between pages.
   */
  constructor(
    backend: Backend | (() => Backend | undefined) | undefined,
    fallback?: Backend | (() => Backend | undefined),
  ) {
    let fault: StorageFault;
    try {
      this.#backend = probe(backend);
      return;
    } catch (error) {
      fault = isQuotaError(error) ? 'quota' : 'unavailable';
    }
    try {
      if (!fallback) throw new Error('no fallback');
      this.#backend = probe(fallback);
      this.health.set({ mode: 'session', fault });
    } catch {
      this.#backend = undefined;
      this.health.set({ mode: 'memory', fault });
    }
  }

  get mode(): 'local' | 'session' | 'memory' {
    return this.health.get().mode;
  }

  getItem(key: string): string | null {
    if (this.#memory.has(key)) return this.#memory.get(key)!;
    if (this.mode === 'memory' || !this.#backend) return null;
    try {
      const value = this.#backend.getItem(key);
      if (value === null) this.#seen.delete(key);
      else this.#seen.set(key, value);
      return value;
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
      this.#seen.set(key, value);
    } catch (error) {
      this.#fallBack(isQuotaError(error) ? 'quota' : 'error');
      this.#memory.set(key, value);
    }
  }

  /**
   * Writes `value` only if the backend takes it, without falling back to memory: for bulk
   * changes (imports) that must either persist or be reported as failed. In memory mode
   * the value goes to memory, as everything does there.
   */
  trySetItem(key: string, value: string): boolean {
    if (this.#held.has(key) || this.mode === 'memory' || !this.#backend) {
      this.#memory.set(key, value);
      return true;
    }
    try {
      this.#backend.setItem(key, value);
      this.#seen.set(key, value);
      return true;
    } catch {
      return false;
    }
  }

  /** The value on disk, even for a held key whose in-page value differs. */
  storedItem(key: string): string | null {
    if (!this.#held.has(key)) return this.getItem(key);
    if (this.mode === 'memory' || !this.#backend) return this.#seen.get(key) ?? null;
    try {
      return this.#backend.getItem(key);
    } catch {
      return this.#seen.get(key) ?? null;
    }
  }

  removeItem(key: string): void {
    if (this.#held.has(key)) {
      this.#memory.delete(key);
      return;
    }
    this.#memory.delete(key);
    this.#seen.delete(key);
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
    if (this.mode !== 'memory' && this.#backend) {
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
    let incomplete = false;
    try {
      if (!backend) throw new Error('no storage');
      for (let i = 0; i < backend.length; i++) {
        const key = backend.key(i);
        if (key?.startsWith(PREFIX) && !this.#memory.has(key)) {
          const value = backend.getItem(key);
          if (value !== null) this.#memory.set(key, value);
        }
      }
    } catch {
      // Reading failed too: keep what this page has read so far, and say the rest is missing.
      incomplete = true;
      for (const [key, value] of this.#seen) if (!this.#memory.has(key)) this.#memory.set(key, value);
    }
    this.health.set({ mode: 'memory', fault, ...(incomplete ? { incomplete } : {}) });
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
