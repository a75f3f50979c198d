import { oneDayPlanSchema, type OneDayPlan } from './schemas/agenda-plan';
import { loadJson } from './content/load-json';

export const ONE_DAY_FILE = 'content/agenda/one-day.json';

/** Build-time only: the 1-day plan's cut list and pre-reading, validated. */
export function loadOneDayPlan(text?: string): OneDayPlan {
  return loadJson(ONE_DAY_FILE, oneDayPlanSchema, text);
}

/**
 * Problems that make the cut list disagree with the course: a unit without an entry, an
 * entry for no unit, or a reading that names a section the unit does not have.
 */
export function planProblems(
  plan: OneDayPlan,
  sections: Readonly<Record<string, readonly string[]>>,
): string[] {
  const problems: string[] = [];
  for (const unit of Object.keys(sections))
    if (!plan.units.some((u) => u.unit === unit))
      problems.push(`${ONE_DAY_FILE}：缺少单元「${unit}」的删减安排`);
  for (const entry of plan.units) {
    const titles = sections[entry.unit];
    if (!titles) {
      problems.push(`${ONE_DAY_FILE}：没有名为「${entry.unit}」的单元`);
      continue;
    }
    for (const title of entry.preRead)
      if (!titles.includes(title))
        problems.push(`${ONE_DAY_FILE}：单元「${entry.unit}」里没有「${title}」这一节`);
  }
  return problems;
}
