import { describe, expect, it } from 'vitest';
import {
  courseResult,
  displayName,
  exitValue,
  interactionValues,
  isRecordingMode,
  lmsMastery,
  parseBookmark,
  resultValues,
  sessionTime,
  type CourseSnapshot,
} from '../../../src/lib/scorm/cmi';

const units = (done: number, total = 7) =>
  Array.from({ length: total }, (_, i) => ({ id: `u${i}`, completed: i < done }));
const checks = (taken: ({ score: number; max: number } | undefined)[]) =>
  taken.map((best, i) => ({ unit: `u${i}`, questions: best?.max ?? 4, best }));

describe('progress → result', () => {
  it('is incomplete until every unit is marked complete, with progress as the share done', () => {
    const r = courseResult({ units: units(2), checks: [] });
    expect(r).toMatchObject({
      completion: 'incomplete',
      progress: 0.29,
      success: 'unknown',
      score: undefined,
    });
    expect(courseResult({ units: units(7), checks: [] }).completion).toBe('completed');
  });

  it('scores the best attempt of each check over every question of every check', () => {
    const r = courseResult({ units: units(0), checks: checks([{ score: 3, max: 4 }, undefined, undefined]) });
    expect(r.score).toBe(25);
    expect(r.success).toBe('unknown');
  });

  it('passes or fails against the mastery score once every check is taken', () => {
    const snapshot: CourseSnapshot = {
      units: units(1),
      checks: checks([
        { score: 4, max: 4 },
        { score: 3, max: 4 },
      ]),
    };
    expect(courseResult(snapshot, 80)).toMatchObject({ score: 87.5, success: 'passed' });
    expect(courseResult(snapshot, 90)).toMatchObject({ score: 87.5, success: 'failed' });
    expect(courseResult(snapshot)).toMatchObject({ success: 'unknown' });
  });

  it('keeps the bookmark as unit#section', () => {
    const r = courseResult({ units: units(0), checks: [], bookmark: { unit: 'goals', section: '过程监督' } });
    expect(r.location).toBe('goals#过程监督');
    expect(parseBookmark(r.location)).toEqual({ unit: 'goals', section: '过程监督' });
    expect(parseBookmark('goals')).toEqual({ unit: 'goals' });
    expect(parseBookmark('../../etc')).toBeUndefined();
  });
});

describe('result → CMI values', () => {
  const base = {
    completion: 'incomplete',
    progress: 0.43,
    score: 87.5,
    success: 'passed',
    location: 'goals#x',
  } as const;

  it('SCORM 1.2: one lesson_status (passed/failed win over completion), score 0–100, lesson_location', () => {
    expect(resultValues('1.2', base)).toEqual([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '87.5'],
      ['cmi.core.lesson_location', 'goals#x'],
    ]);
    expect(resultValues('1.2', { ...base, success: 'unknown', score: undefined })).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.lesson_location', 'goals#x'],
    ]);
  });

  it('SCORM 2004: completion and success apart, progress_measure, scaled score, cmi.location', () => {
    expect(resultValues('2004', base)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.43'],
      ['cmi.success_status', 'passed'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '87.5'],
      ['cmi.score.scaled', '0.88'],
      ['cmi.location', 'goals#x'],
    ]);
  });

  it('keeps lesson_location within 255 characters in 1.2', () => {
    const long = `goals#${'节'.repeat(300)}`;
    const [, value] = resultValues('1.2', { ...base, location: long }).at(-1)!;
    expect(value).toBe('goals');
    expect(resultValues('2004', { ...base, location: long }).at(-1)![1]).toBe(long);
  });

  it('exits suspended while incomplete, normally once completed', () => {
    expect(exitValue('1.2', base)).toEqual(['cmi.core.exit', 'suspend']);
    expect(exitValue('1.2', { ...base, completion: 'completed' })).toEqual(['cmi.core.exit', '']);
    expect(exitValue('2004', base)).toEqual(['cmi.exit', 'suspend']);
    expect(exitValue('2004', { ...base, completion: 'completed' })).toEqual(['cmi.exit', 'normal']);
  });

  it('writes session time in each edition’s format', () => {
    const ms = (3600 + 2 * 60 + 3) * 1000 + 400;
    expect(sessionTime('1.2', ms)).toEqual(['cmi.core.session_time', '0001:02:03']);
    expect(sessionTime('2004', ms)).toEqual(['cmi.session_time', 'PT1H2M3S']);
  });

  it('sends each answer as a choice interaction', () => {
    const answer = {
      id: 'check-goals-q1',
      response: 2,
      correct: 0,
      at: new Date('2026-03-04T05:06:07.891Z'),
      prompt: '问题',
    };
    expect(interactionValues('1.2', 3, answer)).toEqual(
      expect.arrayContaining([
        ['cmi.interactions.3.id', 'check-goals-q1'],
        ['cmi.interactions.3.type', 'choice'],
        ['cmi.interactions.3.student_response', 'c'],
        ['cmi.interactions.3.correct_responses.0.pattern', 'a'],
        ['cmi.interactions.3.result', 'wrong'],
      ]),
    );
    expect(interactionValues('2004', 0, { ...answer, response: 0 })).toEqual(
      expect.arrayContaining([
        ['cmi.interactions.0.learner_response', 'a'],
        ['cmi.interactions.0.result', 'correct'],
        ['cmi.interactions.0.timestamp', '2026-03-04T05:06:07.89Z'],
        ['cmi.interactions.0.description', '问题'],
      ]),
    );
  });
});

describe('what the LMS gives', () => {
  it('reads review and browse modes as not recording', () => {
    expect(isRecordingMode('normal')).toBe(true);
    expect(isRecordingMode('')).toBe(true);
    expect(isRecordingMode('review')).toBe(false);
    expect(isRecordingMode('browse')).toBe(false);
  });

  it('reads mastery scores of both editions as 0–100', () => {
    expect(lmsMastery('1.2', '80')).toBe(80);
    expect(lmsMastery('2004', '0.8')).toBe(80);
    expect(lmsMastery('1.2', '')).toBeUndefined();
    expect(lmsMastery('2004', 'n/a')).toBeUndefined();
  });

  it('turns 1.2’s “Last, First” into the name people use', () => {
    expect(displayName('王, 小明')).toBe('王小明');
    expect(displayName('Smith, Ann')).toBe('Ann Smith');
    expect(displayName('Ann Smith')).toBe('Ann Smith');
    expect(displayName('')).toBe('');
  });
});
