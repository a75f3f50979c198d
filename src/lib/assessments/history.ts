import { byDate, type Attempt } from '../state/attempts';

// The ordering rules live with the attempts; re-exported for the history views.
export { bestAndLast, byDate } from '../state/attempts';
import { formatDateTime } from '../format';
import {
  dimensionRange,
  formatValue,
  isCorrect,
  itemPoints,
  minimumScore,
  scoreAnswers,
  summarise,
  type Summary,
} from './score';
import type { Assessment, AssessmentItem } from './types';

/** What a trend can follow: the total or one dimension. */
export interface Series {
  id: string;
  label: string;
}

export interface TrendPoint {
  attemptId: string;
  at: string;
  value: number;
}

/** One row of a side-by-side comparison. */
export interface CompareRow {
  id: string;
  label: string;
  a: string;
  b: string;
  /** b − a as the learner reads it (from the shown, rounded values), for scores; undefined for answers. */
  delta?: number | undefined;
  changed: boolean;
  /**
   * For answers: whether B is the better answer (a higher point on the scale, a lower one
   * for a reverse-scored item; right against wrong in a quiz) or just a different one.
   */
  direction?: 'better' | 'worse' | 'different' | undefined;
}

/** Looks up an attempt's name by its id. */
export interface AttemptNames {
  get(attemptId: string): string | undefined;
}

/**
 * Each attempt's label, which stays the same when another attempt is deleted: its date and
 * time (2026年12月1日 19:18), with the seconds added where two attempts share a minute.
 * Names are formatted when first asked for, so a year of attempts costs only the few shown.
 */
export function attemptLabels(attempts: readonly Attempt[]): AttemptNames {
  // Offsets are whole minutes, so the same UTC minute is the same local minute.
  const minute = (a: Attempt) => a.at.slice(0, 16);
  const perMinute = new Map<string, number>();
  for (const a of attempts) perMinute.set(minute(a), (perMinute.get(minute(a)) ?? 0) + 1);
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const cache = new Map<string, string>();
  return {
    get(attemptId) {
      const a = byId.get(attemptId);
      if (!a) return undefined;
      let name = cache.get(attemptId);
      if (name === undefined) {
        name = formatDateTime(a.at);
        if ((perMinute.get(minute(a)) ?? 0) > 1) {
          const d = new Date(a.at);
          name += Number.isNaN(d.getTime()) ? ` · ${a.id}` : `:${String(d.getSeconds()).padStart(2, '0')}`;
        }
        cache.set(attemptId, name);
      }
      return name;
    },
  };
}

/** Attempts newest first, the order of the list on 我的学习. */
export function latestFirst(attempts: readonly Attempt[]): Attempt[] {
  return byDate(attempts).reverse();
}

/** A value rounded as `formatValue` shows it, so differences match what is on screen. */
export function shownValue(assessment: Assessment, value: number): number {
  return Number.parseFloat(formatValue(assessment, value));
}

/**
 * The summary of a stored attempt. An attempt that answered items since replaced in the
 * data (they get new ids) is scored again on the items it shares with the current data,
 * so its means and percentages stay comparable instead of mixing two sets of questions.
 * One that shares none (every item rewritten) keeps the scores it was given.
 */
export function summaryOf(assessment: Assessment, attempt: Attempt): Summary {
  if (olderItems(assessment, attempt) === 'rescored') {
    const shared = sharedItems(assessment, attempt);
    // Bands are cut for the full set of items, so a total over fewer items gets none.
    return { ...summarise(shared, scoreAnswers(shared, attempt.answers)), band: undefined };
  }
  return summarise(assessment, {
    score: attempt.score,
    max: attempt.max,
    dimensions: attempt.dimensions ?? {},
  });
}

/**
 * Whether an attempt answered items no longer in the data: `rescored` when it shares some
 * with the current items (scored on those), `earlier` when it shares none (an earlier
 * version of the test, shown with its own scores).
 */
export function olderItems(assessment: Assessment, attempt: Attempt): 'rescored' | 'earlier' | undefined {
  const ids = new Set(assessment.items.map((i) => i.id));
  const answered = Object.keys(attempt.answers);
  if (!answered.some((id) => !ids.has(id))) return undefined;
  return answered.some((id) => ids.has(id)) ? 'rescored' : 'earlier';
}

/** The assessment narrowed to the items an attempt answered. */
function sharedItems<A extends Assessment>(assessment: A, attempt: Attempt): A {
  return { ...assessment, items: assessment.items.filter((i) => i.id in attempt.answers) } as A;
}

/** Whether the total means something for this assessment (not for a forced-choice profile). */
export function hasTotal(assessment: Assessment): boolean {
  return assessment.kind !== 'choice';
}

/** The series a trend chart can show: the total where it means something, then each dimension. */
export function seriesOptions(assessment: Assessment): Series[] {
  const total = hasTotal(assessment) ? [{ id: 'total', label: '总分' }] : [];
  return [...total, ...assessment.dimensions.map((d) => ({ id: d.id, label: d.label }))];
}

