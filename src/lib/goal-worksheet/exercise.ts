import { defineWorksheet } from '../worksheet/sheets';
import type { ExerciseEntry } from '../exercises';
import { goalData } from './model';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const goalWorksheetExercise = {
  id: 'goal-worksheet',
  stores: 'draft',
  component: 'GoalWorksheet',
  unit: 'goals',
  title: '目标设定与分解',
} as const satisfies ExerciseEntry;

/** The goal worksheets a learner keeps, stored under `ex:goal-worksheet`. */
export const openGoalWorksheet = defineWorksheet('goal-worksheet', {
  label: '目标设定与分解工作表',
  version: 1,
  data: goalData,
});
