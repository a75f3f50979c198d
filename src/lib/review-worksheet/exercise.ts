import { defineWorksheet } from '../worksheet/sheets';
import type { ExerciseEntry } from '../exercises';
import { reviewData } from './model';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const reviewWorksheetExercise = {
  id: 'review-worksheet',
  stores: 'draft',
  component: 'ReviewWorksheet',
  unit: 'review',
  title: '复盘工作表',
} as const satisfies ExerciseEntry;

/** The 复盘 worksheets a learner keeps, stored under `ex:review-worksheet`. */
export const openReviewWorksheet = defineWorksheet('review-worksheet', {
  label: '复盘工作表',
  version: 1,
  data: reviewData,
});
