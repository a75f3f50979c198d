import { z } from 'astro/zod';

/** Course metadata in `content/course.json`: what the home page says about the course. */
export const courseSchema = z.object({
  /** Full course title. */
  title: z.string({ error: '需要填写课程标题' }).min(1),
  /** A short title for the header and browser tabs. */
  shortTitle: z.string({ error: '需要填写课程简称' }).min(1).max(16, '简称不宜超过 16 个字'),
  /** One or two sentences for the home page lead and meta description. */
  tagline: z.string({ error: '需要填写课程简介' }).min(1),
  /** Why the course exists, as paragraphs. */
  background: z.array(z.string().min(1)).min(1, '至少写一段课程背景'),
  /** Who the course is for. */
  audience: z.array(z.string().min(1)).min(1, '至少写一类授课对象'),
  /** Classroom length, e.g. 1–2 天（6–12 小时）. */
  length: z.string().min(1),
  /** Teaching methods. */
  methods: z.array(z.string().min(1)).min(1),
  /** The method in one phrase, e.g. 引导—理念—训练. */
  approach: z.string().min(1),
  /** 课程收益: exactly five. */
  benefits: z.array(z.string().min(1)).length(5, '课程收益应正好 5 条'),
  /** 课程目标: exactly seven; units refer to them by number. */
  goals: z.array(z.string().min(1)).length(7, '课程目标应正好 7 条'),
  /** The three dimensions, each with a one-line description. */
  dimensions: z
    .array(z.object({ name: z.enum(['管理自我', '管理业务', '管理团队']), description: z.string().min(1) }))
    .length(3, '应列出三个维度'),
});

export type Course = z.infer<typeof courseSchema>;
