import { getCollection, getEntry } from 'astro:content';
import { sortUnits, type UnitSummary } from './units';
import type { Course } from './schemas/course';

/** Course metadata from content/course.json. */
export async function loadCourse(): Promise<Course> {
  const entry = await getEntry('course', 'course');
  if (!entry) throw new Error('缺少 content/course.json：请创建课程信息文件。');
  return entry.data;
}

/** Every unit that exists, in course order. */
export async function loadUnits() {
  return sortUnits((await getCollection('lectures')).map((entry) => ({ ...entry, order: entry.data.order })));
}

/** The navigation summary of every unit, in course order. */
export async function loadUnitSummaries(): Promise<UnitSummary[]> {
  return (await loadUnits()).map(({ id, data }) => ({
    id,
    order: data.order,
    label: data.label,
    title: data.title,
    subtitle: data.subtitle,
    dimension: data.dimension,
    minutes: data.minutes,
    summary: data.summary,
  }));
}

/** One static page per unit, with the unit entry as its prop (reading, presenter and speaker pages). */
export async function unitStaticPaths() {
  return (await loadUnits()).map((entry) => ({ params: { unit: entry.id }, props: { entry } }));
}

/** A unit's knowledge check (content/checks/<id>.json), if it has one. */
export async function loadCheck(unitId: string) {
  const check = (await getCollection('checks')).find((c) => c.data.unit === unitId || c.id === unitId);
  return check?.data;
}
