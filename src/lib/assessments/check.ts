import type { CheckQuestion } from '../schemas/check';

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
