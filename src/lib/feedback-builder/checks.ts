import { activeFields, type FeedbackDraft, type FieldKey } from './model';
import { issueText } from './strings';

/** `todo`: something still to write; `warn`: a common mistake in what is written. */
export type IssueSeverity = 'todo' | 'warn';

export type IssueCode =
  | 'label'
  | 'absolute'
  | 'motive'
  | 'no-time'
  | 'no-behavior'
  | 'no-impact'
  | 'vague-impact'
  | 'no-appreciation'
  | 'no-desired'
  | 'vague-desired'
  | 'no-intent'
  | 'no-question'
  | 'closed-question'
  | 'leading-question'
  | 'no-follow-up'
  | 'follow-up-no-time'
  | 'sandwich';

/** One thing the self-check points at, tied to the field where it was found. */
export interface FeedbackIssue {
  code: IssueCode;
  severity: IssueSeverity;
  field: FieldKey;
  message: string;
  /** The words that triggered it, when it was triggered by words. */
  words?: string[];
}

/** Words that judge the person rather than describe what they did. */
export const LABEL_WORDS = [
  '态度差',
  '态度不好',
  '态度有问题',
  '态度恶劣',
  '态度不端正',
  '不负责',
  '没有责任心',
  '没责任心',
  '责任心差',
  '缺乏责任心',
  '偷懒',
  '懒散',
  '懒惰',
  '懒',
  '不上心',
  '不用心',
  '不认真',
  '马虎',
  '粗心大意',
  '敷衍',
  '不专业',
  '不靠谱',
  '能力差',
  '能力不行',
  '没能力',
  '混日子',
  '摆烂',
  '玻璃心',
  '情绪化',
  '脾气差',
  '脾气不好',
  '自私',
  '不懂事',
  '老油条',
  '拖拉',
  '磨蹭',
  '散漫',
  '没脑子',
  '不长记性',
  '不求上进',
  '你这个人',
] as const;

/** Words that turn one event into a verdict on every event. */
export const ABSOLUTE_WORDS = [
  '总是',
  '老是',
  '从来',
  '从不',
  '每次都',
  '一直都',
  '向来',
  '动不动',
  '永远',
  '又是你',
] as const;

/** Words that guess at motives instead of describing behaviour. */
export const MOTIVE_WORDS = [
  '故意',
  '存心',
  '成心',
  '不想干',
  '不在乎',
  '无所谓',
  '根本不想',
  '就是想',
] as const;

/** Fields where judging words are a mistake: everything said about the event and the future. */
const JUDGED_FIELDS: FieldKey[] = [
  'situation',
  'behavior',
  'impact',
  'intent',
  'explore',
  'desired',
  'followUp',
];

const TIME =
  /(昨天|昨晚|前天|今天|今早|今晚|刚才|刚刚|上周|这周|本周|下周|周末|上个?月|这个?月|本月|月初|月底|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|上午|下午|中午|晚上|早上|凌晨|夜班|早班|晚班|白班|中班|\d+\s*[:：点时号日月]|[二两三四五六七八九十][一二]?\s*点|[一二三四五六七八九十]+\s*[号日月]|那通|这通|那次|这次|那天|当天|那张|这张|班前会|例会|周会|会上|高峰|大促)/;
const NUMBER =
  /(\d|[一二两三四五六七八九十百千万半]+\s*(个|位|通|单|次|分钟|分|秒|小时|天|周|件|名|人|倍|成|张|条|级))/;
const IMPACT_SUBJECT =
  /(客户|顾客|用户|投诉|升级|满意|好评|差评|回访|评分|质检|接通|解决率|时长|等待|排队|工单|指标|团队|同事|组里|组员|全组|新人|二线|专员|加班|成本|流失|退款|赔偿|口碑|效率|KPI|转接|重复来电|返工)/i;
const DESIRED_ACTION =
  /(先|遇到|碰到|当.{1,16}时|之前|之后|每[天日周次通个单]|核实|确认|复述|记录|回访|查询|话术|模板|整理|练习|提交|发给|演练|「|“|")/;
const OPEN_QUESTION = /(什么|怎么|怎样|如何|哪|为何|多少|几|谁|说说|谈谈|聊聊|讲讲)/;
const LEADING_QUESTION =
  /(是不是应该|是否应该|应不应该|难道|你不觉得|不应该|为什么又|为什么还|为什么总|怎么又|怎么还)/;
const BUT = /(但是|可是|就是有一点|美中不足)/;

/** Words from `list` that occur in `text`, longest first, without words contained in a longer match. */
export function findWords(text: string, list: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of [...list].sort((a, b) => b.length - a.length)) {
    if (text.includes(word) && !found.some((longer) => longer.includes(word))) found.push(word);
  }
  return found;
}

