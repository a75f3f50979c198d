import { z } from 'astro/zod';

/** One multiple-choice question of a unit's knowledge check. */
export const checkQuestionSchema = z
  .object({
    /** Stable id within the unit, used to store answers. */
    id: z.string().regex(/^[a-z0-9-]+$/, '题目 id 只能用小写字母、数字和连字符'),
    /** The question. */
    prompt: z.string().min(1, '题干不能为空'),
    /** 2–5 options. */
    options: z.array(z.string().min(1)).min(2, '至少两个选项').max(5, '最多五个选项'),
    /** 0-based index of the correct option. */
    answer: z.int().min(0),
    /** Why the answer is right, shown after answering. */
    explanation: z.string().min(1, '需要写解析'),
    /** The 课程目标 (1–7, `content/course.json`) this question gives evidence for. */
    objective: z.int('课程目标要写 1–7 的整数').min(1, '课程目标是 1–7').max(7, '课程目标是 1–7'),
  })
  .refine((q) => q.answer < q.options.length, { message: '正确答案的序号超出了选项范围', path: ['answer'] });

/** A unit's knowledge check, `content/checks/<unit>.json`. */
export const checkSchema = z.object({
  /** The unit id (file name of the lecture without `.mdx`). */
  unit: z.string().min(1),
  /** 5–8 questions. */
  questions: z.array(checkQuestionSchema).min(5, '至少五道题').max(8, '最多八道题'),
});

export type CheckQuestion = z.infer<typeof checkQuestionSchema>;
export type KnowledgeCheck = z.infer<typeof checkSchema>;
