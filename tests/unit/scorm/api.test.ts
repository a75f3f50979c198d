import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, findApi, type WindowLike } from '../../../src/lib/scorm/api';
import { LmsSession } from '../../../src/lib/scorm/session';

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
  LMSGetDiagnostic: () => '',
});
const api2004 = () => ({
  Initialize: () => 'true',
  Terminate: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  GetLastError: () => '0',
  GetErrorString: () => '',
  GetDiagnostic: () => '',
});

/** A window whose parents are `chain` (nearest first); the last is the top. */
function windows(chain: Record<string, unknown>[]): WindowLike {
  const wins: WindowLike[] = chain.map((props) => ({ ...props }));
  wins.forEach((w, i) => {
    w.parent = wins[i + 1] ?? w;
  });
  wins.forEach((w) => {
    w.top = wins.at(-1)!;
  });
  return wins[0]!;
}

/** A window of another origin: every property read throws. */
const foreign = (): WindowLike =>
  new Proxy({} as WindowLike, {
    get() {
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });

describe('API discovery', () => {
  it('finds the API in a parent, the edition asked for first', () => {
    const both = { API: api12(), API_1484_11: api2004() };
    expect(findApi(windows([{}, {}, both]), '2004')?.edition).toBe('2004');
    expect(findApi(windows([{}, {}, both]), '1.2')?.edition).toBe('1.2');
    expect(findApi(windows([{}, { API: api12() }]), '2004')?.edition).toBe('1.2');
  });

  it('takes the nearest window that has one', () => {
    const near = api12();
    const found = findApi(windows([{}, { API: near }, { API_1484_11: api2004() }]), '2004');
    expect(found?.api).toBe(near);
  });

  it('looks in the opener when no parent has one', () => {
    const opener = windows([{ API_1484_11: api2004() }]);
    const win = windows([{}, {}]);
    (win.top as WindowLike).opener = opener;
    expect(findApi(win)?.edition).toBe('2004');
  });

  it('skips a parent of another origin instead of throwing', () => {
    const win: WindowLike = { parent: foreign() };
    win.top = win.parent;
    expect(findApi(win)).toBeUndefined();
    const opener = windows([{ API: api12() }]);
    const framed: WindowLike = { parent: foreign(), top: foreign(), opener };
    expect(findApi(framed)?.edition).toBe('1.2');
  });

  it('ignores objects that are not an API, and gives up after the standard depth', () => {
    expect(findApi(windows([{ API: { LMSInitialize: 'no' } }]))).toBeUndefined();
    const chain = Array.from({ length: MAX_DEPTH + 5 }, () => ({}));
    chain.push({ API: api12() });
    expect(findApi(windows(chain))).toBeUndefined();
    expect(findApi(windows([{}]))).toBeUndefined();
  });
});

describe('LMS session', () => {
  it('finishes exactly once', () => {
    let finishes = 0;
    const api = { ...api12(), LMSFinish: () => (finishes++, 'true') };
    const session = new LmsSession({ edition: '1.2', api });
    expect(session.initialize()).toBe(true);
    expect(session.finish()).toBe(true);
    expect(session.finish()).toBe(false);
    expect(finishes).toBe(1);
    expect(session.set('cmi.core.lesson_status', 'completed')).toBe(false);
  });

  it('reports a refused value with the LMS’s error, and a vanished API without throwing', () => {
    const api = {
      ...api2004(),
      SetValue: () => 'false',
      GetLastError: () => '405',
      GetErrorString: () => 'Read Only',
    };
    const session = new LmsSession({ edition: '2004', api });
    session.initialize();
    expect(session.set('cmi.learner_id', 'x')).toBe(false);
    expect(session.lastError).toBe('SetValue cmi.learner_id: 405 Read Only');
    const gone = new LmsSession({
      edition: '2004',
      api: {
        ...api2004(),
        Commit: () => {
          throw new Error('API gone');
        },
      },
    });
    gone.initialize();
    expect(gone.commit()).toBe(false);
    expect(gone.lastError).toContain('API gone');
  });

  it('reads a value the LMS has not got as empty', () => {
    const api = { ...api2004(), GetValue: () => '', GetLastError: () => '403' };
    const session = new LmsSession({ edition: '2004', api });
    session.initialize();
    expect(session.get('cmi.location')).toBe('');
  });
});
