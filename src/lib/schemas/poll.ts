import { z } from 'astro/zod';

const text = (what: string, max: number) =>
  z
    .string({ error: `需要填写${what}` })
    .min(1, `${what}不能为空`)
    .max(max, `${what}不宜超过 ${max} 个字`);

/** One quick question a lecture asks the room, placed with `<Poll id="…" />`. */
export const pollSchema = z
  .object({
    /** Stable id, also used in result codes: lower-case letters, digits and hyphens. */
    id: z.string({ error: '需要填写 id' }).regex(/^[a-z0-9-]+$/, 'id 只能用小写字母、数字和连字符'),
    /** The unit (lecture file name) the poll belongs to. */
    unit: text('所属讲次', 40),
    /** choice: one option; scale: 1–5; word: one short word. */
    kind: z.enum(['choice', 'scale', 'word'], { error: 'kind 只能是 choice、scale 或 word' }),
    /** The question as the room sees it. */
    question: text('问题', 80),
    /** Options of a choice poll (2–6). */
    options: z.array(text('选项', 30)).min(2, '至少两个选项').max(6, '最多六个选项').optional(),
    /** Labels of the two ends of a scale poll. */
    ends: z.tuple([text('最低分的说明', 10), text('最高分的说明', 10)]).optional(),
  })
  .refine((p) => p.kind !== 'choice' || p.options, { message: '单选投票需要 options', path: ['options'] })
  .refine((p) => p.kind !== 'scale' || p.ends, {
    message: '打分投票需要 ends（两端的说明）',
    path: ['ends'],
  });

/** content/polls/polls.json: every poll of the course. */
export const pollsFileSchema = z
  .object({ polls: z.array(pollSchema) })
  .refine((f) => new Set(f.polls.map((p) => p.id)).size === f.polls.length, {
    message: '投票的 id 不能重复',
    path: ['polls'],
  });

export type Poll = z.infer<typeof pollSchema>;
