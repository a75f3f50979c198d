/**
 * A class session as the trainer's laptop keeps it, and what the projector shows of it:
 * one answer per participant and activity (a later code replaces an earlier one), counted
 * per question, option and dimension. Nicknames are kept for the export, never shown here.
 */
import type { Activity, ActivityResult, DimensionsActivity, QuestionsActivity } from './activities';
import type { CheckedCode } from './code';

/** One trainee's latest answer to one activity. */
export interface StoredResponse {
  activity: string;
  participant: string;
  nickname: string;
  result: ActivityResult;
  /** ISO time it was collected. */
  at: string;
}

export interface ClassSession {
  id: string;
  unit: string;
  /** Unit label and title at the time, e.g. 第一讲 学习力. */
  unitTitle: string;
  startedAt: string;
  /** The activities of the unit, so a reopened session reads the same way. */
  activities: Activity[];
  responses: StoredResponse[];
}

export interface AddOutcome {
  session: ClassSession;
  added: number;
  replaced: number;
  duplicates: number;
}

const sameAnswer = (a: ActivityResult, b: ActivityResult) => JSON.stringify(a) === JSON.stringify(b);

/** Adds collected codes to a session: new ones are added, changed ones replace, repeats are counted. */
export function addCodes(
  session: ClassSession,
  codes: readonly CheckedCode[],
  now: Date = new Date(),
): AddOutcome {
  const responses = [...session.responses];
  let added = 0;
  let replaced = 0;
  let duplicates = 0;
  for (const code of codes) {
    if (code.session !== session.id) continue;
    const index = responses.findIndex(
      (r) => r.activity === code.activityId && r.participant === code.participant,
    );
    const next: StoredResponse = {
      activity: code.activityId,
      participant: code.participant,
      nickname: code.nickname,
      result: code.result,
      at: now.toISOString(),
    };
    if (index < 0) {
      responses.push(next);
      added++;
    } else if (
      sameAnswer(responses[index]!.result, code.result) &&
      responses[index]!.nickname === code.nickname
    ) {
      duplicates++;
    } else {
      responses[index] = next;
      replaced++;
    }
  }
  return { session: { ...session, responses }, added, replaced, duplicates };
}

/** The responses to one activity. */
export const responsesTo = (session: Pick<ClassSession, 'responses'>, activityId: string) =>
  session.responses.filter((r) => r.activity === activityId);

/** How many different trainees have answered anything. */
export const participantCount = (session: Pick<ClassSession, 'responses'>) =>
  new Set(session.responses.map((r) => r.participant)).size;

export interface QuestionTally {
  id: string;
  prompt: string;
  options: string[];
  answer: number | undefined;
  /** How many chose each option. */
  counts: number[];
  /** How many answered right (0 for polls). */
  right: number;
}

/** Per question, how many chose each option. */
export function tallyQuestions(
  activity: QuestionsActivity,
  responses: readonly StoredResponse[],
): QuestionTally[] {
  return activity.questions.map((q, qi) => {
    const counts = q.options.map(() => 0);
    for (const r of responses) {
      const a = r.result.kind === 'answers' ? r.result.answers[qi] : undefined;
      if (a !== undefined && a < counts.length) counts[a]!++;
    }
    return {
      id: q.id,
      prompt: q.prompt,
      options: q.options,
      answer: q.answer,
      counts,
      right: q.answer === undefined ? 0 : (counts[q.answer] ?? 0),
    };
  });
}

export interface DimensionStats {
  id: string;
  label: string;
  n: number;
  mean: number;
  /** Population standard deviation: the spread of this room, not an estimate of all trainees. */
  sd: number;
  min: number;
  max: number;
}

/** Mean and spread of each dimension across the room. */
export function dimensionStats(
  activity: DimensionsActivity,
  responses: readonly StoredResponse[],
): DimensionStats[] {
  return activity.dimensions.map((d, di) => {
    const values = responses.flatMap((r) => (r.result.kind === 'values' ? [r.result.values[di]!] : []));
    const n = values.length;
    const mean = n ? values.reduce((s, v) => s + v, 0) / n : 0;
    const sd = n ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n) : 0;
    return {
      id: d.id,
      label: d.label,
      n,
      mean,
      sd,
      min: n ? Math.min(...values) : 0,
      max: n ? Math.max(...values) : 0,
    };
  });
}

/**
 * How many trainees have each dimension as their dominant one (highest value). A trainee
 * with a tie counts once for each tied dimension, so the counts may add up to more than n.
 */
export function dominantCounts(activity: DimensionsActivity, responses: readonly StoredResponse[]): number[] {
  const counts = activity.dimensions.map(() => 0);
  for (const r of responses) {
    if (r.result.kind !== 'values') continue;
    const top = Math.max(...r.result.values);
    r.result.values.forEach((v, i) => {
      if (v === top) counts[i]!++;
    });
  }
  return counts;
}

/** Counts of each value 1–5 of a scale poll, and their mean. */
export function scaleTally(responses: readonly StoredResponse[]): { counts: number[]; mean: number } {
  const counts = [0, 0, 0, 0, 0];
  let sum = 0;
  let n = 0;
  for (const r of responses) {
    const v = r.result.kind === 'answers' ? r.result.answers[0] : undefined;
    if (v !== undefined && v >= 1 && v <= 5) {
      counts[v - 1]!++;
      sum += v;
      n++;
    }
  }
  return { counts, mean: n ? sum / n : 0 };
}

/** Words of a one-word poll with how often each was given, most frequent first. */
export function wordTally(responses: readonly StoredResponse[]): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of responses) {
    if (r.result.kind !== 'word') continue;
    const word = r.result.word.trim();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'zh-CN'));
}
