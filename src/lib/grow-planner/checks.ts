import { mentionsTime, questionKind } from '../feedback-builder/checks';
import { STAGE_IDS, type GrowPlan, type StageId, type StageInfo } from './model';
import { hintText } from './strings';

/** One hint of the plan's self-check, tied to a stage (or to the plan's head). */
export interface GrowHint {
  code: 'no-topic' | 'no-questions' | 'leading' | 'closed' | 'goal-not-measurable' | 'no-follow-up';
  severity: 'todo' | 'warn';
  stage?: StageId;
  /** The question it is about, when it is about one. */
  questionId?: string;
  message: string;
}

const MEASURE =
  /(\d|%|[一二两三四五六七八九十百半]+\s*(个|位|通|单|次|分钟|分|秒|小时|天|周|月|件|成|张|条))/;

/** True if a goal names a number or a deadline. */
export function isMeasurableGoal(text: string): boolean {
  return MEASURE.test(text) || mentionsTime(text);
}

/** The plan's self-check: missing parts, closed or leading questions, a goal without a number. */
export function checkGrowPlan(plan: GrowPlan, stages: Pick<StageInfo, 'id' | 'name'>[]): GrowHint[] {
  const hints: GrowHint[] = [];
  if (!plan.topic.trim()) hints.push({ code: 'no-topic', severity: 'todo', message: hintText.noTopic });
  const nameOf = (id: StageId) => stages.find((s) => s.id === id)?.name ?? id;
  for (const id of STAGE_IDS) {
    const stage = plan.stages[id];
    const questions = stage.questions.filter((q) => q.text.trim());
    if (!questions.length)
      hints.push({
        code: 'no-questions',
        severity: 'todo',
        stage: id,
        message: hintText.noQuestions(nameOf(id)),
      });
    for (const q of questions) {
      const kind = questionKind(q.text);
      if (kind === 'leading')
        hints.push({
          code: 'leading',
          severity: 'warn',
          stage: id,
          questionId: q.id,
          message: hintText.leading(q.text.trim()),
        });
      if (kind === 'closed')
        hints.push({
          code: 'closed',
          severity: 'warn',
          stage: id,
          questionId: q.id,
          message: hintText.closed(q.text.trim()),
        });
    }
  }
  const goal = plan.stages.goal.notes.trim();
  if (goal && !isMeasurableGoal(goal))
    hints.push({
      code: 'goal-not-measurable',
      severity: 'warn',
      stage: 'goal',
      message: hintText.goalNotMeasurable,
    });
  const will = plan.stages.will.notes.trim();
  if (will && !mentionsTime(will))
    hints.push({ code: 'no-follow-up', severity: 'warn', stage: 'will', message: hintText.noFollowUp });
  return hints;
}
