/** The six steps of 第四讲, in their fixed order. */
export const REVIEW_STEP_NAMES = [
  '回顾目标',
  '叙述过程',
  '评估结果',
  '分析原因',
  '推演规律',
  '形成文档',
] as const;
/** How many of the Q10 questions belong to each step (Q1–2, Q3–4, Q5–6, Q7–8, Q9, Q10). */
export const QUESTIONS_PER_STEP = [2, 2, 2, 2, 1, 1] as const;

export type ReviewStepName = (typeof REVIEW_STEP_NAMES)[number];

/** A step's name, purpose and its questions from 复盘Q10法 (from content/review-worksheet/prompts.json). */
export interface ReviewStepPrompt {
  name: string;
  purpose: string;
  questions: string[];
}

/** Number (1–10) of the first Q10 question of step `index`. */
export function firstQuestionNumber(index: number): number {
  return 1 + QUESTIONS_PER_STEP.slice(0, index).reduce((sum, n) => sum + n, 0);
}
