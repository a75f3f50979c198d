import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { attemptHistoryType, type Attempt } from '../state/attempts';
import { lastPositionType, unitProgressType, type LastPosition, type UnitProgress } from '../state/progress';

/**
 * The learner's structured state in `cmi.suspend_data`: units read and completed, the
 * bookmark, and every attempt at the knowledge checks and self-tests. Worksheet text stays
 * in the browser. Wire form: `cs1.` + base64url(deflate(JSON)), where 1 is the format
 * version. SCORM 1.2 keeps 4,096 characters, SCORM 2004 64,000: past the limit the oldest
 * attempts go first (the latest of each assessment and the best of each check stay; the
 * browser keeps everything).
 */

export const SUSPEND_VERSION = 1;
export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

export interface SuspendState {
  units: Record<string, UnitProgress>;
  /** By assessment id (`check-<unit>` or a self-test id); unfinished drafts are not kept. */
  attempts: Record<string, Attempt[]>;
  last?: LastPosition | null | undefined;
}

export type SuspendRead =
  | { status: 'empty' }
  | { status: 'ok'; state: SuspendState }
  | { status: 'corrupt'; reason: string }
  | { status: 'newer'; version: number };

export interface SuspendWrite {
  data: string;
  /** Attempts left out to fit the limit. */
  dropped: number;
  /** False when even the smallest form is over the limit (then `data` is that form). */
  fits: boolean;
}

// Times travel as whole seconds in base 36.
const t36 = (iso: string | undefined) => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? Math.floor(ms / 1000).toString(36) : '';
};
const iso36 = (s: unknown) => {
  const n = typeof s === 'string' && s ? parseInt(s, 36) : NaN;
  return Number.isFinite(n) ? new Date(n * 1000).toISOString() : undefined;
};

type WireUnit = [flags: number, first: string, last: string, done: string, section?: string, title?: string];
type WireAttempt = [
  id: string,
  at: string,
  answers: Record<string, number>,
  score: number,
  max: number,
  dims?: Record<string, number>,
];
interface Wire {
  u: Record<string, WireUnit>;
  a: Record<string, WireAttempt[]>;
  l?: [unit: string, at: string, section?: string, title?: string];
}

