import type { Circle, Ring } from './record';
import { strings } from './strings';

/** Suggested length of each ring in characters: a Why fits in one breath, a How and What in two. */
export const RING_LIMITS: Record<Ring, number> = { why: 40, how: 80, what: 80 };

/** A gentle hint about one ring; it never blocks saving. */
export interface Advice {
  kind: 'empty' | 'long' | 'metric' | 'same';
  message: string;
}

/** Characters as a learner counts them (a Chinese character or an emoji is one). */
export function charCount(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

// Words that turn a Why into a result: targets, percentages, scores.
const METRIC =
  /\d+(\.\d+)?\s*[%％]|KPI|指标|达标|满意度|完成率|接通率|解决率|考核|业绩|排名|提升到|达到\s*\d/i;

/** What to tell the learner about `ring` of `circle`: empty, longer than suggested, a metric posing as a Why. */
export function ringAdvice(circle: Pick<Circle, Ring>, ring: Ring): Advice[] {
  const text = circle[ring];
  const count = charCount(text);
  if (count === 0) return [{ kind: 'empty', message: strings.adviceEmpty[ring] }];
  const advice: Advice[] = [];
  if (ring === 'why' && METRIC.test(text)) advice.push({ kind: 'metric', message: strings.adviceMetric });
  if (
    ring === 'how' &&
    charCount(circle.what) > 0 &&
    text.replace(/\s+/g, '') === circle.what.replace(/\s+/g, '')
  ) {
    advice.push({ kind: 'same', message: strings.adviceSame });
  }
  if (count > RING_LIMITS[ring])
    advice.push({ kind: 'long', message: strings.adviceLong(count, RING_LIMITS[ring]) });
  return advice;
}
