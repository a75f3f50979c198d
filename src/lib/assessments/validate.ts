import type { z } from 'astro/zod';
import type { choiceSchema, likertSchema, quizSchema } from '../schemas/assessment';

/**
 * Build time only: the checks across fields of an assessment data file
 * (content/assessments/<id>.json), run by its schema's superRefine.
 */

/** One problem found across fields, with the path of the field to fix. */
export type Issue = { path: (string | number)[]; message: string };

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

/**
 * Checks what a schema of single fields cannot: ids are unique, references point at
 * existing dimensions, scales ascend, every dimension is used, and the result bands cover
 * the whole range of possible scores. Each problem names the field to fix.
 */
export function crossCheck(
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
