/**
 * The catalogue of every exercise a unit can place with `<Exercise id="…" />`. Each
 * feature defines its entry and its stored form in `lib/<id>/exercise.ts`; importing that
 * file here is the registration (it also registers the stored form for import and export
 * on 我的学习). Adding an exercise: one folder per layer named by its id, one line below.
 */
import { daySorterExercise } from './day-sorter/exercise';
import { goldenCircleExercise } from './golden-circle/exercise';
import { swotExercise } from './swot/exercise';
import { goalWorksheetExercise } from './goal-worksheet/exercise';
import { gapQuizExercise, listeningTestExercise, conflictTestExercise } from './assessments/exercise';
import { reviewWorksheetExercise } from './review-worksheet/exercise';
import { johariExercise } from './johari/exercise';
import { feedbackBuilderExercise } from './feedback-builder/exercise';
import { growPlannerExercise } from './grow-planner/exercise';

/** What the catalogue knows of an exercise. */
export interface ExerciseEntry {
  /** The id: `<Exercise id>` in MDX, the folder name in lib/, islands/ and content/. */
  id: string;
  /** A draft the learner edits, or a history of attempts (self-tests and quizzes). */
  stores: 'draft' | 'attempts';
  /** The wrapper in src/components/exercises/<component>.astro, named like its island. */
  component: string;
  /** The unit (content/lectures/<unit>.mdx) it belongs to. */
  unit: string;
  /** The title 我的学习 shows. */
  title: string;
  /** Level of the island's own headings, below the unit's `##`/`###` where it sits. */
  headingLevel?: 3 | 4;
}

const catalogue = [
  daySorterExercise,
  goldenCircleExercise,
  swotExercise,
  goalWorksheetExercise,
  gapQuizExercise,
  reviewWorksheetExercise,
  listeningTestExercise,
  conflictTestExercise,
  johariExercise,
  feedbackBuilderExercise,
  growPlannerExercise,
] as const;

type Catalogue = (typeof catalogue)[number];
export type ExerciseId = Catalogue['id'];

/** Every exercise by id, in course order. */
export const exercises = Object.fromEntries(catalogue.map((entry) => [entry.id, entry])) as {
  [Id in ExerciseId]: Extract<Catalogue, { id: Id }>;
};
export const exerciseIds: ExerciseId[] = catalogue.map((entry) => entry.id);

/** Narrows a string (an MDX attribute, a stored key) to an exercise id. */
export function isExerciseId(id: string): id is ExerciseId {
  return Object.hasOwn(exercises, id);
}
