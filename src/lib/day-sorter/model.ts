import * as z from '../state/mini';

/** The learner's sorting: which category each task went into, and whether they opened the reference. */
export interface DaySort {
  /** Category id per task id; unsorted tasks are absent. */
  assignments: Record<string, string>;
  /** The learner chose to compare with the trainer's reference. */
  showReference: boolean;
}

export const daySortSchema = z.object({
  assignments: z.record(z.string(), z.string()),
  showReference: z.boolean(),
});

/** Nothing sorted yet. */
export const blankDaySort = (): DaySort => ({ assignments: {}, showReference: false });

/** The sort with one task put into `categoryId` (or taken out with `null`). */
export function assign(sort: DaySort, taskId: string, categoryId: string | null): DaySort {
  const assignments = { ...sort.assignments };
  if (categoryId === null) delete assignments[taskId];
  else assignments[taskId] = categoryId;
  return { ...sort, assignments };
}
