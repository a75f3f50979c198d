import type { QuizAssessment } from './types';

/** The parts of a knowledge-check question the overview needs. */
export interface CheckQuestionLike {
  id: string;
  prompt: string;
  options: string[];
  answer: number;
  explanation: string;
}

/** The attempt-history id of a unit's knowledge check. */
export const checkAssessmentId = (unitId: string) => `check-${unitId}`;

/** True for the attempt history of a unit's knowledge check, as against a self-test or quiz. */
export const isCheckAssessment = (assessmentId: string) => assessmentId.startsWith('check-');

/**
 * A unit's knowledge check as an assessment, so 我的学习 can list, chart and compare its
 * attempts with the same parts as the self-tests. It has no dimensions and no bands.
 */
export function checkAsAssessment(
  unitId: string,
  title: string,
  questions: readonly CheckQuestionLike[],
): QuizAssessment {
  return {
    kind: 'quiz',
    id: checkAssessmentId(unitId),
    title,
    unit: unitId,
    intro: [],
    dimensions: [],
    bands: [],
    dimensionBands: [],
    shuffle: { items: false, options: false },
    items: questions.map((q) => ({
      id: q.id,
      text: q.prompt,
      options: q.options.map((label) => ({ label })),
      answer: q.answer,
      explanation: q.explanation,
    })),
  };
}
