// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import '../../../src/lib/exercise-types';
import { exercises, exerciseIds } from '../../../src/lib/exercises';
import { docTypeFor } from '../../../src/lib/state/registry';
import { draftKey } from '../../../src/lib/state/drafts';
import { attemptsKey } from '../../../src/lib/state/attempts';

describe.each(exerciseIds)('exercise %s', (id) => {
  it('has a registered stored form, so 我的学习 can export and import it', () => {
    const key = exercises[id].stores === 'attempts' ? attemptsKey(id) : draftKey(id);
    expect(docTypeFor(key)).toBeDefined();
  });
});
