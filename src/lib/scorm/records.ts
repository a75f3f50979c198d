import { encodeValue, readValue } from '../state/document';
import type { Backend } from '../state/storage';
import { attemptHistoryType, attemptsKey, type Attempt, type AttemptHistory } from '../state/attempts';
import {
  lastPositionType,
  unitKey,
  unitProgressType,
  type LastPosition,
  type UnitProgress,
} from '../state/progress';
import { PREFIX } from '../state/storage';
import type { CourseSnapshot } from './cmi';
import type { SuspendState } from './suspend';

/**
 * The launch page's view of one learner's records: it reads them (for the CMI values and
 * the suspend data) and, on launch, merges the LMS's suspend data into them. It works on a
 * plain storage backend (the learner's namespace), in the envelope format of the state layer.
 */

/** What the launch page knows of the course (embedded at build time). */
export interface CourseOutline {
  units: { id: string; title: string }[];
  checks: { unit: string; questions: { id: string; answer: number; prompt: string }[] }[];
}

const LAST_KEY = `${PREFIX}last`;

function read<T>(backend: Backend, type: Parameters<typeof readValue<T>>[0], key: string): T | undefined {
  try {
    const result = readValue(type, backend.getItem(key));
    return result.status === 'ok' ? result.value : undefined;
  } catch {
    return undefined;
  }
}

export function readUnit(backend: Backend, unitId: string): UnitProgress | null | undefined {
  return read(backend, unitProgressType, unitKey(unitId));
}

export function readAttempts(backend: Backend, assessmentId: string): AttemptHistory | undefined {
  return read(backend, attemptHistoryType, attemptsKey(assessmentId));
}

export function readLast(backend: Backend): LastPosition | null | undefined {
  return read(backend, lastPositionType, LAST_KEY);
}

/** Every assessment id with stored attempts (checks and self-tests). */
export function assessmentIds(backend: Backend): string[] {
  const prefix = `${PREFIX}attempts:`;
  const ids: string[] = [];
  for (let i = 0; i < backend.length; i++) {
    const key = backend.key(i);
    if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
  }
  return ids.sort();
}

const ratio = (a: Attempt) => (a.max > 0 ? a.score / a.max : 0);

export function bestAttempt(attempts: readonly Attempt[]): Attempt | undefined {
  return attempts.reduce<Attempt | undefined>((m, a) => (!m || ratio(a) > ratio(m) ? a : m), undefined);
}

/** The records as the CMI mapping needs them. */
export function courseSnapshot(backend: Backend, outline: CourseOutline): CourseSnapshot {
  const last = readLast(backend);
  return {
    units: outline.units.map((u) => ({ id: u.id, completed: Boolean(readUnit(backend, u.id)?.completed) })),
    checks: outline.checks.map((c) => {
      const best = bestAttempt(readAttempts(backend, `check-${c.unit}`)?.attempts ?? []);
      return {
        unit: c.unit,
        questions: c.questions.length,
        best: best && { score: best.score, max: best.max },
      };
    }),
    bookmark: last ? { unit: last.unit, section: last.section } : undefined,
  };
}

/** The records as suspend data keeps them. */
export function suspendState(backend: Backend, outline: CourseOutline): SuspendState {
  const units: SuspendState['units'] = {};
  for (const u of outline.units) {
    const p = readUnit(backend, u.id);
    if (p) units[u.id] = p;
  }
  const attempts: SuspendState['attempts'] = {};
  for (const id of assessmentIds(backend)) {
    const list = readAttempts(backend, id)?.attempts ?? [];
    if (list.length) attempts[id] = list;
  }
  return { units, attempts, last: readLast(backend) ?? null };
}

/**
 * Applies the LMS's suspend data to the local records of the same learner: the LMS's
 * record wins where both have one; records and attempts only this browser has are kept
 * (and reach the LMS with the next commit). Returns how many local-only items were kept.
 */
export function mergeSuspend(backend: Backend, state: SuspendState, now = Date.now()): { keptLocal: number } {
  let keptLocal = 0;
  for (const [id, progress] of Object.entries(state.units)) {
    backend.setItem(unitKey(id), encodeValue(unitProgressType, progress, now));
  }
  for (const [id, remote] of Object.entries(state.attempts)) {
    const local = readAttempts(backend, id);
    const ids = new Set(remote.map((a) => a.id));
    const extra = (local?.attempts ?? []).filter((a) => !ids.has(a.id));
    keptLocal += extra.length;
    const attempts = [...remote, ...extra].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
    const history: AttemptHistory = local?.draft ? { attempts, draft: local.draft } : { attempts };
    backend.setItem(attemptsKey(id), encodeValue(attemptHistoryType, history, now));
  }
  if (state.last) backend.setItem(LAST_KEY, encodeValue(lastPositionType, state.last, now));
  return { keptLocal };
}
