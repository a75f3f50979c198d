import * as z from '../state/mini';

/** The four GROW stages, in the order the lecture teaches them. */
export const STAGE_IDS = ['goal', 'reality', 'options', 'will'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** One question the manager plans to ask. */
export interface PlanQuestion {
  id: string;
  text: string;
}

/** What the manager prepares for one stage: the questions to ask and their own notes. */
export interface StagePlan {
  questions: PlanQuestion[];
  notes: string;
}

/** A GROW coaching-conversation plan for one team member and one performance topic. */
export interface GrowPlan {
  /** Name or nickname; empty means the plan stays anonymous. */
  member: string;
  /** The performance topic, e.g. 一次解决率下滑. */
  topic: string;
  /** When and where the talk happens. */
  meeting: string;
  stages: Record<StageId, StagePlan>;
}

const stagePlanSchema = z.object({
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
  notes: z.string(),
});

/** Longest text each heading field of a plan keeps; the fields stop there. */
export const GROW_HEAD_LIMITS = { member: 40, topic: 120, meeting: 80 } as const;

/** Client-side schema of a stored plan. */
export const growPlanSchema = z.object({
  member: z.string().check(z.maxLength(GROW_HEAD_LIMITS.member)),
  topic: z.string().check(z.maxLength(GROW_HEAD_LIMITS.topic)),
  meeting: z.string().check(z.maxLength(GROW_HEAD_LIMITS.meeting)),
  stages: z.object({
    goal: stagePlanSchema,
    reality: stagePlanSchema,
    options: stagePlanSchema,
    will: stagePlanSchema,
  }),
});

/** An empty plan. */
export function blankGrowPlan(): GrowPlan {
  const stage = (): StagePlan => ({ questions: [], notes: '' });
  return {
    member: '',
    topic: '',
    meeting: '',
    stages: { goal: stage(), reality: stage(), options: stage(), will: stage() },
  };
}

/** How a stage is presented: its name, the lecture's purpose line and question bank. */
export interface StageInfo {
  id: StageId;
  /** G, R, O or W. */
  letter: string;
  /** 目标设定 … */
  name: string;
  /** The lecture's second name, e.g. 愿景重现. */
  subtitle: string;
  /** One sentence: what this stage is for. */
  purpose: string;
  /** Label and hint of the manager's own notes for this stage. */
  notesLabel: string;
  notesHint: string;
  /** The lecture's questions for this stage. */
  questions: string[];
}

/** The person the plan is for, or 组员 when it is anonymous. */
export function memberName(plan: Pick<GrowPlan, 'member'>): string {
  return plan.member.trim() || '组员（匿名）';
}

/** True if `text` is already one of the stage's planned questions (ignoring spaces). */
export function hasQuestion(stage: StagePlan, text: string): boolean {
  const key = text.replace(/\s+/g, '');
  return stage.questions.some((q) => q.text.replace(/\s+/g, '') === key);
}

/** The stage with a question appended (or unchanged if it is already there). */
export function addQuestion(stage: StagePlan, question: PlanQuestion): StagePlan {
  return hasQuestion(stage, question.text) ? stage : { ...stage, questions: [...stage.questions, question] };
}

/** The plan with one stage replaced. */
export function withStage(plan: GrowPlan, id: StageId, stage: StagePlan): GrowPlan {
  return { ...plan, stages: { ...plan.stages, [id]: stage } };
}

/** A plan written with plain question texts, as the example file holds it. */
export interface PlanText {
  member: string;
  topic: string;
  meeting: string;
  stages: Record<StageId, { notes: string; questions: string[] }>;
}

/** Turns a plan written with plain question texts into a stored plan, giving each question an id. */
export function planFromText(text: PlanText, newId: () => string): GrowPlan {
  const stage = (id: StageId): StagePlan => ({
    notes: text.stages[id].notes,
    questions: text.stages[id].questions.map((q) => ({ id: newId(), text: q })),
  });
  return {
    member: text.member,
    topic: text.topic,
    meeting: text.meeting,
    stages: {
      goal: stage('goal'),
      reality: stage('reality'),
      options: stage('options'),
      will: stage('will'),
    },
  };
}

/** The stage without the question(s) matching `text` (ignoring spaces). */
export function removeQuestionText(stage: StagePlan, text: string): StagePlan {
  const key = text.replace(/\s+/g, '');
  return { ...stage, questions: stage.questions.filter((q) => q.text.replace(/\s+/g, '') !== key) };
}
