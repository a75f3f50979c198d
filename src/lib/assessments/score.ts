import type {
  Answers,
  Assessment,
  Band,
  Dimension,
  LikertAssessment,
  LikertItem,
  QuizAssessment,
  QuizItem,
} from './types';

/** What an attempt stores: the total, its maximum and the raw sum per dimension. */
export interface StoredScore {
  score: number;
  max: number;
  dimensions: Record<string, number>;
}

/** One dimension of a result, ready to show. */
export interface DimensionResult {
  id: string;
  label: string;
  /** Raw sum: points (likert), times chosen (choice) or right answers (quiz). */
  sum: number;
  /** What is shown and banded: mean (likert), count (choice) or percentage right (quiz). */
  value: number;
  /** Lowest and highest possible value. */
  min: number;
  max: number;
  band: Band | undefined;
}

/** Everything a result screen shows about one attempt. */
export interface Summary {
  score: number;
  max: number;
  min: number;
  band: Band | undefined;
  dimensions: DimensionResult[];
}

/** Lowest and highest value of a rating scale. */
export function scaleRange(scale: readonly { value: number }[]): { min: number; max: number } {
  const values = scale.map((s) => s.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Points an item earns: a reverse item turns the scale round (5 → 1 on a 1–5 scale). */
export function itemPoints(assessment: LikertAssessment, item: LikertItem, value: number): number {
  const { min, max } = scaleRange(assessment.scale);
  return item.reverse ? min + max - value : value;
}

/** True when `value` is a valid answer to the item. */
export function isValidAnswer(
  assessment: Assessment,
  itemId: string,
  value: number | undefined,
): value is number {
  if (value === undefined || !Number.isInteger(value)) return false;
  const item = assessment.items.find((i) => i.id === itemId);
  if (!item) return false;
  if (assessment.kind === 'likert') return assessment.scale.some((s) => s.value === value);
  return 'options' in item && value >= 0 && value < item.options.length;
}

/** Ids of the items not answered yet, in the order given (the order shown to the learner). */
export function missingItems(
  assessment: Assessment,
  answers: Answers,
  order: readonly string[] = assessment.items.map((i) => i.id),
): string[] {
  return order.filter((id) => !isValidAnswer(assessment, id, answers[id]));
}

/** True when a quiz answer is the right one. */
export function isCorrect(item: QuizItem, value: number | undefined): boolean {
  return value === item.answer;
}

/** How many items feed each dimension (the divisor of a mean, the ceiling of a count). */
export function dimensionItemCount(assessment: Assessment, dimensionId: string): number {
  switch (assessment.kind) {
    case 'likert':
      return assessment.items.filter((i) => i.dimension === dimensionId).length;
    case 'choice':
      return assessment.items.filter((i) => i.options.some((o) => o.dimension === dimensionId)).length;
    case 'quiz':
      return assessment.items.filter((i) => i.options[i.answer]?.dimension === dimensionId).length;
  }
}

/** The scores an attempt stores. Unanswered items earn nothing. */
export function scoreAnswers(assessment: Assessment, answers: Answers): StoredScore {
  const dimensions: Record<string, number> = Object.fromEntries(assessment.dimensions.map((d) => [d.id, 0]));
  const add = (id: string | undefined, points: number) => {
    if (id !== undefined && id in dimensions) dimensions[id]! += points;
  };
  switch (assessment.kind) {
    case 'likert': {
      let score = 0;
      for (const item of assessment.items) {
        const value = answers[item.id];
        if (!isValidAnswer(assessment, item.id, value)) continue;
        const points = itemPoints(assessment, item, value);
        score += points;
        add(item.dimension, points);
      }
      return { score, max: assessment.items.length * scaleRange(assessment.scale).max, dimensions };
    }
    case 'choice': {
      let score = 0;
      for (const item of assessment.items) {
        const value = answers[item.id];
        if (!isValidAnswer(assessment, item.id, value)) continue;
        score += 1;
        add(item.options[value]!.dimension, 1);
      }
      return { score, max: assessment.items.length, dimensions };
    }
    case 'quiz': {
      let score = 0;
      for (const item of assessment.items) {
        if (!isCorrect(item, answers[item.id])) continue;
        score += 1;
        add(item.options[item.answer]?.dimension, 1);
      }
      return { score, max: assessment.items.length, dimensions };
    }
  }
}

/** Lowest possible total. */
export function minimumScore(assessment: Assessment): number {
  return assessment.kind === 'likert' ? assessment.items.length * scaleRange(assessment.scale).min : 0;
}

/** The value shown for a dimension: the mean (likert), the count (choice) or the percentage right (quiz). */
export function dimensionValue(assessment: Assessment, dimensionId: string, sum: number): number {
  const count = dimensionItemCount(assessment, dimensionId);
  if (assessment.kind === 'choice') return sum;
  if (!count) return 0;
  return assessment.kind === 'likert' ? sum / count : Math.round((sum / count) * 100);
}

/** Lowest and highest value a dimension can show. */
export function dimensionRange(assessment: Assessment, dimensionId: string): { min: number; max: number } {
  if (assessment.kind === 'likert') return scaleRange(assessment.scale);
  if (assessment.kind === 'choice') return { min: 0, max: dimensionItemCount(assessment, dimensionId) };
  return { min: 0, max: 100 };
}

/** The band a value falls in: the last band whose `min` it reaches. */
export function bandFor(bands: readonly Band[], value: number): Band | undefined {
  let found: Band | undefined;
  for (const band of [...bands].sort((a, b) => a.min - b.min)) if (value >= band.min - 1e-9) found = band;
  return found;
}

/** Turns stored scores into what a result screen shows (bands from the current data). */
export function summarise(assessment: Assessment, stored: StoredScore): Summary {
  const dimensions = assessment.dimensions.map((d): DimensionResult => {
    const sum = stored.dimensions[d.id] ?? 0;
    const value = dimensionValue(assessment, d.id, sum);
    return {
      id: d.id,
      label: d.label,
      sum,
      value,
      ...dimensionRange(assessment, d.id),
      band: bandFor(assessment.dimensionBands, value),
    };
  });
  return {
    score: stored.score,
    max: stored.max,
    min: minimumScore(assessment),
    band: bandFor(assessment.bands, stored.score),
    dimensions,
  };
}

/** The dimensions with the highest and the lowest value (ties are all listed). */
export function extremes(dimensions: readonly DimensionResult[]): {
  highest: DimensionResult[];
  lowest: DimensionResult[];
} {
  if (!dimensions.length) return { highest: [], lowest: [] };
  const values = dimensions.map((d) => d.value);
  const top = Math.max(...values);
  const bottom = Math.min(...values);
  return {
    highest: dimensions.filter((d) => d.value === top),
    lowest: dimensions.filter((d) => d.value === bottom),
  };
}

/**
 * Dimensions to work on first: those in the lowest dimension band, or else the lowest
 * ones, unless every dimension already sits in the top band.
 */
export function focusDimensions(summary: Summary, bands: readonly Band[]): DimensionResult[] {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const lowest = sorted[0];
  const weak = lowest ? summary.dimensions.filter((d) => d.band === lowest) : [];
  if (weak.length) return weak;
  const top = sorted.at(-1);
  const { lowest: bottom } = extremes(summary.dimensions);
  return bottom.filter((d) => !top || d.band !== top || sorted.length < 2);
}

/** Quiz items answered wrongly, in the order given. */
export function mistakes(
  assessment: QuizAssessment,
  answers: Answers,
  order: readonly string[] = assessment.items.map((i) => i.id),
): QuizItem[] {
  const byId = new Map(assessment.items.map((i) => [i.id, i]));
  return order.flatMap((id) => {
    const item = byId.get(id);
    return item && answers[id] !== undefined && !isCorrect(item, answers[id]) ? [item] : [];
  });
}

/** A dimension by id. */
export function dimensionById(assessment: Assessment, id: string | undefined): Dimension | undefined {
  return assessment.dimensions.find((d) => d.id === id);
}

/** A value as shown: one decimal for means, a whole number otherwise. */
export function formatValue(assessment: Assessment, value: number): string {
  if (assessment.kind === 'likert') return value.toFixed(1);
  if (assessment.kind === 'quiz') return `${Math.round(value)}%`;
  return String(Math.round(value));
}
