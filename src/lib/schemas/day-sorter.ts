import { z } from 'astro/zod';

const words = (what: string, max = 200) =>
  z
    .string({ error: `需要填写${what}` })
    .min(1, `${what}不能为空`)
    .max(max, `${what}不宜超过 ${max} 个字`);
const id = z.string({ error: '需要填写 id' }).regex(/^[a-z0-9-]+$/, 'id 只能用小写字母、数字和连字符');

/** One of the lecture's kinds of work a task is sorted into. */
export const dayCategorySchema = z.object({
  /** Stable id, used to store the learner's choices. */
  id,
  /** 管业务 / 带团队 / 修自己. */
  name: words('类别名称', 10),
  /** One line on what belongs here. */
  summary: words('类别说明'),
  /** Shown when this kind takes half the day or more. */
  heavy: words('占比高时的解读', 300),
  /** Shown when this kind takes less than a fifth of the day. */
  light: words('占比低时的解读', 300),
});

/** One task of the manager's day. */
export const dayTaskSchema = z.object({
  id,
  /** Clock time, e.g. 08:40. */
  time: z
    .string({ error: '需要填写时间' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应写成 08:40 这样的 24 小时制'),
  /** How long it took, in minutes: the weight of the task in the reflection. */
  minutes: z
    .int({ error: '时长应为分钟数（整数）' })
    .min(5, '时长至少 5 分钟')
    .max(240, '时长不宜超过 240 分钟'),
  /** What the manager did, in one sentence. */
  text: words('任务描述', 80),
  /** The trainer's reference answer (a category id). */
  suggested: id,
  /** Why the task is debatable, shown with the reference. */
  note: z.string().min(1, '说明不能为空字符串；不需要时请删掉 note').optional(),
});

/** The day sorter's data, `content/day-sorter/tasks.json`. */
export const daySorterSchema = z
  .object({
    /** Whose day it is, shown above the tasks. */
    day: words('这一天的说明', 60),
    categories: z
      .array(dayCategorySchema, { error: 'categories 应为类别的列表' })
      .min(2, '至少两个类别')
      .max(5, '最多五个类别'),
    tasks: z
      .array(dayTaskSchema, { error: 'tasks 应为任务的列表' })
      .min(6, '至少六个任务')
      .max(20, '最多二十个任务'),
    /** Shown when no kind dominates and none is neglected. */
    balanced: words('分布均衡时的解读', 300),
    /** The lecture's conclusion, shown last. */
    closing: words('结语', 300),
  })
  .superRefine((data, ctx) => {
    const categoryIds = data.categories.map((c) => c.id);
    if (new Set(categoryIds).size !== categoryIds.length)
      ctx.addIssue({ code: 'custom', path: ['categories'], message: '类别 id 不能重复' });
    const seen = new Set<string>();
    data.tasks.forEach((task, i) => {
      if (seen.has(task.id))
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `任务 id「${task.id}」重复了` });
      seen.add(task.id);
      if (!categoryIds.includes(task.suggested)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'suggested'],
          message: `应为某个类别的 id：${categoryIds.join('、')}`,
        });
      }
    });
  });

export type DaySorterData = z.infer<typeof daySorterSchema>;
export type DayCategory = z.infer<typeof dayCategorySchema>;
export type DayTask = z.infer<typeof dayTaskSchema>;
