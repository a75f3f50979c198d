import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import {
  SUSPEND_LIMIT,
  decodeSuspend,
  encodeSuspend,
  type SuspendState,
} from '../../../src/lib/scorm/suspend';
import type { Attempt } from '../../../src/lib/state/attempts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const units = readdirSync(join(root, 'content/lectures')).map((f) => f.replace(/\.mdx$/, ''));
const checks = readdirSync(join(root, 'content/checks')).map(
  (f) =>
    JSON.parse(readFileSync(join(root, 'content/checks', f), 'utf8')) as {
      unit: string;
      questions: { id: string }[];
    },
);
const selfTests = readdirSync(join(root, 'content/assessments')).map((f) => {
  const data = JSON.parse(readFileSync(join(root, 'content/assessments', f), 'utf8')) as {
    id?: string;
    items: { id: string }[];
    dimensions?: { id: string }[];
  };
  return {
    id: data.id ?? f.replace(/\.json$/, ''),
    items: data.items.map((i) => i.id),
    dims: (data.dimensions ?? []).map((d) => d.id),
  };
});

const at = (n: number) =>
  new Date(Date.UTC(2026, 0, 1, 8, 0, n * 7)).toISOString().replace(/\.\d{3}Z$/, '.000Z');

function attempt(n: number, items: string[], values: number, dims: string[] = []): Attempt {
  const answers = Object.fromEntries(items.map((id, i) => [id, (n * 7 + i * 3) % values]));
  const a: Attempt = {
    id: `a${n.toString(36)}x${items.length}`,
    at: at(n),
    answers,
    score: n % (items.length + 1),
    max: items.length,
  };
  if (dims.length) a.dimensions = Object.fromEntries(dims.map((d, i) => [d, (n + i) % 20]));
  return a;
}

/** Every unit read and completed with a long section title, every check and self-test taken many times. */
function maximalLearner(attemptsEach: number): SuspendState {
  const state: SuspendState = { units: {}, attempts: {}, last: null };
  for (const id of units) {
    state.units[id] = {
      firstVisit: at(1),
      lastVisit: at(2),
      lastSection: '案例提升一次解决率的过程复盘与下一步计划',
      lastSectionTitle: '案例：提升一次解决率的过程复盘与下一步计划（第二部分）',
      readToEnd: true,
      completed: true,
      completedAt: at(3),
    };
  }
  let n = 0;
  for (const c of checks) {
    state.attempts[`check-${c.unit}`] = Array.from({ length: attemptsEach }, () =>
      attempt(
        n++,
        c.questions.map((q) => q.id),
        4,
      ),
    );
  }
  for (const t of selfTests) {
    state.attempts[t.id] = Array.from({ length: attemptsEach }, () => attempt(n++, t.items, 5, t.dims));
  }
  state.last = { unit: units[0]!, section: 's', sectionTitle: '标题', at: at(4) };
  return state;
}

describe('suspend-data codec', () => {
  it('round-trips the state (times to the second)', () => {
    const state = maximalLearner(2);
    const { data, dropped, fits } = encodeSuspend(state, SUSPEND_LIMIT['2004']);
    expect(fits).toBe(true);
    expect(dropped).toBe(0);
    expect(data).toMatch(/^cs1\.[A-Za-z0-9_-]+$/);
    const read = decodeSuspend(data);
    expect(read).toEqual({ status: 'ok', state });
  });

  it('keeps a maximal learner within SCORM 1.2’s 4,096 characters, dropping only the oldest attempts', () => {
    const state = maximalLearner(60);
    const result = encodeSuspend(state, SUSPEND_LIMIT['1.2']);
    expect(result.fits).toBe(true);
    expect(result.data.length).toBeLessThanOrEqual(4096);
    const read = decodeSuspend(result.data);
    if (read.status !== 'ok') throw new Error(read.status);
    expect(Object.keys(read.state.units).sort()).toEqual([...units].sort());
    for (const [id, list] of Object.entries(state.attempts)) {
      const kept = read.state.attempts[id] ?? [];
      // The latest attempt of every assessment is always there.
      expect(kept.map((a) => a.id)).toContain(list.at(-1)!.id);
    }
    const total = Object.values(state.attempts).reduce((n, l) => n + l.length, 0);
    const keptTotal = Object.values(read.state.attempts).reduce((n, l) => n + l.length, 0);
    expect(keptTotal + result.dropped).toBe(total);
  });

  it('fits a typical learner in 1.2 without dropping anything', () => {
    const result = encodeSuspend(maximalLearner(3), SUSPEND_LIMIT['1.2']);
    expect(result).toMatchObject({ fits: true, dropped: 0 });
  });

  it('gives 2004 the room for every attempt of a maximal learner', () => {
    const result = encodeSuspend(maximalLearner(60), SUSPEND_LIMIT['2004']);
    expect(result).toMatchObject({ fits: true, dropped: 0 });
  });

  it('reads empty, corrupt and newer data without throwing', () => {
    expect(decodeSuspend('')).toEqual({ status: 'empty' });
    expect(decodeSuspend(undefined)).toEqual({ status: 'empty' });
    expect(decodeSuspend('viewed=1,2,3|lastviewedslide=31')).toMatchObject({ status: 'corrupt' });
    expect(decodeSuspend('cs1.!!!!')).toMatchObject({ status: 'corrupt' });
    expect(decodeSuspend('cs1.AAAA')).toMatchObject({ status: 'corrupt' });
    expect(decodeSuspend('cs2.AAAA')).toEqual({ status: 'newer', version: 2 });
    const notOurs = btoa(String.fromCharCode(...deflateSync(strToU8('{"u":{"intro":"yes"},"a":{}}'))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(decodeSuspend(`cs1.${notOurs}`)).toMatchObject({ status: 'corrupt' });
  });
});
