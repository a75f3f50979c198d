import { z } from 'astro/zod';

const STAGES = ['goal', 'reality', 'options', 'will'] as const;
const words = (what: string, max = 200) =>
  z
    .string({ error: `需要填写${what}` })
    .min(1, `${what}不能为空`)
    .max(max, `${what}不宜超过 ${max} 个字`);

/** One GROW stage with the lecture's questions, `content/grow-planner/stages.json`. */
export const growStageSchema = z.object({
  /** goal, reality, options or will. */
  id: z.enum(STAGES, { error: `id 只能是 ${STAGES.join('、')}` }),
  /** The letter shown on the badge: G, R, O, W. */
  letter: z.string().regex(/^[A-Z]$/, 'letter 应为一个大写字母'),
  /** 目标设定 … as the lecture names the step. */
  name: words('步骤名称', 12),
  /** The lecture's second name, e.g. 愿景重现. */
  subtitle: words('副标题', 12),
  /** One sentence on what the step is for. */
  purpose: words('这一步的目的'),
  /** Label and hint of the manager's own notes. */
  notesLabel: words('准备要点的标题', 30),
  notesHint: words('准备要点的提示'),
  /** The lecture's question bank for the step. */
  questions: z
    .array(words('问题', 120), { error: 'questions 应为问题的列表' })
    .min(2, '每一步至少两个问题')
    .max(10, '每一步最多十个问题'),
});

/** All four stages, in GROW order. */
export const growStagesSchema = z
  .array(growStageSchema, { error: '应为四个步骤的列表' })
  .length(4, '应正好有四个步骤：goal、reality、options、will')
  .refine((list) => list.every((stage, i) => stage.id === STAGES[i]), {
    message: '四个步骤的顺序应为 goal、reality、options、will',
  });

const examplePlanStage = z.object({
  notes: z.string({ error: '需要填写准备要点（可以为空字符串）' }),
  questions: z.array(words('问题', 120)).min(1, '示例的每一步至少一个问题'),
});

/** The worked example plan, `content/grow-planner/example.json`. */
export const growExampleSchema = z.object({
  /** Title of the example sheet. */
  title: words('示例标题', 60),
  member: z.string({ error: '需要填写面谈对象（可以为空字符串）' }),
  topic: words('绩效话题'),
  meeting: z.string({ error: '需要填写面谈时间与地点（可以为空字符串）' }),
  stages: z.object({
    goal: examplePlanStage,
    reality: examplePlanStage,
    options: examplePlanStage,
    will: examplePlanStage,
  }),
});

export type GrowStageData = z.infer<typeof growStageSchema>;
export type GrowExample = z.infer<typeof growExampleSchema>;
