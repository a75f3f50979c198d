import { defineExercise } from '../state/drafts';
import { swotType } from './record';

/** The learner's SWOT analyses, saved in this browser. */
export const openSwot = defineExercise('swot', swotType);
