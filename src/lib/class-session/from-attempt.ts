/** A self-test or quiz attempt as what a trainee hands in. */
import type { Assessment } from '../assessments/types';
import type { Attempt } from '../state/attempts';
import { summaryOf } from '../assessments/history';
import type { ActivityResult } from './activities';

/** Quiz answers in data order; for self-tests the value per dimension the result screen shows. */
export function resultOfAttempt(assessment: Assessment, attempt: Attempt): ActivityResult {
  if (assessment.kind === 'quiz')
    return { kind: 'answers', answers: assessment.items.map((item) => attempt.answers[item.id] ?? 0) };
  return { kind: 'values', values: summaryOf(assessment, attempt).dimensions.map((d) => d.value) };
}
