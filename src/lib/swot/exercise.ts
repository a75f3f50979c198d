import { defineExercise } from '../state/drafts';
import { swotType } from './record';
import type { ExerciseEntry } from '../exercises';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const swotExercise = {
  id: 'swot',
  stores: 'draft',
  component: 'SwotMatrix',
  unit: 'swot',
  title: 'SWOT 自我扫描',
} as const satisfies ExerciseEntry;

/** The learner's SWOT analyses, saved in this browser. */
export const openSwot = defineExercise(swotExercise.id, swotType);
