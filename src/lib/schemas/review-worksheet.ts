import { z } from 'astro/zod';

import { QUESTIONS_PER_STEP, REVIEW_STEP_NAMES } from '../review-worksheet/step-names';

/** The six steps with their Q10 prompts, `content/review-worksheet/prompts.json`. */
export const reviewPromptsSchema = z.object({
  steps: z
    .array(
      z.object({
        /** Step name as the lecture gives it. */
        name: z.string(),
        /** One or two sentences on what the step is for. */
        purpose: z.string().min(1, '需要写这一步的用途'),
        /** The step's questions from 复盘Q10法. */
        questions: z.array(z.string().min(1, '问题不能为空')),
      }),
    )
    .length(6, '复盘必须正好六个步骤')
    .superRefine((steps, ctx) => {
      steps.forEach((step, i) => {
        if (step.name !== REVIEW_STEP_NAMES[i])
          ctx.addIssue({
            code: 'custom',
            path: [i, 'name'],
            message: `第 ${i + 1} 步应为「${REVIEW_STEP_NAMES[i]}」（六步顺序固定）`,
          });
        if (step.questions.length !== QUESTIONS_PER_STEP[i])
          ctx.addIssue({
            code: 'custom',
            path: [i, 'questions'],
            message: `「${REVIEW_STEP_NAMES[i]}」应有 ${QUESTIONS_PER_STEP[i]} 个问题（Q10 共十问）`,
          });
      });
    }),
});

const text = z.string();
const dateOrBlank = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, '日期要写成 YYYY-MM-DD，例如 2026-12-31，或留空');

/** The example 复盘, `content/review-worksheet/example.json` (build time only). */
export const reviewExampleSchema = z.object({
  /** Sheet title; it must say it is an example (示例). */
  title: z
    .string()
    .min(1, '需要标题')
    .refine((t) => t.includes('示例'), '标题里要有「示例」二字，让学员一眼看出这是示例'),
  subject: z.string().min(1, '需要写复盘对象'),
  period: text,
  participants: text,
  goal: text,
  goalOrigin: text,
  metrics: z.array(
    z.object({
      name: z.string().min(1, '指标名称不能为空'),
      unit: text,
      /** Numbers as a learner would type them. */
      target: text,
      actual: text,
      /** higher: 越高越好; lower: 越低越好. */
      direction: z.enum(['higher', 'lower'], { message: '只能是 higher（越高越好）或 lower（越低越好）' }),
    }),
  ),
  events: z.array(z.object({ when: text, what: text })),
  surprises: text,
  resultNotes: text,
  highlights: text,
  shortfalls: text,
  causes: text,
  luck: text,
  rules: z.array(z.object({ rule: text, test: text })),
  actions: z.array(
    z.object({
      kind: z.enum(['start', 'stop', 'continue'], {
        message: '只能是 start（开始做）、stop（停止做）或 continue（继续做）',
      }),
      what: text,
      owner: text,
      due: dateOrBlank,
      document: text,
    }),
  ),
});

export type ReviewPromptsInput = z.infer<typeof reviewPromptsSchema>;
export type ReviewExampleInput = z.infer<typeof reviewExampleSchema>;
