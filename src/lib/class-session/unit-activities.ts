/** Build-time only: everything the room can answer in one unit: its polls, self-tests, quiz and check. */
import { loadAssessments } from '../assessments/load';
import { assessmentActivity, checkActivity, type Activity } from './activities';
import { unitPolls } from './polls';

export function unitActivities(
  unitId: string,
  questions: readonly { id: string; prompt: string; options: string[]; answer: number }[] | undefined,
): Activity[] {
  const assessments = loadAssessments()
    .filter((a) => a.unit === unitId)
    .map(assessmentActivity);
  const check = questions?.length ? [checkActivity(unitId, '本讲知识检查', questions)] : [];
  return [...unitPolls(unitId), ...assessments, ...check];
}
