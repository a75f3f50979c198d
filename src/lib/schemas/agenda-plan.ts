import { z } from 'astro/zod';

const text = (what: string) =>
  z
    .string({ error: `需要填写${what}` })
    .trim()
    .min(1, `${what}不能为空`);

/** What a trainer keeps, cuts and sets as reading for one unit in the 1-day plan. */
export const oneDayUnitSchema = z.object({
  /** Unit id: the lecture's file name without `.mdx`. */
  unit: z.string().regex(/^[a-z0-9-]+$/, '单元 id 只能用小写字母、数字和连字符'),
  /** Classroom minutes left once the cuts are made. */
  minutes: z.int('minutes 应为整数（分钟）').min(5, '每个单元至少 5 分钟'),
  /** What stays in class. */
  keep: text('保留内容（keep）'),
  /** What the trainer drops or shortens. */
  cut: z.array(text('删减项')).min(1, '至少写一条删减'),
  /** `##` section titles trainees read before class, exactly as in the lecture. */
  preRead: z.array(text('课前阅读的小节标题')).default([]),
});

/** `content/agenda/one-day.json`: the 1-day plan's cut list and pre-reading. */
export const oneDayPlanSchema = z.object({
  /** A paragraph above the list. */
  intro: text('说明（intro）'),
  /** Self-tests and exercises trainees do before class. */
  homework: z.array(text('课前任务')).default([]),
  units: z.array(oneDayUnitSchema).min(1, '至少一个单元'),
});

export type OneDayPlan = z.infer<typeof oneDayPlanSchema>;
export type OneDayUnit = z.infer<typeof oneDayUnitSchema>;
