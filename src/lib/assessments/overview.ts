/**
 * The assessments 我的学习 lists, in course order: every self-test and quiz placed as an
 * exercise, each followed by its unit's knowledge check. Build time only (it reads the
 * content collections); the overview's island gets them light (light.ts) and the full
 * data is the build's `assessment-data.json`.
 */
import { getCollection } from 'astro:content';
import { checkAsAssessment, isCheckAssessment } from './checks';
import { loadAssessments } from './load';
import type { Assessment } from './types';
import { exercises } from '../exercises';
import { loadUnitSummaries } from '../course';
import { sortUnits } from '../units';

export async function overviewAssessments(withChecks = true): Promise<Assessment[]> {
  const units = sortUnits(await loadUnitSummaries());
  const order = (unit: string) => units.findIndex((u) => u.id === unit);
  const own = loadAssessments().filter((a) => a.id in exercises);
  const checks = withChecks
    ? (await getCollection('checks')).flatMap((c) => {
        const unit = units.find((u) => u.id === c.data.unit);
        return unit
          ? [checkAsAssessment(unit.id, `${unit.label} ${unit.title} · 知识检测`, c.data.questions)]
          : [];
      })
    : [];
  return [...own, ...checks].sort(
    (a, b) =>
      order(a.unit) - order(b.unit) || Number(isCheckAssessment(a.id)) - Number(isCheckAssessment(b.id)),
  );
}
