import type { FeedbackDraft, FieldKey } from './model';

/** One field's visible label and the hint under it. */
export interface FieldText {
  label: string;
  hint: string;
}

const fieldText: Record<FieldKey, FieldText> = {
  situation: {
    label: '时间与情境',
    hint: '哪天、哪个时段、哪通电话或哪张工单，例如「周二上午那通退款来电」。',
  },
  behavior: {
    label: '具体行为',
    hint: '对方说了什么、做了什么：录音或工单里看得见的事实，不贴标签、不猜动机。',
  },
  impact: { label: '带来的影响', hint: '对客户、团队或指标的具体结果，最好有数字或看得见的变化。' },
  appreciation: { label: '欣赏与感谢', hint: '真诚地表达感谢和认可。' },
  askMethod: { label: '你要问的问题', hint: '用一个开放式问题，请对方讲讲当时是怎么想、怎么做的。' },
  expectation: { label: '表达期待', hint: '希望这种做法用在哪里、传给谁，例如请他在周会上分享。' },
  intent: { label: '说明谈话目的', hint: '说明这次谈话是为了帮对方进步，必要时先问对方当时的想法。' },
  explore: { label: '共同探讨的问题', hint: '先请对方分析原因、提出办法，写下你打算问的开放式问题。' },
  desired: {
    label: '期望的行为或结果',
    hint: '今后具体怎么做：在什么情况下、做什么动作，对方下周就能做到。',
  },
  followUp: { label: '支持与跟进', hint: '你会提供什么支持，什么时候、用什么方式一起回顾。' },
};

const advancedText: Partial<Record<FieldKey, FieldText>> = {
  appreciation: { label: '肯定品质', hint: '说出这个做法背后你欣赏的品质，例如耐心、有条理。' },
  desired: { label: '约定的改进做法', hint: '双方商定的具体做法：在什么情况下、做什么动作。' },
};

/** Label and hint of a field, worded for the kind and level of the draft. */
export function fieldLabel(key: FieldKey, draft: Pick<FeedbackDraft, 'advanced'>): FieldText {
  return (draft.advanced && advancedText[key]) || fieldText[key];
}

/** Interface text of the feedback builder. */
export const t = {
  title: '教练式反馈',
  intro:
    '选一位组员最近的一件具体事情，按步骤写下你要说的话。下方会实时拼出完整的反馈，并提示常见的问题。可以保存多份反馈稿。',
  kindLegend: '反馈类型',
  kindPositive: '正向反馈（BIA）',
  kindPositiveHint: '做得好的事：行为、影响、欣赏',
  kindDevelopmental: '建设性反馈（BID）',
  kindDevelopmentalHint: '需要改进的事：行为、影响、期望',
  levelLegend: '步骤',
  levelBasic: '基础三步',
  levelAdvanced: '进阶步骤',
  levelAdvancedPositive: '进阶四步：再请对方说出做法，肯定品质、表达期待',
  levelAdvancedDevelopmental: '进阶五步：先确认意图，再共同探讨、约定跟进',
  recipient: '反馈对象',
  recipientHint: '姓名或化名，可以留空。',
  previewTitle: '你要说的话',
  previewEmpty: '填写上面的步骤后，这里会拼出完整的反馈。',
  checksTitle: '自查',
  checksClean: '没有发现常见问题。说之前再读一遍：像摄像机一样描述事实了吗？',
  fieldWarnings: (n: number) => `这一栏有 ${n} 处提示，见「自查」。`,
  example: '示例',
  exampleNote: '这是一份示例，可以直接修改，也可以新建一份自己的。',
  exportMarkdown: '导出 Markdown',
  print: '打印',
  untitled: '未命名反馈',
  markdownTitle: '反馈稿',
} as const;

/** What each kind of mistake means and how to fix it. */
export const issueText = {
  label: (words: string[]) =>
    `「${words.join('」「')}」是对人的评价，不是行为。换成录音或工单里看得见的一句话、一个动作。`,
  absolute: (words: string[]) =>
    `「${words.join('」「')}」一下子否定了全部，对方只会去找反例。只说这一次的具体事实。`,
  motive: (words: string[]) => `「${words.join('」「')}」是在猜动机。只说你看到的行为，想法留给对方自己说。`,
  noTime: '没有说清时间和场合。写上哪天、哪通电话或哪张工单，对方才知道你说的是哪一次。',
  noBehavior: '还没有写具体行为。',
  noImpact: '还没有写影响：这个行为对客户、团队或指标带来了什么结果？',
  vagueImpact: '影响说得太笼统。说出具体的结果，例如客户撤回投诉、等待多了几分钟、满意度回访几分。',
  noAppreciation: '还没有表达欣赏或感谢。',
  noDesired: '还没有写期望：今后希望对方具体怎么做？',
  vagueDesired: '期望还不够具体。「注意」「提高」「认真点」说的是态度，请写出在什么情况下、做什么动作。',
  noIntent: '还没有说明谈话的目的。',
  noQuestion: '还没有写要问的问题。',
  closedQuestion: '这更像一个只能答「是」或「不是」的问题。用「什么」「怎么」「哪」开头，请对方多说一些。',
  leadingQuestion: '这个问题里藏着答案或责备（如「是不是应该」「怎么又」）。换成真正开放的问题。',
  noFollowUp: '还没有约定跟进：什么时候、用什么方式一起回顾？',
  followUpNoTime: '跟进没有具体时间。写上哪天一起回顾，例如「周五下午抽两通录音一起听」。',
  sandwich: '正向反馈里出现了「但是」。正向和建设性反馈最好分开说，各自说透，免得对方只等那个「但是」。',
} as const;
