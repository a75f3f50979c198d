import { reviewExampleSchema, reviewPromptsSchema } from '../schemas/review-worksheet';
import { loadJson } from '../content/load-json';
import type { ReviewExample } from './model';
import type { ReviewStepPrompt } from './step-names';

export const REVIEW_PROMPTS_FILE = 'content/review-worksheet/prompts.json';
export const REVIEW_EXAMPLE_FILE = 'content/review-worksheet/example.json';

/** Build time only: the six steps and their Q10 prompts; a mistake stops the build naming file and field. */
export function loadReviewPrompts(text?: string): ReviewStepPrompt[] {
  return loadJson(REVIEW_PROMPTS_FILE, reviewPromptsSchema, text).steps;
}

/** Build time only: the worked example; a mistake stops the build naming file and field. */
export function loadReviewExample(text?: string): ReviewExample {
  return loadJson(REVIEW_EXAMPLE_FILE, reviewExampleSchema, text);
}
