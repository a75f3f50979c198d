import { z } from 'astro/zod';

/**
 * A self-test or quiz in `content/assessments/<id>.json`. Three kinds share one engine:
 * `likert` (statements rated on a scale, some reverse-scored), `choice` (forced choice
 * between statements, each counting towards a dimension) and `quiz` (scenarios whose
 * options are the dimensions, with an answer key). Build-time only: islands get the
 * normalised data (src/lib/assessments/normalise.ts).
 */

const text = (what: string) =>
  z
    .string({ error: `需要填写${what}` })
    .trim()
    .min(1, `${what}不能为空`);
const id = (what: string) =>
  z.string({ error: `需要填写${what}` }).regex(/^[a-z0-9-]+$/, `${what}只能用小写字母、数字和连字符`);

/** A link to a lecture section; `section` is the heading id on the built page (the heading text, lower-cased, punctuation removed). */
export const lectureLinkSchema = z.object({
  /** Unit id: the lecture's file name without `.mdx`, e.g. communication. */
  unit: id('单元 id（unit）'),
  /** Heading id of the section, e.g. 3f倾听法; leave out to link to the unit's top. */
  section: text('小节 id（section）').optional(),
  /** Link text. */
  label: text('链接文字（label）'),
});

/** A score band: from `min` (inclusive) up to the next band's `min`. */
export const bandSchema = z.object({
  /** Lowest score (or dimension value) of the band. */
  min: z.number({ error: 'min 应为数字：本档的最低分' }),
  /** Short name of the band. */
  label: text('档位名称（label）'),
  /** What a score in this band means, in a few sentences. */
  text: text('档位解读（text）'),
  /** Lecture sections worth rereading. */
  links: z.array(lectureLinkSchema).default([]),
});

/** A dimension: a listening skill, a conflict mode, or a service gap. */
export const dimensionSchema = z.object({
  /** Stable id, used in stored attempts: do not rename once learners have answered. */
  id: id('维度 id'),
  /** Name shown to learners. */
  label: text('维度名称（label）'),
  /** What it is, in a sentence or two. */
  description: text('维度说明（description）'),
  /** How to improve it (self-test), when it fits (profile) or the remedies (gap quiz). */
  advice: z.array(text('建议'), { error: 'advice 应为一组建议（文字列表）' }).min(1, '至少写一条建议'),
  /** The risk of overusing it (profile only). */
  caution: text('风险提示（caution）').optional(),
  /** Lecture sections that help. */
  links: z.array(lectureLinkSchema).default([]),
});

const common = {
  /** Same as the file name and the exercise id, e.g. listening-test. */
  id: id('测验 id'),
  /** Title shown above the test. */
  title: text('标题（title）'),
  /** The unit it belongs to. */
  unit: id('所属单元（unit）'),
  /** Paragraphs shown before the first item. */
  intro: z.array(text('说明段落'), { error: 'intro 应为一组说明段落' }).min(1, '至少写一段说明'),
  dimensions: z.array(dimensionSchema, { error: 'dimensions 应为维度列表' }).min(1, '至少一个维度'),
  /** Bands on the total score. */
  bands: z.array(bandSchema).default([]),
  /** Bands on each dimension's value: the mean (likert), the count (choice) or the percentage right (quiz). */
  dimensionBands: z.array(bandSchema).default([]),
  /** Show items / options in a new order on each attempt. */
  shuffle: z
    .object({ items: z.boolean().default(false), options: z.boolean().default(false) })
    .default({ items: false, options: false }),
};

const likertSchema = z.object({
  ...common,
  kind: z.literal('likert'),
  /** The rating scale, lowest first, e.g. 1 从不 … 5 总是. */
  scale: z
    .array(z.object({ value: z.int({ error: '量表分值应为整数' }), label: text('量表标签') }))
    .min(2, '量表至少两档')
    .max(7, '量表最多七档'),
  items: z
    .array(
      z.object({
        id: id('题目 id'),
        /** The statement, in the first person. */
        text: text('题目（text）'),
        /** Id of the dimension it measures. */
        dimension: id('题目所属维度（dimension）'),
        /** True for a bad habit: the scale is turned round when scoring. */
        reverse: z.boolean({ error: 'reverse 应为 true 或 false' }).default(false),
        /** The same statement about someone else (他/她……), for a colleague rating the learner. */
        other: text('他人评价的题目（other）').optional(),
      }),
    )
    .min(2, '至少两道题'),
  /** Paragraphs shown instead of `intro` when a colleague rates the learner. */
  otherIntro: z.array(text('说明段落')).optional(),
});

const choiceSchema = z.object({
  ...common,
  kind: z.literal('choice'),
  items: z
    .array(
      z.object({
        id: id('题目 id'),
        /** The situation or the lead-in. */
        text: text('题干（text）'),
        /** Two or more statements; picking one counts once for its dimension. */
        options: z
          .array(z.object({ label: text('选项文字（label）'), dimension: id('选项所属维度（dimension）') }))
          .min(2, '至少两个选项'),
      }),
    )
    .min(2, '至少两道题'),
});

