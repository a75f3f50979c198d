import { z } from 'astro/zod';

/** The four groups a unit can belong to: the intro and the course's three dimensions. */
export const DIMENSIONS = ['导入', '管理自我', '管理业务', '管理团队'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Front matter of one unit in `content/lectures/*.mdx`. */
export const unitSchema = z.object({
  /** Position in the course: 0 is 导入篇, 1–6 are 第一讲 to 第六讲. */
  order: z.int({ error: '应为 0 到 20 之间的整数（导入篇为 0）' }).min(0).max(20),
  /** Short label shown before the title, e.g. 第一讲. */
  label: z.string({ error: '需要填写单元标签，如「第一讲」' }).min(1, '单元标签不能为空'),
  /** The unit's short title, without brackets. */
  title: z.string({ error: '需要填写标题' }).min(1, '标题不能为空').max(40, '标题不宜超过 40 个字'),
  /** The outline's tagline for the unit. */
  subtitle: z.string({ error: '需要填写副标题' }).min(1, '副标题不能为空'),
  /** Which dimension the unit belongs to. */
  dimension: z.enum(DIMENSIONS, { error: `维度只能是：${DIMENSIONS.join('、')}` }),
  /** One sentence on what the unit teaches (shown on cards and as the page description). */
  summary: z.string({ error: '需要填写一句话摘要' }).min(1, '摘要不能为空').max(120, '摘要不宜超过 120 个字'),
  /** Suggested classroom minutes, used by the trainer's agenda. */
  minutes: z
    .int({ error: '建议课时应为分钟数（整数）' })
    .min(10, '建议课时至少 10 分钟')
    .max(480, '建议课时不宜超过 480 分钟'),
  /** Numbers (1–7) of the 课程目标 this unit serves. */
  goals: z
    .array(z.int().min(1).max(7), { error: '课程目标应为 1–7 的编号列表' })
    .min(1, '至少对应一个课程目标'),
  /** Learning objectives, each a sentence starting with 能够…. */
  objectives: z.array(z.string().min(1), { error: '学习目标应为一组句子' }).min(1, '至少写一条学习目标'),
});

export type UnitData = z.infer<typeof unitSchema>;
