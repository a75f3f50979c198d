import { defineWorksheet } from '../worksheet/sheets';
import { growPlanSchema, type GrowPlan } from './model';
import type { ExerciseEntry } from '../exercises';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const growPlannerExercise = {
  id: 'grow-planner',
  stores: 'draft',
  component: 'GrowPlanner',
  unit: 'coaching',
  title: 'GROW 辅导面谈计划',
} as const satisfies ExerciseEntry;

/** The learner's GROW plans, several per learner, under cs-course:ex:grow-planner. */
export const openGrowPlanner = defineWorksheet<GrowPlan>(growPlannerExercise.id, {
  label: 'GROW 辅导面谈计划',
  version: 1,
  data: growPlanSchema,
});