const quizSchema = z.object({
  ...common,
  kind: z.literal('quiz'),
  items: z
    .array(
      z.object({
        id: id('题目 id'),
        /** The scenario. */
        text: text('情境（text）'),
        /** Id of the dimension (e.g. the gap) that is the right answer; the options are the dimensions. */
        answer: id('正确答案（answer，填维度 id）'),
        /** Why, shown after answering. */
        explanation: text('解析（explanation）'),
        /** A second dimension visible in the scenario, not its root (the explanation names both). */
        alsoPresent: id('同时出现的维度（alsoPresent）').optional(),
      }),
    )
    .min(2, '至少两道题'),
});

type Issue = { path: (string | number)[]; message: string };

function duplicates(ids: string[]): string[] {
  return ids.filter((value, i) => ids.indexOf(value) !== i);
}

function checkBands(
  bands: { min: number }[],
  field: 'bands' | 'dimensionBands',
  lowest: number,
  highest: number,
  issues: Issue[],
) {
  bands.forEach((band, i) => {
    if (i > 0 && band.min <= bands[i - 1]!.min)
      issues.push({ path: [field, i, 'min'], message: '各档的 min 应从低到高排列，且不能重复' });
    if (band.min > highest)
      issues.push({ path: [field, i, 'min'], message: `最低分 ${band.min} 超过了可能的最高分 ${highest}` });
  });
  if (bands.length && bands[0]!.min > lowest) {
    issues.push({
      path: [field, 0, 'min'],
      message: `第一档应从可能的最低分 ${lowest} 开始，否则低分没有解读`,
    });
  }
}

/** Checks that ids are unique and references point at existing dimensions. */
function crossCheck(
  data: z.infer<typeof likertSchema> | z.infer<typeof choiceSchema> | z.infer<typeof quizSchema>,
): Issue[] {
  const issues: Issue[] = [];
  const dims = data.dimensions.map((d) => d.id);
  for (const dup of duplicates(dims))
    issues.push({ path: ['dimensions', dims.lastIndexOf(dup), 'id'], message: `维度 id「${dup}」重复了` });
  const items = data.items.map((i) => i.id);
  for (const dup of duplicates(items))
    issues.push({ path: ['items', items.lastIndexOf(dup), 'id'], message: `题目 id「${dup}」重复了` });
  const known = (dim: string) => dims.includes(dim);
  const unknown = (dim: string) => `没有 id 为「${dim}」的维度；可用的维度：${dims.join('、')}`;

  if (data.kind === 'likert') {
    const values = data.scale.map((s) => s.value);
    values.forEach((v, i) => {
      if (i > 0 && v <= values[i - 1]!)
        issues.push({ path: ['scale', i, 'value'], message: '量表分值应从低到高排列，且不能重复' });
    });
    data.items.forEach((item, i) => {
      if (!known(item.dimension))
        issues.push({ path: ['items', i, 'dimension'], message: unknown(item.dimension) });
      if (data.otherIntro && !item.other)
        issues.push({
          path: ['items', i, 'other'],
          message: '写了 otherIntro，每道题就都需要他人评价的说法（other）',
        });
    });
    for (const [d, dim] of data.dimensions.entries()) {
      if (!data.items.some((item) => item.dimension === dim.id))
        issues.push({ path: ['dimensions', d, 'id'], message: `维度「${dim.label}」没有任何题目` });
    }
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    checkBands(data.bands, 'bands', lo * data.items.length, hi * data.items.length, issues);
    checkBands(data.dimensionBands, 'dimensionBands', lo, hi, issues);
  } else if (data.kind === 'choice') {
    data.items.forEach((item, i) => {
      item.options.forEach((o, j) => {
        if (!known(o.dimension))
          issues.push({ path: ['items', i, 'options', j, 'dimension'], message: unknown(o.dimension) });
      });
      const own = item.options.map((o) => o.dimension);
      if (duplicates(own).length)
        issues.push({ path: ['items', i, 'options'], message: '同一题的选项应属于不同的维度' });
    });
    for (const [d, dim] of data.dimensions.entries()) {
      if (!data.items.some((item) => item.options.some((o) => o.dimension === dim.id)))
        issues.push({ path: ['dimensions', d, 'id'], message: `维度「${dim.label}」没有出现在任何选项里` });
    }
    checkBands(data.bands, 'bands', 0, data.items.length, issues);
    checkBands(data.dimensionBands, 'dimensionBands', 0, data.items.length, issues);
  } else {
    data.items.forEach((item, i) => {
      if (!known(item.answer)) issues.push({ path: ['items', i, 'answer'], message: unknown(item.answer) });
      if (item.alsoPresent && !known(item.alsoPresent))
        issues.push({ path: ['items', i, 'alsoPresent'], message: unknown(item.alsoPresent) });
    });
    if (data.dimensions.length < 2)
      issues.push({ path: ['dimensions'], message: '测验的选项就是各维度，至少需要两个' });
    checkBands(data.bands, 'bands', 0, data.items.length, issues);
    checkBands(data.dimensionBands, 'dimensionBands', 0, 100, issues);
  }
  return issues;
}

/** One file in content/assessments/. */
export const assessmentFileSchema = z
  .discriminatedUnion('kind', [likertSchema, choiceSchema, quizSchema], {
    error: 'kind 只能是 likert（量表自测）、choice（二选一画像）或 quiz（情境测验）',
  })
  .superRefine((data, ctx) => {
    for (const issue of crossCheck(data))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
export type AssessmentFileInput = z.input<typeof assessmentFileSchema>;
export type LectureLinkData = z.infer<typeof lectureLinkSchema>;
