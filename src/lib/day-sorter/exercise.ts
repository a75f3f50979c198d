import { defineExercise } from '../state/drafts';
import type { ExerciseEntry } from '../exercises';
import { daySortSchema, blankDaySort, type DaySort } from './model';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const daySorterExercise = {
  id: 'day-sorter',
  stores: 'draft',
  component: 'DaySorter',
  unit: 'intro',
  title: '一线经理的一天',
} as const satisfies ExerciseEntry;

/** Stored under cs-course:ex:day-sorter. */
export const openDaySorter = defineExercise<DaySort>('day-sorter', {
  label: '一线经理的一天',
  version: 1,
  schema: daySortSchema,
  initial: blankDaySort,
});