/** The value of one series in one attempt. */
export function seriesValue(assessment: Assessment, attempt: Attempt, seriesId: string): number {
  const summary = summaryOf(assessment, attempt);
  if (seriesId === 'total') return summary.score;
  return summary.dimensions.find((d) => d.id === seriesId)?.value ?? 0;
}

/** Lowest and highest possible value of a series (the chart's axis). */
export function seriesRange(
  assessment: Assessment,
  seriesId: string,
  attempts: readonly Attempt[] = [],
): { min: number; max: number } {
  if (seriesId !== 'total') return dimensionRange(assessment, seriesId);
  const max = Math.max(
    ...attempts.map((a) => a.max),
    assessment.kind === 'likert' ? 0 : assessment.items.length,
    1,
  );
  return { min: minimumScore(assessment), max };
}

/** A series across attempts, oldest first. */
export function trendPoints(
  assessment: Assessment,
  attempts: readonly Attempt[],
  seriesId: string,
): TrendPoint[] {
  return byDate(attempts).map((a) => ({
    attemptId: a.id,
    at: a.at,
    value: seriesValue(assessment, a, seriesId),
  }));
}

/** Where a trend went: the change from the first to the last point and from the one before. */
export function trendChange(
  points: readonly TrendPoint[],
): { sinceFirst: number; sincePrevious: number; direction: 'up' | 'down' | 'flat' } | undefined {
  if (points.length < 2) return undefined;
  const last = points.at(-1)!.value;
  const sinceFirst = round(last - points[0]!.value);
  const sincePrevious = round(last - points.at(-2)!.value);
  return { sinceFirst, sincePrevious, direction: sinceFirst > 0 ? 'up' : sinceFirst < 0 ? 'down' : 'flat' };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The text of an answer: the scale label, or the option chosen. */
export function answerLabel(assessment: Assessment, item: AssessmentItem, value: number | undefined): string {
  if (value === undefined) return '未作答';
  if (assessment.kind === 'likert') {
    const point = assessment.scale.find((s) => s.value === value);
    return point ? `${point.label}（${value}）` : String(value);
  }
  const option = 'options' in item ? item.options[value] : undefined;
  return option?.label ?? '（选项已不存在）';
}

/** Two attempts side by side: scores (with the change) then every answer. */
export function compareAttempts(
  assessment: Assessment,
  a: Attempt,
  b: Attempt,
): { scores: CompareRow[]; answers: CompareRow[] } {
  const sa = summaryOf(assessment, a);
  const sb = summaryOf(assessment, b);
  const scores: CompareRow[] = [];
  if (hasTotal(assessment)) {
    scores.push({
      id: 'total',
      label: '总分',
      a: `${sa.score} / ${sa.max}`,
      b: `${sb.score} / ${sb.max}`,
      delta: sb.score - sa.score,
      changed: sa.score !== sb.score,
    });
  }
  for (const da of sa.dimensions) {
    const db = sb.dimensions.find((d) => d.id === da.id)!;
    // 3.3 → 3.0 reads as −0.3, so subtract what is shown, not the unrounded means.
    const delta = round(shownValue(assessment, db.value) - shownValue(assessment, da.value));
    scores.push({
      id: da.id,
      label: da.label,
      a: formatValue(assessment, da.value),
      b: formatValue(assessment, db.value),
      delta,
      changed: delta !== 0,
    });
  }
  const answers = assessment.items.map((item): CompareRow => {
    const va = a.answers[item.id];
    const vb = b.answers[item.id];
    return {
      id: item.id,
      label: item.text,
      a: answerLabel(assessment, item, va),
      b: answerLabel(assessment, item, vb),
      changed: va !== vb,
      direction: va === vb ? undefined : answerDirection(assessment, item, va, vb),
    };
  });
  return { scores, answers };
}

/** How answer `b` compares with answer `a` to the same item. */
function answerDirection(
  assessment: Assessment,
  item: AssessmentItem,
  a: number | undefined,
  b: number | undefined,
): CompareRow['direction'] {
  if (a === undefined || b === undefined) return 'different';
  if (assessment.kind === 'likert') {
    const likertItem = item as Extract<AssessmentItem, { reverse: boolean }>;
    const pa = itemPoints(assessment, likertItem, a);
    const pb = itemPoints(assessment, likertItem, b);
    return pb > pa ? 'better' : pb < pa ? 'worse' : 'different';
  }
  if (assessment.kind === 'quiz') {
    const quizItem = item as Extract<AssessmentItem, { answer: number }>;
    const ra = isCorrect(quizItem, a);
    const rb = isCorrect(quizItem, b);
    return rb && !ra ? 'better' : ra && !rb ? 'worse' : 'different';
  }
  // A forced choice has no better option, only another one.
  return 'different';
}
