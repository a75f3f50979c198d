import type { FoundApi } from './api';

/**
 * One SCORM session over either edition's API, tolerant of a misbehaving LMS: a call that
 * returns false, sets an error code or throws (an API that vanished) is reported as a
 * failure, never thrown. Finish runs at most once.
 */
export class LmsSession {
  readonly edition: FoundApi['edition'];
  #found: FoundApi;
  #open = false;
  #finished = false;
  /** Error of the last failed call: SCORM code and text, or the exception. */
  lastError = '';

  constructor(found: FoundApi) {
    this.#found = found;
    this.edition = found.edition;
  }

  get open(): boolean {
    return this.#open && !this.#finished;
  }

  #call(run: () => unknown): { ok: boolean; value: unknown } {
    try {
      const value = run();
      return { ok: value === true || value === 'true', value };
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      return { ok: false, value: undefined };
    }
  }

  #errorCode(): string {
    try {
      const f = this.#found;
      return String(f.edition === '1.2' ? f.api.LMSGetLastError() : f.api.GetLastError());
    } catch {
      return '';
    }
  }

  #fail(what: string): false {
    const code = this.#errorCode();
    if (code && code !== '0') {
      let text = '';
      try {
        const f = this.#found;
        text = f.edition === '1.2' ? f.api.LMSGetErrorString(code) : f.api.GetErrorString(code);
      } catch {
        // No text then.
      }
      this.lastError = `${what}: ${code} ${text}`.trim();
    } else if (!this.lastError) {
      this.lastError = `${what}: false`;
    }
    return false;
  }

  initialize(): boolean {
    const f = this.#found;
    const { ok } = this.#call(() => (f.edition === '1.2' ? f.api.LMSInitialize('') : f.api.Initialize('')));
    this.#open = ok;
    return ok || this.#fail('Initialize');
  }

  /** A value, or '' when the LMS has none or refuses. */
  get(element: string): string {
    if (!this.open) return '';
    const f = this.#found;
    const { value } = this.#call(() =>
      f.edition === '1.2' ? f.api.LMSGetValue(element) : f.api.GetValue(element),
    );
    if (typeof value !== 'string') return '';
    const code = this.#errorCode();
    return code && code !== '0' ? '' : value;
  }

  set(element: string, value: string): boolean {
    if (!this.open) return false;
    const f = this.#found;
    const { ok } = this.#call(() =>
      f.edition === '1.2' ? f.api.LMSSetValue(element, value) : f.api.SetValue(element, value),
    );
    return ok || this.#fail(`SetValue ${element}`);
  }

  commit(): boolean {
    if (!this.open) return false;
    const f = this.#found;
    const { ok } = this.#call(() => (f.edition === '1.2' ? f.api.LMSCommit('') : f.api.Commit('')));
    return ok || this.#fail('Commit');
  }

  /** LMSFinish / Terminate: once, whatever happens. */
  finish(): boolean {
    if (!this.#open || this.#finished) return false;
    this.#finished = true;
    const f = this.#found;
    const { ok } = this.#call(() => (f.edition === '1.2' ? f.api.LMSFinish('') : f.api.Terminate('')));
    return ok || this.#fail('Finish');
  }
}
