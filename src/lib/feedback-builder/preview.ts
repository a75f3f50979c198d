import { stepsFor, type FeedbackDraft, type FeedbackStep, type FieldKey } from './model';

/** One step of the spoken feedback: its mark (B, I, 1 …), name and the sentence said. */
export interface PreviewPart {
  mark: string;
  name: string;
  text: string;
}

const END = /[。！？!?…；;][」』”"）)]?$/;
const SOFT_END = /[，,、：:\s]+$/;
const QUESTION_FIELDS: FieldKey[] = ['askMethod', 'explore'];

/** Ends a sentence with 。 (or ？ for a question) unless it already ends with punctuation. */
export function finishSentence(text: string, question = false): string {
  const trimmed = text.trim().replace(SOFT_END, '');
  if (!trimmed || END.test(trimmed)) return trimmed;
  return trimmed + (question ? '？' : '。');
}

/** A clause that continues into the next one: its own end punctuation becomes a comma. */
function clause(text: string): string {
  return text.trim().replace(/[。！!；;，,、：:\s]+$/, '');
}

function stepText(draft: FeedbackDraft, step: FeedbackStep): string {
  const values = step.fields.map((key) => ({ key, text: draft.fields[key].trim() })).filter((v) => v.text);
  if (!values.length) return '';
  // 情境 and 行为 form one sentence: "周二上午那通电话里，你先……"
  if (step.fields[0] === 'situation' && values[0]?.key === 'situation' && values.length > 1) {
    return finishSentence(`${clause(values[0].text)}，${values[1]!.text}`);
  }
  return values.map(({ key, text }) => finishSentence(text, QUESTION_FIELDS.includes(key))).join('');
}

/** The sentences the manager would say, step by step; empty steps are left out. */
export function previewParts(draft: FeedbackDraft): PreviewPart[] {
  const parts = stepsFor(draft.kind, draft.advanced)
    .map((step) => ({ mark: step.mark, name: step.name, text: stepText(draft, step) }))
    .filter((part) => part.text);
  const name = draft.recipient.trim();
  if (name && parts[0]) parts[0] = { ...parts[0], text: `${name}，${parts[0].text}` };
  return parts;
}

/** The whole feedback as one paragraph, as it would be said. */
export function previewText(draft: FeedbackDraft): string {
  return previewParts(draft)
    .map((part) => part.text)
    .join('');
}
