import { defineWorksheet } from '../worksheet/sheets';
import { swotData, swotFromV1 } from './record';
import type { ExerciseEntry } from '../exercises';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const swotExercise = {
  id: 'swot',
  stores: 'draft',
  component: 'SwotMatrix',
  unit: 'swot',
  title: 'SWOT 自我扫描',
} as const satisfies ExerciseEntry;

/**
 * The learner's SWOT analyses, saved in this browser as a worksheet collection
 * (version 2; version 1 was `{ analyses, activeId }` and is upgraded on reading).
 */
export const openSwot = defineWorksheet(swotExercise.id, {
  label: 'SWOT 分析',
  version: 2,
  data: swotData,
  migrateRecord: { 1: (stored) => swotFromV1(stored) },
});
