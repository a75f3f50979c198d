/**
 * Finding the LMS's SCORM API the way the standards describe: the window itself and each
 * parent up to the top, then the opener (and its parents). A window of another origin
 * throws on access; that branch is skipped.
 */

export type Edition = '1.2' | '2004';

/** The SCORM 1.2 runtime API (window.API). Every call returns a string. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 runtime API (window.API_1484_11). */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundApi = { edition: '1.2'; api: Scorm12Api } | { edition: '2004'; api: Scorm2004Api };

/** The parts of a window discovery reads; tests pass plain objects. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  top?: WindowLike | null;
  [name: string]: unknown;
}

/** ADL's reference algorithm gives up after this many parents. */
export const MAX_DEPTH = 500;

const NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;
const METHODS = { '1.2': 'LMSInitialize', '2004': 'Initialize' } as const;

function read(win: WindowLike, name: string): unknown {
  try {
    return win[name];
  } catch {
    return undefined;
  }
}

function apiIn(win: WindowLike, edition: Edition): FoundApi | undefined {
  const api = read(win, NAMES[edition]);
  if (api && typeof (api as Record<string, unknown>)[METHODS[edition]] === 'function') {
    return { edition, api } as FoundApi;
  }
  return undefined;
}

/** `start` and its parents, nearest first, until the top or a window that cannot be read. */
function* lineage(start: WindowLike | null | undefined): Generator<WindowLike> {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    yield win;
    const parent = read(win, 'parent') as WindowLike | null | undefined;
    if (!parent || parent === win) return;
    win = parent;
  }
}

/**
 * The nearest API of either edition, the `prefer`red one first at each window. Returns
 * undefined when there is none: the course then runs as the ordinary site.
 */
export function findApi(win: WindowLike, prefer: Edition = '2004'): FoundApi | undefined {
  const order: Edition[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  const top = (read(win, 'top') as WindowLike | null | undefined) ?? win;
  const opener = (read(top, 'opener') as WindowLike | null | undefined) ?? read(win, 'opener');
  for (const start of [win, opener as WindowLike | null | undefined]) {
    for (const w of lineage(start)) {
      for (const edition of order) {
        const found = apiIn(w, edition);
        if (found) return found;
      }
    }
  }
  return undefined;
}
