import { defineWorksheet } from '../worksheet/sheets';
import { feedbackDraftSchema, type FeedbackDraft } from './model';
import type { ExerciseEntry } from '../exercises';

/** Its place in the catalogue (src/lib/exercises.ts). */
export const feedbackBuilderExercise = {
  id: 'feedback-builder',
  stores: 'draft',
  component: 'FeedbackBuilder',
  unit: 'communication',
  title: '教练式反馈',
} as const satisfies ExerciseEntry;

/** The learner's feedback drafts, several per learner, under cs-course:ex:feedback-builder. */
export const openFeedbackBuilder = defineWorksheet<FeedbackDraft>(feedbackBuilderExercise.id, {
  label: '教练式反馈',
  version: 1,
  data: feedbackDraftSchema,
});
