/** A class session as CSV (one row per answer, for Excel) and as JSON (the whole record). */
import Papa from 'papaparse';
import type { Activity, ActivityResult } from './activities';
import type { ClassSession, StoredResponse } from './aggregate';
import { strings } from './strings';

/** Excel reads a CSV as UTF-8 only when the file starts with a byte-order mark. */
export const BOM = '\uFEFF';

function answerRows(activity: Activity, result: ActivityResult): [string, string, string][] {
  switch (activity.kind) {
    case 'check':
    case 'quiz':
    case 'poll-choice':
      return activity.questions.map((q, i) => {
        const a = result.kind === 'answers' ? result.answers[i] : undefined;
        const right = q.answer === undefined || a === undefined ? '' : a === q.answer ? '是' : '否';
        return [q.prompt, a === undefined ? '' : (q.options[a] ?? ''), right];
      });
    case 'likert':
    case 'choice':
      return activity.dimensions.map((d, i) => [
        d.label,
        result.kind === 'values' ? String(result.values[i] ?? '') : '',
        '',
      ]);
    case 'poll-scale':
      return [[activity.prompt, result.kind === 'answers' ? String(result.answers[0]) : '', '']];
    case 'poll-word':
      return [[activity.prompt, result.kind === 'word' ? result.word : '', '']];
  }
}

/** The session as CSV text, BOM first, one row per question or dimension of each response. */
export function sessionCsv(session: ClassSession): string {
  const byId = new Map(session.activities.map((a) => [a.id, a]));
  const rows = session.responses.flatMap((r: StoredResponse) => {
    const activity = byId.get(r.activity);
    if (!activity) return [];
    return answerRows(activity, r.result).map(([item, answer, right]) => [
      session.id,
      session.unitTitle,
      activity.title,
      r.participant,
      r.nickname,
      item,
      answer,
      right,
      r.at,
    ]);
  });
  return BOM + Papa.unparse({ fields: [...strings.csvHeader], data: rows }, { newline: '\r\n' }) + '\r\n';
}

/** The file name of a session's export, e.g. 课堂-ABC123-20261201.csv. */
export function sessionFileName(session: ClassSession, ext: 'csv' | 'json'): string {
  const day = session.startedAt.slice(0, 10).replace(/-/g, '');
  return `课堂-${session.id}-${day}.${ext}`;
}

/** The session as JSON, with a format name so a later version can read it. */
export function sessionJson(session: ClassSession): string {
  return `${JSON.stringify({ format: 'cs-course-class-session', version: 1, session }, null, 2)}\n`;
}
