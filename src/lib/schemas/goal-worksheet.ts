import { z } from 'astro/zod';

const text = z.string();
/** A date as the date field stores it, or empty. */
const dateOrBlank = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, '日期要写成 YYYY-MM-DD，例如 2026-12-31，或留空');

/** The example goal worksheet, `content/goal-worksheet/example.json` (build time only). */
export const goalExampleSchema = z.object({
  /** Sheet title; it must say it is an example (示例). */
  title: z
    .string()
    .min(1, '需要标题')
    .refine((t) => t.includes('示例'), '标题里要有「示例」二字，让学员一眼看出这是示例'),
  /** 第一步: the goal as handed down. */
  source: text,
  /** 第一步: keywords and why. */
  understanding: text,
  /** 第二步: the goal in one sentence. */
  statement: z.string().min(1, '目标陈述不能为空'),
  /** The five elements. */
  elements: z.object({
    content: text,
    measure: text,
    baseline: text,
    target: text,
    /** Acceptance date. */
    deadline: dateOrBlank,
    milestones: text,
    owner: text,
    resources: text,
  }),
  obstacles: z.array(z.object({ obstacle: text, countermeasure: text })),
  /** `due` may be a date or words such as 每周四. */
  supports: z.array(z.object({ factor: text, owner: text, due: text })),
  flexibility: text,
  subGoals: z.array(
    z.object({
      title: text,
      owner: text,
      due: dateOrBlank,
      actions: z.array(z.object({ text, owner: text, due: dateOrBlank })),
    }),
  ),
});

export type GoalExampleInput = z.infer<typeof goalExampleSchema>;
