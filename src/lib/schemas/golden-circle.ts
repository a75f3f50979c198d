import { z } from 'astro/zod';

const text = (what: string) =>
  z
    .string({ error: `${what}需要是一段文字` })
    .trim()
    .min(1, `${what}不能为空`);
const prompts = (ring: string) =>
  z
    .array(text(`${ring} 的提示问题`), { error: `${ring} 的提示问题需要是一个列表` })
    .min(1, `${ring} 至少要有一个提示问题`)
    .max(5, `${ring} 最多五个提示问题`);

/** The golden-circle builder's editable content: prompts per ring and one worked example. */
export const goldenCircleContentSchema = z.object({
  /** Questions shown beside each ring to help the learner write it. */
  prompts: z.object(
    { why: prompts('Why'), how: prompts('How'), what: prompts('What') },
    { error: '需要 prompts，包含 why、how、what 三组提示问题' },
  ),
  /** A worked customer-service example the learner can load; it is marked 示例 on screen. */
  example: z.object(
    {
      /** Short name of the example's topic. */
      name: text('示例名称'),
      why: text('示例的 Why'),
      how: text('示例的 How'),
      what: text('示例的 What'),
    },
    { error: '需要 example，包含 name、why、how、what' },
  ),
});

export type GoldenCircleContent = z.infer<typeof goldenCircleContentSchema>;
