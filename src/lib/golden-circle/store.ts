import { defineExercise } from '../state/drafts';
import { goldenCircleType } from './record';

/** The learner's golden circles, saved in this browser. */
export const openGoldenCircles = defineExercise('golden-circle', goldenCircleType);
