import * as z from 'zod/mini';
import { defineExercise } from '../state/drafts';

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

/** Stored under cs-course:ex:day-sorter. */
export const openDaySorter = defineExercise<DaySort>('day-sorter', {
  label: '一线经理的一天',
  version: 1,
  schema: daySortSchema,
  initial: blankDaySort,
});

/** The sort with one task put into `categoryId` (or taken out with `null`). */
export function assign(sort: DaySort, taskId: string, categoryId: string | null): DaySort {
  const assignments = { ...sort.assignments };
  if (categoryId === null) delete assignments[taskId];
  else assignments[taskId] = categoryId;
  return { ...sort, assignments };
}
