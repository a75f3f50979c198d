import type { Attempt, AttemptHistory } from '../state/attempts';
import { isValidAnswer, missingItems, scoreAnswers } from './score';
import { reconcileOrder } from './shuffle';
import type { Answers, Assessment } from './types';

/** The unfinished attempt as the state layer stores it. */
export type Draft = NonNullable<AttemptHistory['draft']>;

/** A fresh attempt: no answers yet, items in this attempt's order. */
export function newDraft(assessment: Assessment, startedAt: string): Draft {
  return { startedAt, answers: {}, order: reconcileOrder(assessment, undefined, startedAt), position: 0 };
}

/** A stored draft made to fit the current data (items added or removed since it was saved). */
export function fitDraft(assessment: Assessment, draft: Draft): Draft {
  const order = reconcileOrder(assessment, draft.order, draft.startedAt);
  const answers: Answers = {};
  for (const [id, value] of Object.entries(draft.answers))
    if (isValidAnswer(assessment, id, value)) answers[id] = value;
  const position = Math.min(Math.max(0, draft.position ?? 0), Math.max(0, order.length - 1));
  return { startedAt: draft.startedAt, answers, order, position };
}

/** The draft with one more answer (or a changed one). */
export function withAnswer(draft: Draft, itemId: string, value: number): Draft {
  return { ...draft, answers: { ...draft.answers, [itemId]: value } };
}

/** How many items have a valid answer. */
export function answeredCount(assessment: Assessment, answers: Answers): number {
  return assessment.items.length - missingItems(assessment, answers).length;
}

/** The finished attempt to store, with its scores. */
export function toAttempt(assessment: Assessment, draft: Draft, id: string, at: string): Attempt {
  const { score, max, dimensions } = scoreAnswers(assessment, draft.answers);
  const answers: Answers = {};
  for (const item of assessment.items)
    if (draft.answers[item.id] !== undefined) answers[item.id] = draft.answers[item.id]!;
  const attempt: Attempt = { id, at, answers, score, max, dimensions };
  if (assessment.shuffle.items && draft.order) attempt.order = draft.order;
  return attempt;
}
