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
