import { z } from 'astro/zod';
import { crossCheck } from '../assessments/validate';

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

export const likertSchema = z.object({
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

export const choiceSchema = z.object({
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

export const quizSchema = z.object({
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
