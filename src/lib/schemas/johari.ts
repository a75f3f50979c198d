import { z } from 'astro/zod';
import { MAX_PICKS, MAX_TRAIT_ID, TRAIT_GROUPS } from '../johari/rules';

/** One trait of the communication window's word list. */
export const johariTraitSchema = z.object({
  /** Stable number 0–127. It travels in reply links: never change or reuse one. */
  id: z.int('id 必须是整数').min(0, 'id 不能小于 0').max(MAX_TRAIT_ID, `id 不能大于 ${MAX_TRAIT_ID}`),
  /** The word shown to learners and peers (Chinese, short). */
  word: z.string().trim().min(1, '词语不能为空').max(8, '词语最多 8 个字'),
  /** Which group the picker shows it in: doing 做事, relating 待人, temperament 性情. */
  group: z.enum(TRAIT_GROUPS, `分组只能是 ${TRAIT_GROUPS.join('、')} 之一`),
  /** The classic English adjective it stands for; for trainers only, never shown. */
  en: z.string().min(1).optional(),
});

/** `content/johari/traits.json`: the words learners and peers pick from. */
export const johariTraitListSchema = z
  .object({
    /** A note for whoever edits the file. */
    $comment: z.string().optional(),
    /** At least 16 words, so that picking 5–8 is a real choice. */
    traits: z
      .array(johariTraitSchema)
      .min(MAX_PICKS * 2, `至少需要 ${MAX_PICKS * 2} 个词`)
      .max(MAX_TRAIT_ID + 1),
  })
  .superRefine((list, ctx) => {
    const ids = new Map<number, number>();
    const words = new Map<string, number>();
    list.traits.forEach((t, i) => {
      if (ids.has(t.id))
        ctx.addIssue({
          code: 'custom',
          path: ['traits', i, 'id'],
          message: `id ${t.id} 与第 ${ids.get(t.id)! + 1} 个词重复`,
        });
      else ids.set(t.id, i);
      if (words.has(t.word))
        ctx.addIssue({
          code: 'custom',
          path: ['traits', i, 'word'],
          message: `「${t.word}」与第 ${words.get(t.word)! + 1} 个词重复`,
        });
      else words.set(t.word, i);
    });
  });

export type JohariTraitList = z.infer<typeof johariTraitListSchema>;
