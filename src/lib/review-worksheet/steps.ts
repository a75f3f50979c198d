import { compareMetric, metricName } from './compare';
import type { ReviewData } from './model';
import { REVIEW_STEP_NAMES } from './step-names';
import { reviewStrings } from './strings';

const m = reviewStrings.missing;
const filled = (text: string) => text.trim() !== '';

export type StepState = 'empty' | 'partial' | 'done';

/** How far one step is: nothing written, some of it, or all it asks for (and what is still missing). */
export interface StepProgress {
  index: number;
  name: string;
  state: StepState;
  missing: string[];
}

/** What each step asks for, and whether anything at all is written in it. */
function stepNeeds(d: ReviewData, index: number): { missing: string[]; started: boolean } {
  const withTarget = d.metrics.filter((x) => filled(x.target));
  switch (index) {
    case 0:
      return {
        missing: [...(filled(d.goal) ? [] : [m.goal]), ...(withTarget.length ? [] : [m.metric])],
        started:
          filled(d.goal) || filled(d.goalOrigin) || d.metrics.some((x) => filled(x.name) || filled(x.target)),
      };
    case 1:
      return {
        missing: d.events.some((e) => filled(e.what)) ? [] : [m.events],
        started: d.events.some((e) => filled(e.what) || filled(e.when)) || filled(d.surprises),
      };
    case 2: {
      const pending: string[] = [];
      const invalid: string[] = [];
      d.metrics.forEach((metric, i) => {
        if (!filled(metric.target)) return;
        const result = compareMetric(metric);
        if (result.status === 'pending' && result.field === 'actual') pending.push(metricName(metric, i));
        if (result.status === 'invalid') invalid.push(metricName(metric, i));
      });
      const missing = [
        ...(withTarget.length ? [] : [m.metric]),
        ...(pending.length ? [m.actual(pending.join('、'))] : []),
        ...(invalid.length ? [m.invalidActual(invalid.join('、'))] : []),
        ...(filled(d.highlights) || filled(d.shortfalls) ? [] : [m.assessment]),
      ];
      return {
        missing,
        started:
          d.metrics.some((x) => filled(x.actual)) ||
          filled(d.resultNotes) ||
          filled(d.highlights) ||
          filled(d.shortfalls),
      };
    }
    case 3:
      return { missing: filled(d.causes) ? [] : [m.causes], started: filled(d.causes) || filled(d.luck) };
    case 4: {
      const rules = d.rules.filter((r) => filled(r.rule));
      const missing = rules.length === 0 ? [m.rules] : rules.some((r) => !filled(r.test)) ? [m.ruleTest] : [];
      return { missing, started: d.rules.some((r) => filled(r.rule) || filled(r.test)) };
    }
    default: {
      const complete = d.actions.some((a) => filled(a.what) && filled(a.owner) && filled(a.due));
      return {
        missing: complete ? [] : [m.actions],
        started: d.actions.some((a) => filled(a.what) || filled(a.owner)),
      };
    }
  }
}

/** The progress of each of the six steps, in their fixed order. */
export function stepProgress(d: ReviewData): StepProgress[] {
  return REVIEW_STEP_NAMES.map((name, index) => {
    const { missing, started } = stepNeeds(d, index);
    const state: StepState = missing.length === 0 ? 'done' : started ? 'partial' : 'empty';
    return { index, name, state, missing };
  });
}

/** Earlier steps not yet done when the learner is on step `current`: 复盘 goes in order. */
export function unfinishedBefore(progress: StepProgress[], current: number): StepProgress[] {
  return progress.filter((p) => p.index < current && p.state !== 'done');
}

/** A step index kept within 0–5 (a stored value could be anything numeric). */
export function clampStep(step: number): number {
  return Number.isInteger(step) ? Math.max(0, Math.min(REVIEW_STEP_NAMES.length - 1, step)) : 0;
}

/** What the finished document still lacks against 第四讲's brief: two tested rules, three owned and dated actions. */
export function documentReadiness(d: ReviewData): string[] {
  const r = reviewStrings.readiness;
  const notes: string[] = [];
  const tested = d.rules.filter((x) => filled(x.rule) && filled(x.test)).length;
  if (tested < 2) notes.push(r.rules(tested));
  const owned = d.actions.filter((a) => filled(a.what) && filled(a.owner) && filled(a.due)).length;
  if (owned < 3) notes.push(r.actions(owned));
  d.actions.forEach((a, i) => {
    if (!filled(a.what)) return;
    const lacking = [
      filled(a.owner) ? '' : reviewStrings.fields.owner,
      filled(a.due) ? '' : reviewStrings.fields.due,
    ]
      .filter(Boolean)
      .join('和');
    if (lacking) notes.push(r.incompleteAction(i + 1, lacking));
  });
  return notes;
}