/** True if the text names a time, a shift or a particular call/ticket. */
export function mentionsTime(text: string): boolean {
  return TIME.test(text);
}

/** True if an impact names a concrete result: a number, or who or what was affected. */
export function isConcreteImpact(text: string): boolean {
  return NUMBER.test(text) || IMPACT_SUBJECT.test(text) || text.includes('%');
}

/** True if a desired behaviour says when and what to do, not only how to feel about it. */
export function isConcreteDesired(text: string): boolean {
  return mentionsTime(text) || NUMBER.test(text) || DESIRED_ACTION.test(text);
}

/** Classifies a question the manager plans to ask: open, closed, or leading. */
export function questionKind(text: string): 'open' | 'closed' | 'leading' {
  if (LEADING_QUESTION.test(text)) return 'leading';
  return OPEN_QUESTION.test(text) ? 'open' : 'closed';
}

const filled = (text: string) => text.trim().length > 0;

/** The self-check of a draft: what is missing and which common mistakes its text shows. */
export function checkFeedback(draft: FeedbackDraft): FeedbackIssue[] {
  const issues: FeedbackIssue[] = [];
  const fields = activeFields(draft);
  const value = (key: FieldKey) => draft.fields[key].trim();
  const add = (
    code: IssueCode,
    severity: IssueSeverity,
    field: FieldKey,
    message: string,
    words?: string[],
  ) => issues.push(words ? { code, severity, field, message, words } : { code, severity, field, message });

  for (const key of fields) {
    if (!JUDGED_FIELDS.includes(key)) continue;
    const text = value(key);
    const labels = findWords(text, LABEL_WORDS);
    if (labels.length) add('label', 'warn', key, issueText.label(labels), labels);
    const absolutes = findWords(text, ABSOLUTE_WORDS);
    if (absolutes.length && key !== 'followUp')
      add('absolute', 'warn', key, issueText.absolute(absolutes), absolutes);
    const motives = findWords(text, MOTIVE_WORDS);
    if (motives.length) add('motive', 'warn', key, issueText.motive(motives), motives);
  }

  if (!filled(value('behavior'))) add('no-behavior', 'todo', 'behavior', issueText.noBehavior);
  if (
    (filled(value('behavior')) || filled(value('situation'))) &&
    !mentionsTime(`${value('situation')} ${value('behavior')}`)
  ) {
    add('no-time', 'warn', 'situation', issueText.noTime);
  }

  if (!filled(value('impact'))) add('no-impact', 'todo', 'impact', issueText.noImpact);
  else if (!isConcreteImpact(value('impact'))) add('vague-impact', 'warn', 'impact', issueText.vagueImpact);

  if (fields.includes('appreciation') && !filled(value('appreciation'))) {
    add('no-appreciation', 'todo', 'appreciation', issueText.noAppreciation);
  }

  if (fields.includes('desired')) {
    if (!filled(value('desired'))) add('no-desired', 'todo', 'desired', issueText.noDesired);
    else if (!isConcreteDesired(value('desired')))
      add('vague-desired', 'warn', 'desired', issueText.vagueDesired);
  }

  if (fields.includes('intent') && !filled(value('intent')))
    add('no-intent', 'todo', 'intent', issueText.noIntent);

  for (const key of ['askMethod', 'explore'] as const) {
    if (!fields.includes(key)) continue;
    const text = value(key);
    if (!filled(text)) add('no-question', 'todo', key, issueText.noQuestion);
    else {
      const kind = questionKind(text);
      if (kind === 'leading') add('leading-question', 'warn', key, issueText.leadingQuestion);
      else if (kind === 'closed') add('closed-question', 'warn', key, issueText.closedQuestion);
    }
  }

  if (fields.includes('followUp')) {
    if (!filled(value('followUp'))) add('no-follow-up', 'todo', 'followUp', issueText.noFollowUp);
    else if (!mentionsTime(value('followUp')))
      add('follow-up-no-time', 'warn', 'followUp', issueText.followUpNoTime);
  }

  if (draft.kind === 'positive') {
    const withBut = fields.find((key) => BUT.test(value(key)));
    if (withBut) add('sandwich', 'warn', withBut, issueText.sandwich);
  }

  const order = new Map(fields.map((key, i) => [key, i]));
  return issues.sort((a, b) => (order.get(a.field) ?? 99) - (order.get(b.field) ?? 99));
}

/** The issues found in one field. */
export function issuesFor(issues: FeedbackIssue[], field: FieldKey): FeedbackIssue[] {
  return issues.filter((issue) => issue.field === field);
}
