import * as z from '../state/mini';
import { newId } from '../ids';

const metric = z.object({
  id: z.string(),
  /** Indicator, e.g. 高峰日首次响应. */
  name: z.string(),
  /** Unit, e.g. 秒, %, 单. */
  unit: z.string(),
  /** Target and actual result as typed (read with parseNumber). */
  target: z.string(),
  actual: z.string(),
  /** Whether a higher number is better (满意度) or a lower one (响应时间、投诉数). */
  direction: z.enum(['higher', 'lower']),
});
const event = z.object({ id: z.string(), when: z.string(), what: z.string() });
const rule = z.object({ id: z.string(), rule: z.string(), test: z.string() });
const action = z.object({
  id: z.string(),
  /** 开始做、停止做、继续做 (Q10). */
  kind: z.enum(['start', 'stop', 'continue']),
  what: z.string(),
  owner: z.string(),
  /** YYYY-MM-DD. */
  due: z.string(),
  /** Which document it goes into (排班模型、应急话术…). */
  document: z.string(),
});

/** One 复盘 worksheet: the six steps of 第四讲 and the step the learner is on. */
export const reviewData = z.object({
  /** Index (0–5) of the step on screen. */
  step: z.number(),
  /** What is being reviewed, e.g. 年货节在线客服保障. */
  subject: z.string(),
  period: z.string(),
  participants: z.string(),
  /** 回顾目标: Q1 the goal and how it is measured; Q2 how it was set. */
  goal: z.string(),
  goalOrigin: z.string(),
  /** Targets (回顾目标) and results (评估结果), side by side. */
  metrics: z.array(metric),
  /** 叙述过程: Q3 the timeline; Q4 the unplanned and the response. */
  events: z.array(event),
  surprises: z.string(),
  /** 评估结果: Q5 comments on the comparison; Q6 highlights; the shortfalls. */
  resultNotes: z.string(),
  highlights: z.string(),
  shortfalls: z.string(),
  /** 分析原因: Q7 root causes; Q8 ability or luck. */
  causes: z.string(),
  luck: z.string(),
  /** 推演规律: Q9 each rule and how it holds up in another setting. */
  rules: z.array(rule),
  /** 形成文档: Q10 start / stop / continue, each with owner, date and document. */
  actions: z.array(action),
});

export type ReviewData = z.infer<typeof reviewData>;
export type Metric = ReviewData['metrics'][number];
export type ReviewEvent = ReviewData['events'][number];
export type ReviewRule = ReviewData['rules'][number];
export type ReviewAction = ReviewData['actions'][number];
export type ActionKind = ReviewAction['kind'];

/** An empty 复盘 worksheet, on its first step. */
export function blankReview(): ReviewData {
  return {
    step: 0,
    subject: '',
    period: '',
    participants: '',
    goal: '',
    goalOrigin: '',
    metrics: [],
    events: [],
    surprises: '',
    resultNotes: '',
    highlights: '',
    shortfalls: '',
    causes: '',
    luck: '',
    rules: [],
    actions: [],
  };
}

export const newMetric = (): Metric => ({
  id: newId(),
  name: '',
  unit: '',
  target: '',
  actual: '',
  direction: 'higher',
});
export const newEvent = (): ReviewEvent => ({ id: newId(), when: '', what: '' });
export const newRule = (): ReviewRule => ({ id: newId(), rule: '', test: '' });
export const newAction = (): ReviewAction => ({
  id: newId(),
  kind: 'start',
  what: '',
  owner: '',
  due: '',
  document: '',
});

type NoId<T> = Omit<T, 'id'>;
/** The example as written in content/ (no ids, no step). */
export type ReviewExample = Omit<ReviewData, 'step' | 'metrics' | 'events' | 'rules' | 'actions'> & {
  title: string;
  metrics: NoId<Metric>[];
  events: NoId<ReviewEvent>[];
  rules: NoId<ReviewRule>[];
  actions: NoId<ReviewAction>[];
};

/** Turns the example into worksheet data on its first step, with fresh ids. */
export function reviewFromExample(example: ReviewExample): ReviewData {
  const { title: _title, ...rest } = example;
  const withId = <T extends object>(item: T) => ({ id: newId(), ...item });
  return {
    ...rest,
    step: 0,
    metrics: example.metrics.map(withId),
    events: example.events.map(withId),
    rules: example.rules.map(withId),
    actions: example.actions.map(withId),
  };
}
