// @vitest-environment jsdom
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Only the data tools' module, as on a page that loaded no exercise, attempt or class island
// (an export from a storage notice on the agenda page, say): it must still know every
// stored form, or records would travel as backups and imports would be refused.
import { docTypeFor } from '../../../src/lib/state/registry';
import { PREFIX } from '../../../src/lib/state/storage';
import '../../../src/lib/state/session';

/** Exercises with a draft: each has its definition in src/lib/<id>/exercise.ts (self-tests keep attempts). */
const draftExercises = readdirSync('src/lib').filter(
  (dir) => dir !== 'assessments' && existsSync(`src/lib/${dir}/exercise.ts`),
);

describe('export and import on a page without exercises', () => {
  it('know every stored form', () => {
    expect(draftExercises.length).toBeGreaterThan(5);
    const keys = [
      'unit:swot',
      'last',
      'attempts:listening-test',
      'class:me',
      'class:sessions',
      'class:polls',
      ...draftExercises.map((id) => `ex:${id}`),
    ];
    expect(keys.filter((key) => !docTypeFor(PREFIX + key))).toEqual([]);
  });
});
