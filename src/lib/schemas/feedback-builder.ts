import { z } from 'astro/zod';

const text = (what: string) => z.string({ error: `${what}应为文字` });

/** One worked feedback example a trainer can edit, `content/feedback-builder/examples.json`. */
export const feedbackExampleSchema = z.object({
  /** Title the example sheet gets, e.g. 示例：小陈安抚退款客户. */
  title: z
    .string({ error: '需要填写示例标题' })
    .min(1, '示例标题不能为空')
    .max(60, '示例标题不宜超过 60 个字'),
  /** positive = 正向反馈 (BIA), developmental = 建设性反馈 (BID). */
  kind: z.enum(['positive', 'developmental'], {
    error: 'kind 只能是 positive（正向反馈）或 developmental（建设性反馈）',
  }),
  /** Whether the example uses the advanced steps. */
  advanced: z.boolean({ error: 'advanced 应为 true 或 false' }),
  /** Who receives the feedback (a made-up name). */
  recipient: text('反馈对象'),
  /** The text of each step; fields the kind does not use may be left out. */
  fields: z
    .object({
      situation: text('时间与情境'),
      behavior: text('具体行为'),
      impact: text('影响'),
      appreciation: text('欣赏'),
      askMethod: text('请对方说出做法'),
      expectation: text('表达期待'),
      intent: text('说明谈话目的'),
      explore: text('共同探讨的问题'),
      desired: text('期望'),
      followUp: text('支持与跟进'),
    })
    .partial(),
});

/** The examples file: one example per kind of feedback. */
export const feedbackExamplesSchema = z
  .array(feedbackExampleSchema, { error: '应为示例的列表' })
  .min(1, '至少需要一个示例')
  .refine((list) => list.some((e) => e.kind === 'positive') && list.some((e) => e.kind === 'developmental'), {
    message: '需要正向反馈（positive）和建设性反馈（developmental）各一个示例',
  });

export type FeedbackExample = z.infer<typeof feedbackExampleSchema>;
