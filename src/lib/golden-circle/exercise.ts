import { defineExercise } from '../state/drafts';
import { goldenCircleType } from './record';
import type { ExerciseEntry } from '../exercises';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const goldenCircleExercise = {
  id: 'golden-circle',
  stores: 'draft',
  component: 'GoldenCircleBuilder',
  unit: 'learning',
  title: '黄金圈',
} as const satisfies ExerciseEntry;

/** The learner's golden circles, saved in this browser. */
export const openGoldenCircles = defineExercise(goldenCircleExercise.id, goldenCircleType);
