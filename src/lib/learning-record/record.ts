import type { Attempt } from '../state/attempts';
import { statusLabel, statusOf, type UnitProgress } from '../state/progress';
import { byDate, hasTotal, summaryOf } from '../assessments/history';
import { formatDate } from '../format';
import { extremes } from '../assessments/score';
import type { Assessment } from '../assessments/types';

/** One row of the record's unit table. */
export interface UnitRow {
  id: string;
  name: string;
  status: string;
  /** Local date of completion, or '' when not completed. */
  completedOn: string;
}

/** One row of the record's test table. */
export interface TestRow {
  id: string;
  title: string;
  attempts: number;
  /** The latest attempt's date and result in words, or '' when never taken. */
  latest: string;
  /** Colleague ratings among the attempts (self-tests with an other-rater mode). */
  byOthers: number;
}

const dateOnly = (iso: string) => formatDate(iso);

/** The unit table: status and completion date of every unit, in course order. */
export function unitRows(
  units: readonly { id: string; label: string; title: string }[],
  progress: Readonly<Record<string, UnitProgress | null | undefined>>,
): UnitRow[] {
  return units.map((u) => {
    const p = progress[u.id];
    return {
      id: u.id,
      name: `${u.label} ${u.title}`,
      status: statusLabel[statusOf(p)],
      completedOn: p?.completed && p.completedAt ? dateOnly(p.completedAt) : '',
    };
  });
}

/** A stored attempt's result in words: the score and band, or a profile's most used modes. */
export function resultText(assessment: Assessment, attempt: Attempt): string {
  const summary = summaryOf(assessment, attempt);
  if (!hasTotal(assessment))
    return `最常用：${extremes(summary.dimensions)
      .highest.map((d) => d.label)
      .join('、')}`;
  const score = `${summary.score} / ${summary.max}`;
  return summary.band ? `${score}（${summary.band.label}）` : score;
}

/** The test table: every self-test and knowledge check with its attempts. */
export function testRows(
  assessments: readonly Assessment[],
  attempts: Readonly<Record<string, readonly Attempt[] | undefined>>,
): TestRow[] {
  return assessments.map((a) => {
    const list = byDate(attempts[a.id] ?? []);
    const last = list.at(-1);
    return {
      id: a.id,
      title: a.title,
      attempts: list.length,
      latest: last ? `${dateOnly(last.at)} · ${resultText(a, last)}` : '',
      byOthers: list.filter((x) => x.rater === 'other').length,
    };
  });
}
