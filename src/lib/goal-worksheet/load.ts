import { goalExampleSchema } from '../schemas/goal-worksheet';
import { loadJson } from '../content/load-json';
import type { GoalExample } from './model';

export const GOAL_EXAMPLE_FILE = 'content/goal-worksheet/example.json';

/** Build time only: the validated example; a mistake stops the build naming the file and field. */
export function loadGoalExample(text?: string): GoalExample {
  return loadJson(GOAL_EXAMPLE_FILE, goalExampleSchema, text);
}
