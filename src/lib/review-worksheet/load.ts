import { reviewExampleSchema, reviewPromptsSchema } from '../schemas/review-worksheet';
import { describeIssues } from '../schemas/describe-issues';
import type { z } from 'astro/zod';
import type { ReviewExample } from './model';
import type { ReviewStepPrompt } from './step-names';
import promptsRaw from '../../../content/review-worksheet/prompts.json?raw';
import exampleRaw from '../../../content/review-worksheet/example.json?raw';

export const REVIEW_PROMPTS_FILE = 'content/review-worksheet/prompts.json';
export const REVIEW_EXAMPLE_FILE = 'content/review-worksheet/example.json';

function parse<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} 不是有效的 JSON，请检查引号、逗号和括号：${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error.issues));
  return result.data;
}

/** Build time only: the six steps and their Q10 prompts; a mistake stops the build naming file and field. */
export function loadReviewPrompts(text: string = promptsRaw): ReviewStepPrompt[] {
  return parse(REVIEW_PROMPTS_FILE, text, reviewPromptsSchema).steps;
}

/** Build time only: the worked example; a mistake stops the build naming file and field. */
export function loadReviewExample(text: string = exampleRaw): ReviewExample {
  return parse(REVIEW_EXAMPLE_FILE, text, reviewExampleSchema);
}
