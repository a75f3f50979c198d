import { defineWorksheet } from '../worksheet/sheets';
import { growPlanSchema, type GrowPlan } from './model';

/** The learner's GROW plans, several per learner, under cs-course:ex:grow-planner. */
export const openGrowPlanner = defineWorksheet<GrowPlan>('grow-planner', {
  label: 'GROW 辅导面谈计划',
  version: 1,
  data: growPlanSchema,
});
