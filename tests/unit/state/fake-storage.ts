import type { Backend } from '../../../src/lib/state/storage';

/** An in-memory Storage whose writes can be made to fail, like a full or locked-down browser. */
export class FakeStorage implements Backend {
  data = new Map<string, string>();
  failWrites: false | 'quota' | 'security' = false;

  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites === 'quota')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failWrites === 'security') throw new DOMException('Access is denied', 'SecurityError');
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}
