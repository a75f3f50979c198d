import type { CheckQuestion } from '../schemas/check';
import { seedFrom, shuffled } from './shuffle';

export interface CheckScore {
  correct: number;
  total: number;
  /** Per question: true when answered correctly. */
  right: boolean[];
}

/** Scores a knowledge check; an unanswered question counts as wrong. */
export function scoreCheck(
  questions: readonly Pick<CheckQuestion, 'answer'>[],
  answers: readonly (number | null | undefined)[],
): CheckScore {
  const right = questions.map((q, i) => answers[i] === q.answer);
  return { correct: right.filter(Boolean).length, total: questions.length, right };
}

/**
 * The order a question's options are shown in for one attempt, as indexes into its data
 * order. Answers are stored by data index, so a stored answer names the same option
 * whatever order it was shown in; without a seed (server render) the data order is used.
 */
export function checkOptionOrder(
  question: Pick<CheckQuestion, 'id' | 'options'>,
  seedText?: string,
): number[] {
  const indexes = question.options.map((_, i) => i);
  return seedText ? shuffled(indexes, seedFrom(`${seedText}|${question.id}`)) : indexes;
}
