import { defineWorksheet } from '../worksheet/sheets';
import { feedbackDraftSchema, type FeedbackDraft } from './model';

/** The learner's feedback drafts, several per learner, under cs-course:ex:feedback-builder. */
export const openFeedbackBuilder = defineWorksheet<FeedbackDraft>('feedback-builder', {
  label: '教练式反馈',
  version: 1,
  data: feedbackDraftSchema,
});
