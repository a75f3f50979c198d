import { goalExampleSchema } from '../schemas/goal-worksheet';
import { describeIssues } from '../schemas/describe-issues';
import type { GoalExample } from './model';
import raw from '../../../content/goal-worksheet/example.json?raw';

export const GOAL_EXAMPLE_FILE = 'content/goal-worksheet/example.json';

/** Build time only: the validated example; a mistake stops the build naming the file and field. */
export function loadGoalExample(text: string = raw): GoalExample {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${GOAL_EXAMPLE_FILE} 不是有效的 JSON，请检查引号、逗号和括号：${(error as Error).message}`,
    );
  }
  const result = goalExampleSchema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(GOAL_EXAMPLE_FILE, result.error.issues));
  return result.data;
}
