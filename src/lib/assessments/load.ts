import { assessmentFileSchema } from '../schemas/assessment';
import { describeIssues } from '../content/describe-issues';
import { jsonFilesIn, loadJson } from '../content/load-json';
import { normaliseAssessment } from './normalise';
import type { Assessment } from './types';

/**
 * Validates the text of one data file. A mistake throws a Chinese message that names the
 * file and the field, which stops the build.
 */
export function parseAssessment(file: string, raw?: string): Assessment {
  const data = loadJson(file, assessmentFileSchema, raw);
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (data.id !== expected)
    throw new Error(describeIssues(file, [{ path: ['id'], message: `应与文件名一致，即「${expected}」` }]));
  return normaliseAssessment(data);
}

let loaded: Assessment[] | undefined;

/** Every assessment in content/assessments/, validated (once per build). */
export function loadAssessments(): Assessment[] {
  loaded ??= jsonFilesIn('content/assessments')
    .map((file) => parseAssessment(file))
    .sort((a, b) => a.id.localeCompare(b.id));
  return loaded;
}

/** One assessment by id; a missing file stops the build with a clear message. */
export function loadAssessment(id: string): Assessment {
  const found = loadAssessments().find((a) => a.id === id);
  if (!found) throw new Error(`找不到测验数据 content/assessments/${id}.json`);
  return found;
}