function toWire(state: SuspendState, titles: boolean): Wire {
  const u: Record<string, WireUnit> = {};
  for (const [id, p] of Object.entries(state.units)) {
    const unit: WireUnit = [
      (p.readToEnd ? 1 : 0) | (p.completed ? 2 : 0),
      t36(p.firstVisit),
      t36(p.lastVisit),
      t36(p.completedAt),
    ];
    if (p.lastSection) unit.push(p.lastSection, titles ? (p.lastSectionTitle ?? '') : '');
    u[id] = unit;
  }
  const a: Record<string, WireAttempt[]> = {};
  for (const [id, list] of Object.entries(state.attempts)) {
    if (!list.length) continue;
    a[id] = list.map((x) => {
      const w: WireAttempt = [x.id, t36(x.at), x.answers, x.score, x.max];
      if (x.dimensions) w.push(x.dimensions);
      return w;
    });
  }
  const wire: Wire = { u, a };
  const last = state.last;
  if (last) {
    wire.l = [last.unit, t36(last.at)];
    if (last.section) wire.l.push(last.section, titles ? (last.sectionTitle ?? '') : '');
  }
  return wire;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function pack(wire: Wire): string {
  return `cs${SUSPEND_VERSION}.${toBase64Url(deflateSync(strToU8(JSON.stringify(wire)), { level: 9 }))}`;
}

/** Attempts that may be left out, oldest first: all but the latest (and a check's best). */
function droppable(state: SuspendState): { assessment: string; id: string; at: string }[] {
  const out: { assessment: string; id: string; at: string }[] = [];
  for (const [assessment, list] of Object.entries(state.attempts)) {
    const keep = new Set<string>();
    const latest = list.reduce<Attempt | undefined>((m, a) => (!m || a.at >= m.at ? a : m), undefined);
    if (latest) keep.add(latest.id);
    if (assessment.startsWith('check-')) {
      const best = list.reduce<Attempt | undefined>(
        (m, a) => (!m || a.score / a.max > m.score / m.max ? a : m),
        undefined,
      );
      if (best) keep.add(best.id);
    }
    for (const a of list) if (!keep.has(a.id)) out.push({ assessment, id: a.id, at: a.at });
  }
  return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

function without(state: SuspendState, drop: { assessment: string; id: string }[]): SuspendState {
  const gone = new Set(drop.map((d) => `${d.assessment}\n${d.id}`));
  const attempts: Record<string, Attempt[]> = {};
  for (const [id, list] of Object.entries(state.attempts)) {
    attempts[id] = list.filter((a) => !gone.has(`${id}\n${a.id}`));
  }
  return { ...state, attempts };
}

/** Encodes `state` in at most `limit` characters, leaving out the oldest attempts if needed. */
export function encodeSuspend(state: SuspendState, limit: number): SuspendWrite {
  const full = pack(toWire(state, true));
  if (full.length <= limit) return { data: full, dropped: 0, fits: true };
  const candidates = droppable(state);
  const attempt = (k: number, titles: boolean) =>
    pack(toWire(without(state, candidates.slice(0, k)), titles));
  for (const titles of [true, false]) {
    if (attempt(candidates.length, titles).length > limit) continue;
    // The fewest dropped attempts that fit.
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (attempt(mid, titles).length <= limit) hi = mid;
      else lo = mid + 1;
    }
    return { data: attempt(lo, titles), dropped: lo, fits: true };
  }
  // Not even the latest attempts fit: keep progress and bookmark, and say it did not fit.
  const bare = pack(toWire({ ...state, attempts: {} }, false));
  const total = Object.values(state.attempts).reduce((n, l) => n + l.length, 0);
  return { data: bare, dropped: total, fits: bare.length <= limit };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads suspend data this package (or an older one) wrote. Never throws. */
export function decodeSuspend(data: string | null | undefined): SuspendRead {
  const text = (data ?? '').trim();
  if (!text) return { status: 'empty' };
  const header = /^cs(\d+)\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!header) return { status: 'corrupt', reason: '格式无法识别' };
  const version = Number(header[1]);
  if (version > SUSPEND_VERSION) return { status: 'newer', version };
  if (version < 1) return { status: 'corrupt', reason: '版本号无效' };
  let wire: unknown;
  try {
    wire = JSON.parse(strFromU8(inflateSync(fromBase64Url(header[2]!))));
  } catch {
    return { status: 'corrupt', reason: '内容无法解压' };
  }
  if (!isObject(wire) || !isObject(wire.u) || !isObject(wire.a))
    return { status: 'corrupt', reason: '缺少必需的部分' };
  const units: Record<string, UnitProgress> = {};
  for (const [id, raw] of Object.entries(wire.u)) {
    if (!Array.isArray(raw)) return { status: 'corrupt', reason: `单元 ${id} 无效` };
    const [flags, first, last, done, section, title] = raw as unknown[];
    const p = {
      firstVisit: iso36(first),
      lastVisit: iso36(last),
      readToEnd: typeof flags === 'number' && (flags & 1) === 1,
      completed: typeof flags === 'number' && (flags & 2) === 2,
      ...(typeof section === 'string' && section ? { lastSection: section } : {}),
      ...(typeof title === 'string' && title ? { lastSectionTitle: title } : {}),
      ...(iso36(done) ? { completedAt: iso36(done) } : {}),
    };
    const valid = unitProgressType.schema.safeParse(p);
    if (!valid.success || !valid.data) return { status: 'corrupt', reason: `单元 ${id} 无效` };
    units[id] = valid.data;
  }
  const attempts: Record<string, Attempt[]> = {};
  for (const [id, raw] of Object.entries(wire.a)) {
    if (!Array.isArray(raw)) return { status: 'corrupt', reason: `测验 ${id} 无效` };
    const list = raw.map((w: unknown) => {
      const [aid, at, answers, score, max, dimensions] = (Array.isArray(w) ? w : []) as unknown[];
      return { id: aid, at: iso36(at), answers, score, max, ...(dimensions ? { dimensions } : {}) };
    });
    const valid = attemptHistoryType.schema.safeParse({ attempts: list });
    if (!valid.success) return { status: 'corrupt', reason: `测验 ${id} 无效` };
    attempts[id] = valid.data.attempts;
  }
  let last: LastPosition | null = null;
  if (Array.isArray(wire.l)) {
    const [unit, at, section, title] = wire.l as unknown[];
    const valid = lastPositionType.schema.safeParse({
      unit,
      at: iso36(at),
      ...(typeof section === 'string' && section ? { section } : {}),
      ...(typeof title === 'string' && title ? { sectionTitle: title } : {}),
    });
    if (!valid.success) return { status: 'corrupt', reason: '书签无效' };
    last = valid.data;
  }
  return { status: 'ok', state: { units, attempts, last } };
}
