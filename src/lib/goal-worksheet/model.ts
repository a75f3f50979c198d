import * as z from '../state/mini';
import { newId } from '../ids';

/** The five elements of a goal as 第三讲 defines them (内容、衡量标准、期限、责任人、资源). */
const elements = z.object({
  /** 目标内容: what is to change. */
  content: z.string(),
  /** 衡量标准: indicator and how it is counted (口径). */
  measure: z.string(),
  /** Where the indicator stands now (基线), as typed. */
  baseline: z.string(),
  /** The value that counts as achieved, as typed. */
  target: z.string(),
  /** 完成期限: the acceptance date, YYYY-MM-DD. */
  deadline: z.string(),
  /** Intermediate checkpoints (中间节点). */
  milestones: z.string(),
  /** 责任人: who answers for the result, and who handles which part. */
  owner: z.string(),
  /** 所需资源: people, time, tools, support. */
  resources: z.string(),
});

const obstacle = z.object({ id: z.string(), obstacle: z.string(), countermeasure: z.string() });
const support = z.object({ id: z.string(), factor: z.string(), owner: z.string(), due: z.string() });
const action = z.object({ id: z.string(), text: z.string(), owner: z.string(), due: z.string() });
const subGoal = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  due: z.string(),
  actions: z.array(action),
});

/** One goal worksheet: the five steps of 第三讲 plus the breakdown into sub-goals and actions. */
export const goalData = z.object({
  /** Step 1: the goal as handed down, in the manager's words. */
  source: z.string(),
  /** Step 1: the keywords taken apart, and why the goal matters now (also the 相关 check). */
  understanding: z.string(),
  /** Step 2: the goal in one sentence. */
  statement: z.string(),
  elements,
  /** Step 3: what could stop it, each with a countermeasure prepared in advance. */
  obstacles: z.array(obstacle),
  /** Step 4: key conditions (人、事、物、支持), each with an owner and a date. */
  supports: z.array(support),
  /** Step 5: when the goal or its dates may change, and who confirms. */
  flexibility: z.string(),
  /** The breakdown: sub-goals, each with actions. */
  subGoals: z.array(subGoal),
});

export type GoalData = z.infer<typeof goalData>;
export type GoalElements = GoalData['elements'];
export type Obstacle = GoalData['obstacles'][number];
export type Support = GoalData['supports'][number];
export type SubGoal = GoalData['subGoals'][number];
export type GoalAction = SubGoal['actions'][number];

/** An empty goal worksheet. */
export function blankGoal(): GoalData {
  return {
    source: '',
    understanding: '',
    statement: '',
    elements: {
      content: '',
      measure: '',
      baseline: '',
      target: '',
      deadline: '',
      milestones: '',
      owner: '',
      resources: '',
    },
    obstacles: [],
    supports: [],
    flexibility: '',
    subGoals: [],
  };
}

export const newObstacle = (): Obstacle => ({ id: newId(), obstacle: '', countermeasure: '' });
export const newSupport = (): Support => ({ id: newId(), factor: '', owner: '', due: '' });
export const newSubGoal = (): SubGoal => ({ id: newId(), title: '', owner: '', due: '', actions: [] });
export const newAction = (): GoalAction => ({ id: newId(), text: '', owner: '', due: '' });

/** Example content as written in content/ (no ids): the worksheet data without list ids. */
export type GoalExample = Omit<GoalData, 'obstacles' | 'supports' | 'subGoals'> & {
  title: string;
  obstacles: Omit<Obstacle, 'id'>[];
  supports: Omit<Support, 'id'>[];
  subGoals: (Omit<SubGoal, 'id' | 'actions'> & { actions: Omit<GoalAction, 'id'>[] })[];
};

/** Turns the example into worksheet data, giving every list item a fresh id. */
export function goalFromExample(example: GoalExample): GoalData {
  const { title: _title, ...rest } = example;
  return {
    ...rest,
    elements: { ...rest.elements },
    obstacles: example.obstacles.map((o) => ({ id: newId(), ...o })),
    supports: example.supports.map((s) => ({ id: newId(), ...s })),
    subGoals: example.subGoals.map((g) => ({
      id: newId(),
      ...g,
      actions: g.actions.map((a) => ({ id: newId(), ...a })),
    })),
  };
}
