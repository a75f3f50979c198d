import { feedbackExamplesSchema, type FeedbackExample } from '../schemas/feedback-builder';
import { loadJson } from '../content/load-json';

export const FEEDBACK_EXAMPLES_FILE = 'content/feedback-builder/examples.json';

/** Build-time only: the validated examples; a mistake stops the build naming file and field. */
export function loadFeedbackExamples(text?: string): FeedbackExample[] {
  return loadJson(FEEDBACK_EXAMPLES_FILE, feedbackExamplesSchema, text);
}
