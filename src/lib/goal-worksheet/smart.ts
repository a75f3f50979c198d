import { firstNumber, formatNumber } from '../worksheet/numbers';
import { today } from '../format';
import type { GoalData } from './model';
import { goalStrings } from './strings';

const h = goalStrings.hints;

/** The seven principles of 第三讲 (SMART + 挑战适度 + 可分解), plus Doran's "assignable". */
export type PrincipleKey =
  | 'specific'
  | 'measurable'
  | 'achievable'
  | 'relevant'
  | 'timeBound'
  | 'assignable'
  | 'challenge'
  | 'decomposable';

/** `missing`: nothing written for it; `improve`: written, but something is off. */
export type CheckStatus = 'ok' | 'missing' | 'improve';

/** One principle checked against what the learner wrote. */
export interface PrincipleCheck {
  key: PrincipleKey;
  status: CheckStatus;
  /** What is missing or what to do, in Chinese; several when several things are off. */
  messages: string[];
}

/** Phrases that name a direction, not an object and scope. */
export const VAGUE_PHRASES = [
  '做好服务',
  '做好工作',
  '提升服务质量',
  '提高服务质量',
  '提升服务水平',
  '提高服务水平',
  '改善服务',
  '加强管理',
  '加强质检',
  '加强培训',
  '提升客户体验',
  '改善客户体验',
  '提高客户体验',
  '提升满意度',
  '提高满意度',
  '提升效率',
  '提高效率',
  '提升业绩',
  '提高业绩',
  '提升团队',
] as const;

/** Words that show the goal names an object or scope (a team, channel, business line, indicator…). */
const SCOPE =
  /组|班|渠道|热线|在线|电话|线上|类|部门|团队|坐席|新人|中心|工单|投诉|来电|率|时长|满意度\s*\d|NPS|\d/;

/** Dates as people write them in a goal sentence. */
const DATE_IN_TEXT =
  /\d{4}\s*[-/年.]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*月(底|末|中|初)|[季年]度?[末底]|年底|月底|周[末五]|第[一二三四1-4]季度|Q[1-4]/i;

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
const blank = (text: string) => text.trim() === '';

export { today };

function check(key: PrincipleKey, missing: string[], improve: string[], ok: string): PrincipleCheck {
  if (missing.length) return { key, status: 'missing', messages: [...missing, ...improve] };
  if (improve.length) return { key, status: 'improve', messages: improve };
  return { key, status: 'ok', messages: [ok] };
}

function specific(d: GoalData): PrincipleCheck {
  const text = d.elements.content.trim() || d.statement.trim();
  if (!text) return check('specific', [h.noContent], [], '');
  const phrase = VAGUE_PHRASES.find((p) => text.includes(p));
  if (phrase && !SCOPE.test(text.replaceAll(phrase, ''))) return check('specific', [], [h.vague(phrase)], '');
  if (text.length < 4) return check('specific', [], [h.tooShort], '');
  return check('specific', [], [], h.specificOk);
}

function measurable(d: GoalData): PrincipleCheck {
  const { measure, target, baseline } = d.elements;
  const targetNumber = firstNumber(target);
  const statementNumber = /\d|[０-９]/.test(d.statement);
  if (blank(measure) && blank(target) && !statementNumber) return check('measurable', [h.noMeasure], [], '');
  const missing: string[] = [];
  const improve: string[] = [];
  if (targetNumber === undefined && !statementNumber) missing.push(h.noTargetNumber);
  if (blank(measure)) improve.push(h.noMethod);
  if (firstNumber(baseline) === undefined) improve.push(h.noBaseline);
  return check('measurable', missing, improve, h.measurableOk);
}

function achievable(d: GoalData): PrincipleCheck {
  return check('achievable', blank(d.elements.resources) ? [h.noResources] : [], [], h.achievableOk);
}

function relevant(d: GoalData): PrincipleCheck {
  return check('relevant', blank(d.understanding) ? [h.noWhy] : [], [], h.relevantOk);
}

