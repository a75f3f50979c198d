import { getCollection } from 'astro:content';
import { loadCourse, loadUnitSummaries } from '../course';
import { sortUnits } from '../units';
import { loadAssessments } from '../assessments/load';
import { checkAsAssessment } from '../assessments/checks';
import { exercises } from '../exercises';
import type { MasteryQuestion } from '../assessments/mastery';

/**
 * What 我的学习's mastery view and the 学习记录 need at build time: the goals, every
 * check question's objective and key, the units and the tests, in course order.
 */
export async function loadRecordData() {
  const units = sortUnits(await loadUnitSummaries()).map((u) => ({
    id: u.id,
    label: u.label,
    title: u.title,
  }));
  const course = await loadCourse();
  const goals = course.goals;
  const checks = await getCollection('checks');
  const questions: MasteryQuestion[] = checks.flatMap((c) =>
    c.data.questions.map((q) => ({ unit: c.data.unit, id: q.id, answer: q.answer, objective: q.objective })),
  );
  const order = (unit: string) => units.findIndex((u) => u.id === unit);
  const selfTests = loadAssessments()
    .filter((a) => a.id in exercises)
    .sort((a, b) => order(a.unit) - order(b.unit));
  const checkTests = checks
    .filter((c) => order(c.data.unit) >= 0)
    .sort((a, b) => order(a.data.unit) - order(b.data.unit))
    .map((c) => {
      const unit = units[order(c.data.unit)]!;
      return checkAsAssessment(unit.id, `${unit.label} ${unit.title} · 知识检测`, c.data.questions);
    });
  return { courseTitle: course.title, units, goals, questions, assessments: [...selfTests, ...checkTests] };
}
