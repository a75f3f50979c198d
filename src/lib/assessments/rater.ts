import type { Assessment } from './types';

/** Who answers a self-test: the learner, or a colleague rating the learner. */
export type Rater = 'self' | 'other';

/** Whether the assessment has wording for a colleague rating the learner. */
export function hasOtherRater(assessment: Assessment): boolean {
  return assessment.kind === 'likert' && !!assessment.otherIntro && assessment.items.every((i) => !!i.other);
}

/**
 * The assessment as the rater reads it: for a colleague, every statement in its 他/她
 * wording and the colleague's intro. Ids, dimensions and scoring stay the same, so the two
 * kinds of attempt compare item by item.
 */
export function forRater(assessment: Assessment, rater: Rater): Assessment {
  if (rater === 'self' || assessment.kind !== 'likert' || !hasOtherRater(assessment)) return assessment;
  return {
    ...assessment,
    intro: assessment.otherIntro!,
    items: assessment.items.map((i) => ({ ...i, text: i.other ?? i.text })),
  };
}
