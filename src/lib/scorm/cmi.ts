import type { Edition } from './api';

/**
 * What the course tells the LMS, computed from the learner's records. Pure: the launch
 * page turns the records into a `CourseSnapshot`, this module into CMI element values.
 *
 * Rules (README, "Running in an LMS"):
 * - a unit counts as done when the learner marked it complete (完成本讲);
 *   completion is `completed` once every unit is done; progress = done / units;
 * - score = the best attempt of each knowledge check, summed over every question of
 *   every check, as 0–100; self-assessments never count;
 * - with a mastery score, passed/failed once every check has been taken.
 */

export interface SnapshotUnit {
  id: string;
  completed: boolean;
}

export interface SnapshotCheck {
  unit: string;
  /** Number of questions. */
  questions: number;
  /** Best attempt so far, if any. */
  best?: { score: number; max: number } | undefined;
}

export interface CourseSnapshot {
  units: SnapshotUnit[];
  checks: SnapshotCheck[];
  bookmark?: { unit: string; section?: string | undefined } | undefined;
}

export type Success = 'passed' | 'failed' | 'unknown';

export interface CourseResult {
  completion: 'completed' | 'incomplete';
  /** 0–1. */
  progress: number;
  /** 0–100, or undefined before any check was taken. */
  score?: number | undefined;
  success: Success;
  location: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** `mastery` is 0–100 (the package's --mastery, or the LMS's own mastery score). */
export function courseResult(snapshot: CourseSnapshot, mastery?: number): CourseResult {
  const { units, checks } = snapshot;
  const done = units.filter((u) => u.completed).length;
  const completion = units.length > 0 && done === units.length ? 'completed' : 'incomplete';
  const progress = units.length ? round2(done / units.length) : 0;
  const totalQuestions = checks.reduce((sum, c) => sum + c.questions, 0);
  const taken = checks.filter((c) => c.best);
  const correct = taken.reduce((sum, c) => sum + (c.best ? (c.best.score / c.best.max) * c.questions : 0), 0);
  const score = taken.length && totalQuestions ? round2((correct / totalQuestions) * 100) : undefined;
  let success: Success = 'unknown';
  if (mastery !== undefined && score !== undefined && taken.length === checks.length) {
    success = score >= mastery ? 'passed' : 'failed';
  }
  return { completion, progress, score, success, location: bookmarkOf(snapshot.bookmark) };
}

/** `unit#section`: what lesson_location / cmi.location keep. */
export function bookmarkOf(bookmark: CourseSnapshot['bookmark']): string {
  if (!bookmark) return '';
  return bookmark.section ? `${bookmark.unit}#${bookmark.section}` : bookmark.unit;
}

export function parseBookmark(location: string): { unit: string; section?: string } | undefined {
  const match = /^([a-z0-9-]+)(?:#(.+))?$/i.exec(location.trim());
  if (!match) return undefined;
  return match[2] ? { unit: match[1]!, section: match[2] } : { unit: match[1]! };
}

/** 1.2 keeps 255 characters of lesson_location, 2004 1,000 of cmi.location. */
const LOCATION_LIMIT = { '1.2': 255, '2004': 1000 } as const;

function fitLocation(edition: Edition, location: string): string {
  if (location.length <= LOCATION_LIMIT[edition]) return location;
  return location.split('#')[0]!.slice(0, LOCATION_LIMIT[edition]);
}

/** The CMI elements and values for a result, in the order they should be set. */
export function resultValues(edition: Edition, result: CourseResult): [string, string][] {
  const location = fitLocation(edition, result.location);
  const out: [string, string][] = [];
  if (edition === '1.2') {
    out.push(['cmi.core.lesson_status', result.success !== 'unknown' ? result.success : result.completion]);
    if (result.score !== undefined) {
      out.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
      out.push(['cmi.core.score.raw', String(result.score)]);
    }
    if (location) out.push(['cmi.core.lesson_location', location]);
  } else {
    out.push(['cmi.completion_status', result.completion]);
    out.push(['cmi.progress_measure', String(result.progress)]);
    out.push(['cmi.success_status', result.success]);
    if (result.score !== undefined) {
      out.push(['cmi.score.min', '0'], ['cmi.score.max', '100']);
      out.push(['cmi.score.raw', String(result.score)]);
      out.push(['cmi.score.scaled', String(round2(result.score / 100))]);
    }
    if (location) out.push(['cmi.location', location]);
  }
  return out;
}

/** `cmi.core.exit` / `cmi.exit` when the session ends. */
export function exitValue(edition: Edition, result: CourseResult): [string, string] {
  const suspend = result.completion !== 'completed';
  return edition === '1.2'
    ? ['cmi.core.exit', suspend ? 'suspend' : '']
    : ['cmi.exit', suspend ? 'suspend' : 'normal'];
}

/** Session time: `HHHH:MM:SS` in 1.2, an ISO 8601 duration (`PT1H2M3S`) in 2004. */
export function sessionTime(edition: Edition, ms: number): [string, string] {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (edition === '1.2') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return ['cmi.core.session_time', `${String(h).padStart(4, '0')}:${pad(m)}:${pad(s)}`];
  }
  return ['cmi.session_time', `PT${h}H${m}M${s}S`];
}

/** One answer to one knowledge-check question. */
export interface CheckAnswer {
  /** e.g. `check-coaching-q1`. */
  id: string;
  /** Option index chosen and the right one. */
  response: number;
  correct: number;
  at: Date;
  /** The question, for 2004's description (first 250 characters). */
  prompt?: string | undefined;
}

/** Options as `a`, `b`, … (1.2's choice format; a valid 2004 short identifier too). */
export const optionLetter = (index: number) => String.fromCharCode(97 + Math.max(0, Math.min(25, index)));

function clockTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** An answer as interaction `n`. */
export function interactionValues(edition: Edition, n: number, answer: CheckAnswer): [string, string][] {
  const p = `cmi.interactions.${n}.`;
  const right = answer.response === answer.correct;
  if (edition === '1.2') {
    return [
      [`${p}id`, answer.id],
      [`${p}type`, 'choice'],
      [`${p}time`, clockTime(answer.at)],
      [`${p}weighting`, '1'],
      [`${p}correct_responses.0.pattern`, optionLetter(answer.correct)],
      [`${p}student_response`, optionLetter(answer.response)],
      [`${p}result`, right ? 'correct' : 'wrong'],
    ];
  }
  const values: [string, string][] = [
    [`${p}id`, answer.id],
    [`${p}type`, 'choice'],
    [`${p}timestamp`, answer.at.toISOString().replace(/(\.\d{2})\dZ$/, '$1Z')],
    [`${p}weighting`, '1'],
    [`${p}correct_responses.0.pattern`, optionLetter(answer.correct)],
    [`${p}learner_response`, optionLetter(answer.response)],
    [`${p}result`, right ? 'correct' : 'incorrect'],
  ];
  if (answer.prompt) values.push([`${p}description`, answer.prompt.slice(0, 250)]);
  return values;
}

/** Elements the launch page reads at the start. */
export const READ = {
  '1.2': {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    mode: 'cmi.core.lesson_mode',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.student_data.mastery_score',
    interactionCount: 'cmi.interactions._count',
  },
  '2004': {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    mode: 'cmi.mode',
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.scaled_passing_score',
    interactionCount: 'cmi.interactions._count',
  },
} as const;

/** Review and browse modes record nothing. */
export function isRecordingMode(mode: string): boolean {
  return mode !== 'review' && mode !== 'browse';
}

/** The LMS's mastery score as 0–100: 1.2 gives 0–100, 2004 a scaled −1…1. */
export function lmsMastery(edition: Edition, raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) return undefined;
  return edition === '1.2' ? n : round2(n * 100);
}

/** 1.2's "Last, First" as the name people use: 张, 三 → 张三; Smith, Ann → Ann Smith. */
export function displayName(raw: string): string {
  const name = raw.trim();
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (!comma) return name;
  const [, last, first] = comma as unknown as [string, string, string];
  return /[\u3400-\u9fff]/.test(name) ? `${last.trim()}${first.trim()}` : `${first.trim()} ${last.trim()}`;
}
