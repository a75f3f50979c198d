import type { ExerciseEntry } from '../exercises';
import '../state/attempts';

/**
 * The three assessments share one engine (this folder, islands/assessment/) and one stored
 * form, a history of attempts (state/attempts.ts); each has its data file
 * content/assessments/<id>.json. Their places in the catalogue (src/lib/exercises.ts):
 */
export const gapQuizExercise = {
  id: 'gap-quiz',
  stores: 'attempts',
  component: 'AssessmentApp',
  unit: 'review',
  title: '服务质量五大差距测验',
  headingLevel: 3,
} as const satisfies ExerciseEntry;

export const listeningTestExercise = {
  id: 'listening-test',
  stores: 'attempts',
  component: 'AssessmentApp',
  unit: 'communication',
  title: '倾听能力自测',
  headingLevel: 4,
} as const satisfies ExerciseEntry;

export const conflictTestExercise = {
  id: 'conflict-test',
  stores: 'attempts',
  component: 'AssessmentApp',
  unit: 'communication',
  title: '沟通冲突应对能力自测',
  headingLevel: 3,
} as const satisfies ExerciseEntry;
