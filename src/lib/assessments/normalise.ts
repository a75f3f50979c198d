import type { AssessmentFile, LectureLinkData } from '../schemas/assessment';
import type { Assessment, Band, Dimension, LectureLink } from './types';

// Type-only imports above: this module runs at build time and in tests, never ships a schema.

const link = (l: LectureLinkData): LectureLink => ({ unit: l.unit, section: l.section, label: l.label });

/** Turns a validated data file into what the islands render; quiz options become the dimensions. */
export function normaliseAssessment(file: AssessmentFile): Assessment {
  const dimensions: Dimension[] = file.dimensions.map((d) => ({
    id: d.id,
    label: d.label,
    description: d.description,
    advice: d.advice,
    caution: d.caution,
    links: d.links.map(link),
  }));
  const band = (b: AssessmentFile['bands'][number]): Band => ({
    min: b.min,
    label: b.label,
    text: b.text,
    links: b.links.map(link),
  });
  const common = {
    id: file.id,
    title: file.title,
    unit: file.unit,
    intro: file.intro,
    dimensions,
    bands: [...file.bands].sort((a, b) => a.min - b.min).map(band),
    dimensionBands: [...file.dimensionBands].sort((a, b) => a.min - b.min).map(band),
    shuffle: { items: file.shuffle.items, options: file.shuffle.options },
  };
  switch (file.kind) {
    case 'likert':
      return {
        ...common,
        kind: 'likert',
        scale: file.scale,
        items: file.items.map((i) => ({
          id: i.id,
          text: i.text,
          dimension: i.dimension,
          reverse: i.reverse,
          ...(i.other ? { other: i.other } : {}),
        })),
        ...(file.otherIntro ? { otherIntro: file.otherIntro } : {}),
      };
    case 'choice':
      return {
        ...common,
        kind: 'choice',
        items: file.items.map((i) => ({
          id: i.id,
          text: i.text,
          options: i.options.map((o) => ({ label: o.label, dimension: o.dimension })),
        })),
      };
    case 'quiz': {
      const options = dimensions.map((d) => ({ label: d.label, dimension: d.id }));
      return {
        ...common,
        kind: 'quiz',
        items: file.items.map((i) => ({
          id: i.id,
          text: i.text,
          options,
          answer: dimensions.findIndex((d) => d.id === i.answer),
          explanation: i.explanation,
        })),
      };
    }
  }
}

/** Every lecture link of an assessment, with where it sits in the data file. */
export function lectureLinks(assessment: Assessment): { where: string; link: LectureLink }[] {
  return [
    ...assessment.dimensions.flatMap((d, i) =>
      d.links.map((link, j) => ({ where: `dimensions.${i}.links.${j}`, link })),
    ),
    ...assessment.bands.flatMap((b, i) =>
      b.links.map((link, j) => ({ where: `bands.${i}.links.${j}`, link })),
    ),
    ...assessment.dimensionBands.flatMap((b, i) =>
      b.links.map((link, j) => ({ where: `dimensionBands.${i}.links.${j}`, link })),
    ),
  ];
}

/**
 * Links that point at a unit or section that does not exist, as Chinese messages.
 * `headings` maps each unit id to the heading ids of its page.
 */
export function brokenLinks(assessment: Assessment, headings: Record<string, readonly string[]>): string[] {
  return lectureLinks(assessment).flatMap(({ where, link }) => {
    const ids = headings[link.unit];
    if (!ids)
      return [
        `字段 ${where}.unit：没有名为「${link.unit}」的单元；可用的单元：${Object.keys(headings).join('、')}`,
      ];
    if (link.section !== undefined && !ids.includes(link.section)) {
      return [
        `字段 ${where}.section：单元「${link.unit}」里没有 id 为「${link.section}」的小节（小节 id 是标题文字去掉标点、英文转小写、空格换成连字符）`,
      ];
    }
    return [];
  });
}
