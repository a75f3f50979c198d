import type { Backend } from '../../../src/lib/state/storage';

/** An in-memory Storage whose writes can be made to fail, like a full or locked-down browser. */
export class FakeStorage implements Backend {
  data = new Map<string, string>();
  failWrites: false | 'quota' | 'security' = false;
  /** Characters (keys and values) it holds at most, like a browser's quota. */
  capacity = Infinity;
  /** Makes every call throw, like storage revoked while the page is open. */
  revoked = false;

  #used(except?: string) {
    let total = 0;
    for (const [k, v] of this.data) if (k !== except) total += k.length + v.length;
    return total;
  }

  #check() {
    if (this.revoked) throw new DOMException('Access is denied', 'SecurityError');
  }
  get length() {
    this.#check();
    return this.data.size;
  }
  key(i: number) {
    this.#check();
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    this.#check();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#check();
    if (this.#used(key) + key.length + String(value).length > this.capacity)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failWrites === 'quota')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failWrites === 'security') throw new DOMException('Access is denied', 'SecurityError');
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.#check();
    this.data.delete(key);
  }
}
