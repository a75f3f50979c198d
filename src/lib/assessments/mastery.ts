import { byDate, type Attempt } from '../state/attempts';

/** What mastery needs to know of one knowledge-check question. */
export interface MasteryQuestion {
  unit: string;
  id: string;
  /** Index of the right option in data order (answers are stored the same way). */
  answer: number;
  /** The 课程目标 (1–7) the question serves. */
  objective: number;
}

export type MasteryLevel = 'none' | 'weak' | 'partial' | 'mastered';

/** How the learner did on the questions serving one 课程目标. */
export interface ObjectiveMastery {
  objective: number;
  /** The goal's text (content/course.json). */
  goal: string;
  /** Questions in the current checks that serve it. */
  total: number;
  /** Of those, answered in each unit's latest attempt, and answered right. */
  answered: number;
  right: number;
  /** Units whose checks hold its questions, in course order. */
  units: string[];
  level: MasteryLevel;
}

/** Share of right answers from which a goal counts as mastered, or at least partly so. */
export const MASTERED = 0.85;
export const PARTIAL = 0.6;

/** The level a share of right answers earns; nothing answered yet is its own level. */
export function masteryLevel(right: number, answered: number): MasteryLevel {
  if (!answered) return 'none';
  const share = right / answered;
  return share >= MASTERED ? 'mastered' : share >= PARTIAL ? 'partial' : 'weak';
}

/** The most recent attempt of a list (by submission time). */
export function latestAttempt(attempts: readonly Attempt[]): Attempt | undefined {
  return byDate(attempts).at(-1);
}

/**
 * Mastery per 课程目标 from each unit's latest knowledge-check attempt. Only answers to
 * questions still in the data count: a question rewritten since has a new id, so an old
 * answer never speaks for a question the learner has not seen.
 */
export function objectiveMastery(
  goals: readonly string[],
  questions: readonly MasteryQuestion[],
  latest: Readonly<Record<string, Attempt | undefined>>,
): ObjectiveMastery[] {
  return goals.map((goal, index) => {
    const objective = index + 1;
    const serving = questions.filter((q) => q.objective === objective);
    let answered = 0;
    let right = 0;
    for (const q of serving) {
      const value = latest[q.unit]?.answers[q.id];
      if (value === undefined) continue;
      answered++;
      if (value === q.answer) right++;
    }
    const units = [...new Set(serving.map((q) => q.unit))];
    return {
      objective,
      goal,
      total: serving.length,
      answered,
      right,
      units,
      level: masteryLevel(right, answered),
    };
  });
}