function timeBound(d: GoalData, now: string): PrincipleCheck {
  const { deadline, milestones } = d.elements;
  const missing: string[] = [];
  const improve: string[] = [];
  if (!isDate(deadline)) {
    if (DATE_IN_TEXT.test(d.statement)) improve.push(h.deadlineOnlyInText);
    else missing.push(h.noDeadline);
  } else if (deadline < now) improve.push(h.deadlinePassed(deadline));
  if (blank(milestones)) improve.push(h.noMilestones);
  return check('timeBound', missing, improve, h.timeBoundOk);
}

function assignable(d: GoalData): PrincipleCheck {
  const named = !blank(d.elements.owner) || /负责/.test(d.statement);
  return check('assignable', named ? [] : [h.noOwner], [], h.assignableOk);
}

function challenge(d: GoalData): PrincipleCheck {
  const from = firstNumber(d.elements.baseline);
  const to = firstNumber(d.elements.target);
  if (from === undefined || to === undefined) return check('challenge', [], [h.noNumbers], '');
  if (from === to) return check('challenge', [], [h.noChange], '');
  const diff = to - from;
  const pct = from === 0 ? Infinity : Math.abs(diff / from) * 100;
  if (pct > 50)
    return check(
      'challenge',
      [],
      [h.bigChange(formatNumber(from), formatNumber(to), Number.isFinite(pct) ? formatNumber(pct, 0) : '∞')],
      '',
    );
  return check(
    'challenge',
    [],
    [],
    h.challengeOk(formatNumber(from), formatNumber(to), `${diff > 0 ? '+' : ''}${formatNumber(diff)}`),
  );
}

/** Which of 负责人 and 完成日期 an item still lacks, as words ('' when it has both). */
function lacking(owner: string, due: string): string {
  const parts = [blank(owner) ? h.ownerWord : '', blank(due) ? h.dueWord : ''].filter(Boolean);
  return parts.join(h.and);
}

function decomposable(d: GoalData): PrincipleCheck {
  if (d.subGoals.length === 0) return check('decomposable', [h.noBreakdown], [], '');
  const improve: string[] = [];
  d.subGoals.forEach((goal, i) => {
    const missing = lacking(goal.owner, goal.due);
    if (missing) improve.push(h.subGoalIncomplete(i + 1, missing));
    if (goal.actions.length === 0) improve.push(h.subGoalNoActions(i + 1));
  });
  return check('decomposable', [], improve, h.decomposableOk);
}

/**
 * Checks a goal against the seven principles of 第三讲 and Doran's "assignable", from what
 * is written in the fields and the goal sentence. Heuristics that point at what is missing;
 * they never block anything.
 */
export function checkGoal(d: GoalData, now: string = today()): PrincipleCheck[] {
  return [
    specific(d),
    measurable(d),
    achievable(d),
    relevant(d),
    timeBound(d, now),
    assignable(d),
    challenge(d),
    decomposable(d),
  ];
}

/** What the plan around the goal still lacks: obstacles without countermeasures, owners, dates, flexibility. */
export function planGaps(d: GoalData): string[] {
  const gaps: string[] = [];
  if (d.obstacles.length === 0) gaps.push(h.noObstacles);
  d.obstacles.forEach((o, i) => {
    if (!blank(o.obstacle) && blank(o.countermeasure)) gaps.push(h.obstacleNoCounter(i + 1));
  });
  if (d.supports.length === 0) gaps.push(h.noSupports);
  d.supports.forEach((s, i) => {
    const missing = lacking(s.owner, s.due);
    if (!blank(s.factor) && missing) gaps.push(h.supportIncomplete(i + 1, missing));
  });
  if (blank(d.flexibility)) gaps.push(h.noFlexibility);
  d.subGoals.forEach((goal, g) =>
    goal.actions.forEach((a, i) => {
      const missing = lacking(a.owner, a.due);
      if (!blank(a.text) && missing) gaps.push(h.actionIncomplete(g + 1, i + 1, missing));
    }),
  );
  return gaps;
}
