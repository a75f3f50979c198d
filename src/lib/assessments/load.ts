import { assessmentFileSchema } from '../schemas/assessment';
import { describeIssues } from '../schemas/describe-issues';
import { normaliseAssessment } from './normalise';
import type { Assessment } from './types';

/** Build-time only (it uses the zod schema): reads content/assessments/*.json. */
const files = import.meta.glob<string>('../../../content/assessments/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Validates the text of one data file. A mistake throws a Chinese message that names the
 * file and the field, which stops the build.
 */
export function parseAssessment(file: string, raw: string): Assessment {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${file} 不是有效的 JSON，请检查引号、逗号和括号：${(error as Error).message}`);
  }
  const result = assessmentFileSchema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error.issues));
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (result.data.id !== expected)
    throw new Error(describeIssues(file, [{ path: ['id'], message: `应与文件名一致，即「${expected}」` }]));
  return normaliseAssessment(result.data);
}

let loaded: Assessment[] | undefined;

/** Every assessment in content/assessments/, validated (once per build). */
export function loadAssessments(): Assessment[] {
  loaded ??= Object.entries(files)
    .map(([path, raw]) => parseAssessment(`content/assessments/${path.replace(/^.*\//, '')}`, raw))
    .sort((a, b) => a.id.localeCompare(b.id));
  return loaded;
}

/** One assessment by id; a missing file stops the build with a clear message. */
export function loadAssessment(id: string): Assessment {
  const found = loadAssessments().find((a) => a.id === id);
  if (!found) throw new Error(`找不到测验数据 content/assessments/${id}.json`);
  return found;
}
