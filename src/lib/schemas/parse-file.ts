import type { z } from 'astro/zod';
import { describeIssues } from './describe-issues';

/**
 * Validates the text of a data file under content/ against `schema`. Broken JSON or a bad
 * field throws a Chinese message naming the file and the field, which stops the build.
 */
export function parseContentFile<S extends z.ZodType>(file: string, raw: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${file} 不是有效的 JSON，请检查引号、逗号和括号：${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error.issues));
  return result.data;
}
