import { feedbackExamplesSchema, type FeedbackExample } from '../schemas/feedback-builder';
import { parseContentFile } from '../schemas/parse-file';
import raw from '../../../content/feedback-builder/examples.json?raw';

export const FEEDBACK_EXAMPLES_FILE = 'content/feedback-builder/examples.json';

/** Build-time only: the validated examples; a mistake stops the build naming file and field. */
export function loadFeedbackExamples(text: string = raw): FeedbackExample[] {
  return parseContentFile(FEEDBACK_EXAMPLES_FILE, text, feedbackExamplesSchema);
}
