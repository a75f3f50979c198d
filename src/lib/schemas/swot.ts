import { z } from 'astro/zod';

const text = (what: string) =>
  z
    .string({ error: `${what}需要是一段文字` })
    .trim()
    .min(1, `${what}不能为空`);
const quadrant = (name: string) =>
  z
    .array(text(`${name}的条目`), { error: `${name} 需要是一个条目列表` })
    .min(1, `${name} 至少写一条`)
    .max(8, `${name} 最多八条`);
const KINDS = { SO: ['S', 'O'], WO: ['W', 'O'], ST: ['S', 'T'], WT: ['W', 'T'] } as const;

/** The SWOT example a learner can load: items per quadrant and strategies citing them by number. */
export const swotExampleSchema = z
  .object({
    /** Title of the example analysis. */
    title: text('标题'),
    /** Whose analysis it is. */
    scope: z.enum(['personal', 'team'], { error: 'scope 只能是 personal（个人）或 team（团队）' }),
    /** The objective the analysis serves. */
    goal: text('目标'),
    /** Items per quadrant, most important first; they are numbered S1, S2 … in this order. */
    items: z.object(
      { S: quadrant('优势 S'), W: quadrant('劣势 W'), O: quadrant('机会 O'), T: quadrant('威胁 T') },
      { error: '需要 items，包含 S、W、O、T 四个列表' },
    ),
    /** TOWS strategies; each cites one internal and one external item by number, e.g. S2 and O1. */
    strategies: z.array(
      z.object({
        kind: z.enum(['SO', 'WO', 'ST', 'WT'], { error: 'kind 只能是 SO、WO、ST 或 WT' }),
        internal: z
          .string({ error: 'internal 需要写内部因素的编号，如 S1' })
          .regex(/^[SW][1-9]\d*$/, 'internal 应是 S 或 W 加序号，如 S1'),
        external: z
          .string({ error: 'external 需要写外部因素的编号，如 O1' })
          .regex(/^[OT][1-9]\d*$/, 'external 应是 O 或 T 加序号，如 O1'),
        action: text('对策行动'),
      }),
      { error: 'strategies 需要是一个列表' },
    ),
  })
  .superRefine((data, ctx) => {
    data.strategies.forEach((s, i) => {
      const [inQ, exQ] = KINDS[s.kind];
      for (const [field, label, q] of [
        ['internal', s.internal, inQ],
        ['external', s.external, exQ],
      ] as const) {
        if (label[0] !== q) {
          ctx.addIssue({
            code: 'custom',
            path: ['strategies', i, field],
            message: `${s.kind} 对策的 ${field} 应引用 ${q} 条目，现在是 ${label}`,
          });
          continue;
        }
        const count = data.items[q as 'S' | 'W' | 'O' | 'T'].length;
        if (Number(label.slice(1)) > count) {
          ctx.addIssue({
            code: 'custom',
            path: ['strategies', i, field],
            message: `引用的 ${label} 不存在（${q} 只有 ${count} 条）`,
          });
        }
      }
    });
  });

export type SwotExampleContent = z.infer<typeof swotExampleSchema>;
