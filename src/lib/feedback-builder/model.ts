import * as z from '../state/mini';

/** 正向反馈 (BIA) or 建设性反馈 (BID). */
export type FeedbackKind = 'positive' | 'developmental';

/** Every text field a feedback draft can hold; which ones show depends on the kind and level. */
export const FIELD_KEYS = [
  'situation',
  'behavior',
  'impact',
  'appreciation',
  'askMethod',
  'expectation',
  'intent',
  'explore',
  'desired',
  'followUp',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** One feedback a manager prepares for one team member. */
export interface FeedbackDraft {
  kind: FeedbackKind;
  /** True once the learner moves on from BIA/BID to the lecture's advanced steps. */
  advanced: boolean;
  /** Who receives it: a name, a nickname, or empty. */
  recipient: string;
  fields: Record<FieldKey, string>;
}

const text = z.string();
/** Longest recipient name the stored form accepts; the field stops there. */
export const MAX_RECIPIENT = 40;

/** Client-side schema of a stored feedback draft. */
export const feedbackDraftSchema = z.object({
  kind: z.enum(['positive', 'developmental']),
  advanced: z.boolean(),
  recipient: z.string().check(z.maxLength(MAX_RECIPIENT)),
  fields: z.object({
    situation: text,
    behavior: text,
    impact: text,
    appreciation: text,
    askMethod: text,
    expectation: text,
    intent: text,
    explore: text,
    desired: text,
    followUp: text,
  }),
});

/** An empty draft of the given kind. */
export function blankFeedback(kind: FeedbackKind = 'positive'): FeedbackDraft {
  const fields = Object.fromEntries(FIELD_KEYS.map((key) => [key, ''])) as Record<FieldKey, string>;
  return { kind, advanced: false, recipient: '', fields };
}

/** One step of a feedback model: a letter or number, its name, and the fields it asks for. */
export interface FeedbackStep {
  /** B, I, A, D, or 1–5 for the advanced sequences. */
  mark: string;
  name: string;
  fields: FieldKey[];
}

const BIA: FeedbackStep[] = [
  { mark: 'B', name: '行为', fields: ['situation', 'behavior'] },
  { mark: 'I', name: '影响', fields: ['impact'] },
  { mark: 'A', name: '欣赏', fields: ['appreciation'] },
];

const BID: FeedbackStep[] = [
  { mark: 'B', name: '行为', fields: ['situation', 'behavior'] },
  { mark: 'I', name: '影响', fields: ['impact'] },
  { mark: 'D', name: '期望', fields: ['desired'] },
];

/** The lecture's four steps of advanced positive feedback. */
const POSITIVE_ADVANCED: FeedbackStep[] = [
  { mark: '1', name: '说清情境和行为', fields: ['situation', 'behavior'] },
  { mark: '2', name: '点明影响', fields: ['impact'] },
  { mark: '3', name: '请对方说出做法', fields: ['askMethod'] },
  { mark: '4', name: '肯定品质，表达期待', fields: ['appreciation', 'expectation'] },
];

/** The lecture's five steps of advanced developmental feedback. */
const DEVELOPMENTAL_ADVANCED: FeedbackStep[] = [
  { mark: '1', name: '确认意图', fields: ['intent'] },
  { mark: '2', name: '描述行为', fields: ['situation', 'behavior'] },
  { mark: '3', name: '说明影响', fields: ['impact'] },
  { mark: '4', name: '共同探讨', fields: ['explore'] },
  { mark: '5', name: '约定改进与跟进', fields: ['desired', 'followUp'] },
];

/** The steps a draft of this kind and level walks through, in the order they are said. */
export function stepsFor(kind: FeedbackKind, advanced: boolean): FeedbackStep[] {
  if (kind === 'positive') return advanced ? POSITIVE_ADVANCED : BIA;
  return advanced ? DEVELOPMENTAL_ADVANCED : BID;
}

/** The fields in use for a draft, in order of appearance. */
export function activeFields(draft: Pick<FeedbackDraft, 'kind' | 'advanced'>): FieldKey[] {
  return stepsFor(draft.kind, draft.advanced).flatMap((step) => step.fields);
}

/** Short name of the model in use: BIA, BID, or the advanced sequence. */
export function modelName(draft: Pick<FeedbackDraft, 'kind' | 'advanced'>): string {
  if (draft.kind === 'positive') return draft.advanced ? '进阶正向反馈（四步）' : 'BIA 正向反馈';
  return draft.advanced ? '进阶建设性反馈（五步）' : 'BID 建设性反馈';
}
