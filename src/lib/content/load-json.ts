import type { z } from 'astro/zod';
import { describeIssues } from './describe-issues';

/** Every data file under content/, as text, bundled at build time. */
const files = import.meta.glob<string>('../../../content/**/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Build time only: reads a data file under content/ (`file` is its path from the project
 * root, e.g. `content/johari/traits.json`) and validates it against `schema`. Broken JSON,
 * a missing file or a bad field throws a Chinese message naming the file and the field,
 * which stops the build. `text` stands in for the file's text (tests of broken files).
 */
export function loadJson<S extends z.ZodType>(file: string, schema: S, text?: string): z.output<S> {
  const raw = text ?? files[`../../../${file}`];
  if (raw === undefined) throw new Error(`找不到数据文件 ${file}：请检查路径和文件名。`);
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

/** The paths of the data files in one folder under content/, e.g. `content/assessments/`. */
export function jsonFilesIn(folder: string): string[] {
  const prefix = `../../../${folder.replace(/\/?$/, '/')}`;
  return Object.keys(files)
    .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
    .map((path) => path.slice('../../../'.length))
    .sort();
}
