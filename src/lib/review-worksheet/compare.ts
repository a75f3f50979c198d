import { formatNumber, parseNumber } from '../worksheet/numbers';
import type { Metric } from './model';
import { reviewStrings } from './strings';

const c = reviewStrings.compare;

/** One indicator's result set against its target. */
export type Comparison =
  | { status: 'pending'; message: string; field: 'target' | 'actual' }
  | { status: 'invalid'; message: string; field: 'target' | 'actual' }
  | {
      status: 'met' | 'exceeded' | 'missed';
      target: number;
      actual: number;
      /** actual − target. */
      gap: number;
      /** actual ÷ target × 100; undefined when the target is 0. */
      percent: number | undefined;
      /** e.g. 差 3 个百分点, 优于目标 4 秒. */
      gapText: string;
      /** e.g. 为目标的 96.7%, or why it cannot be computed. */
      percentText: string;
      verdict: string;
    };

/** "3 秒", "2.5 个百分点" (for %), "4 单": an absolute gap with its unit. */
export function formatGap(value: number, unit: string): string {
  const u = unit.trim();
  const n = formatNumber(Math.abs(value));
  if (u === '%' || u === '％') return `${n} ${c.percentagePoints}`;
  return u ? `${n} ${u}` : n;
}

/**
 * Compares a result with its target: met or not (by the metric's direction), the gap with
 * its unit and the result as a % of target. Missing or non-numeric values give a Chinese
 * message instead of a number.
 */
export function compareMetric(metric: Pick<Metric, 'target' | 'actual' | 'unit' | 'direction'>): Comparison {
  const target = parseNumber(metric.target);
  const actual = parseNumber(metric.actual);
  if (target.kind === 'invalid')
    return { status: 'invalid', field: 'target', message: c.invalid(c.target + '值', target.text) };
  if (actual.kind === 'invalid')
    return {
      status: 'invalid',
      field: 'actual',
      message: c.invalid(reviewStrings.fields.actual, actual.text),
    };
  if (target.kind === 'empty') return { status: 'pending', field: 'target', message: c.pendingTarget };
  if (actual.kind === 'empty') return { status: 'pending', field: 'actual', message: c.pendingActual };

  const gap = actual.value - target.value;
  const better = metric.direction === 'higher' ? gap > 0 : gap < 0;
  const status = gap === 0 ? 'met' : better ? 'exceeded' : 'missed';
  const percent = target.value === 0 ? undefined : (actual.value / target.value) * 100;
  const amount = formatGap(gap, metric.unit);
  return {
    status,
    target: target.value,
    actual: actual.value,
    gap,
    percent,
    gapText: gap === 0 ? c.equal : better ? c.better(amount) : c.short(amount),
    percentText: percent === undefined ? c.zeroTarget : c.percentOf(formatNumber(percent)),
    verdict:
      status === 'missed' ? c.missed : metric.direction === 'lower' || status === 'met' ? c.met : c.exceeded,
  };
}

/** A metric's name for display: its name, or 指标 n. */
export function metricName(metric: Pick<Metric, 'name'>, index: number): string {
  return metric.name.trim() || c.unnamed(index + 1);
}

/** Target as written for the document: "≥ 92 %" or "≤ 30 秒". */
export function targetText(metric: Pick<Metric, 'target' | 'unit' | 'direction'>): string {
  const value = metric.target.trim();
  if (!value) return '';
  const parsed = parseNumber(value);
  const shown = parsed.kind === 'number' ? formatNumber(parsed.value, 2) : value;
  return `${metric.direction === 'higher' ? '≥' : '≤'} ${shown}${metric.unit.trim() ? ` ${metric.unit.trim()}` : ''}`;
}
