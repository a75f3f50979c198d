import { defineWorksheet } from '../worksheet/sheets';
import { circleData, circlesFromV1 } from './record';
import type { ExerciseEntry } from '../exercises';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const goldenCircleExercise = {
  id: 'golden-circle',
  stores: 'draft',
  component: 'GoldenCircleBuilder',
  unit: 'learning',
  title: '黄金圈',
} as const satisfies ExerciseEntry;

/**
 * The learner's golden circles, saved in this browser as a worksheet collection
 * (version 2; version 1 was `{ circles, activeId }` and is upgraded on reading).
 */
export const openGoldenCircles = defineWorksheet(goldenCircleExercise.id, {
  label: '黄金圈练习',
  version: 2,
  data: circleData,
  migrateRecord: { 1: (stored) => circlesFromV1(stored) },
});
