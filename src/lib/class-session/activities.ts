/**
 * What the room can answer in a class session, in one plain shape shared by the trainee's
 * phone (to build a result code) and the trainer's laptop (to read and count it). Built from
 * the same course data on both sides, so a fingerprint of it tells whether both ran the
 * same version of an activity.
 */

/** One single-choice question of a knowledge check, the gap quiz or a choice poll. */
export interface ActivityQuestion {
  id: string;
  prompt: string;
  options: string[];
  /** Index of the right option; absent for polls. */
  answer?: number | undefined;
}

interface Base {
  /** Stable id: `check-<unit>`, an assessment id, or a poll id ([a-z0-9-]). */
  id: string;
  title: string;
}

/** Answers to single-choice questions (knowledge check, gap quiz, choice poll). */
export interface QuestionsActivity extends Base {
  kind: 'check' | 'quiz' | 'poll-choice';
  questions: ActivityQuestion[];
}

/** A self-test reported as one value per dimension (mean for likert, count for choice). */
export interface DimensionsActivity extends Base {
  kind: 'likert' | 'choice';
  dimensions: { id: string; label: string }[];
  /** Lowest and highest value a dimension can take. */
  range: { min: number; max: number };
}

/** A 1–5 rating poll. */
export interface ScaleActivity extends Base {
  kind: 'poll-scale';
  prompt: string;
  /** Labels of the two ends, e.g. 完全不同意 … 完全同意. */
  ends: [string, string];
}

/** A one-word poll. */
export interface WordActivity extends Base {
  kind: 'poll-word';
  prompt: string;
}

export type Activity = QuestionsActivity | DimensionsActivity | ScaleActivity | WordActivity;

/** What a trainee hands in for one activity. */
export type ActivityResult =
  | { kind: 'answers'; answers: number[] }
  | { kind: 'values'; values: number[] }
  | { kind: 'word'; word: string };

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** Longest one-word answer and nickname, in characters: keeps a code short enough to scan. */
export const MAX_WORD = 12;
export const MAX_NICKNAME = 12;

/** Trims a nickname or word to what a code carries. */
export function cleanText(text: string, max: number): string {
  return Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, max).join('');
}

/** The knowledge check of a unit as an activity. */
/** The id of a unit's knowledge check as a class activity (and of its results regions on slides). */
export const checkActivityId = (unitId: string) => `check-${unitId}`;

export function checkActivity(
  unitId: string,
  title: string,
  questions: readonly { id: string; prompt: string; options: string[]; answer: number }[],
): QuestionsActivity {
  return {
    kind: 'check',
    id: checkActivityId(unitId),
    title,
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      options: [...q.options],
      answer: q.answer,
    })),
  };
}

/** The parts of an assessment (src/lib/assessments/types.ts) an activity needs. */
export interface AssessmentLike {
  id: string;
  kind: 'likert' | 'choice' | 'quiz';
  title: string;
  dimensions: { id: string; label: string }[];
  items: {
    id: string;
    text: string;
    options?: { label: string }[];
    answer?: number;
  }[];
  scale?: { value: number }[];
}

/** A self-test or the gap quiz as an activity. */
export function assessmentActivity(assessment: AssessmentLike): Activity {
  const dimensions = assessment.dimensions.map((d) => ({ id: d.id, label: d.label }));
  if (assessment.kind === 'quiz') {
    return {
      kind: 'quiz',
      id: assessment.id,
      title: assessment.title,
      questions: assessment.items.map((item) => ({
        id: item.id,
        prompt: item.text,
        options: (item.options ?? []).map((o) => o.label),
        answer: item.answer,
      })),
    };
  }
  if (assessment.kind === 'likert') {
    const values = (assessment.scale ?? []).map((s) => s.value);
    return {
      kind: 'likert',
      id: assessment.id,
      title: assessment.title,
      dimensions,
      range: { min: Math.min(...values), max: Math.max(...values) },
    };
  }
  return {
    kind: 'choice',
    id: assessment.id,
    title: assessment.title,
    dimensions,
    range: { min: 0, max: assessment.items.length },
  };
}

/** 32-bit FNV-1a of a string's UTF-16 code units: small, fast and stable across browsers. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Two base-36 characters that change when the activity's structure changes (questions,
 * option counts, dimensions), so answers from another course version are never counted
 * against the wrong questions. Wording changes that keep the structure keep the codes valid.
 */
export function fingerprint(activity: Activity): string {
  let structure: string;
  switch (activity.kind) {
    case 'check':
    case 'quiz':
    case 'poll-choice':
      structure = activity.questions.map((q) => `${q.id}:${q.options.length}:${q.answer ?? ''}`).join('|');
      break;
    case 'likert':
    case 'choice':
      structure = `${activity.dimensions.map((d) => d.id).join('|')}:${activity.range.min}-${activity.range.max}`;
      break;
    default:
      structure = '';
  }
  return (fnv1a(`${activity.kind}/${activity.id}/${structure}`) % 1296)
    .toString(36)
    .toUpperCase()
    .padStart(2, '0');
}
