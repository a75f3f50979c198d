import { beforeEach, describe, expect, it } from 'vitest';
import { namespacedBackend, namespacePrefix } from '../../../src/lib/state/namespace';
import type { Backend } from '../../../src/lib/state/storage';
import { encodeValue } from '../../../src/lib/state/document';
import { attemptHistoryType } from '../../../src/lib/state/attempts';
import { unitProgressType } from '../../../src/lib/state/progress';
import {
  courseSnapshot,
  mergeSuspend,
  readAttempts,
  readUnit,
  suspendState,
  type CourseOutline,
} from '../../../src/lib/scorm/records';

function memory(): Backend & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const outline: CourseOutline = {
  units: [
    { id: 'intro', title: '导入' },
    { id: 'goals', title: '目标' },
  ],
  checks: [
    {
      unit: 'goals',
      questions: [
        { id: 'q1', answer: 1, prompt: '?' },
        { id: 'q2', answer: 0, prompt: '?' },
      ],
    },
  ],
};
const progress = (completed: boolean) => ({
  firstVisit: '2026-01-01T00:00:00.000Z',
  lastVisit: '2026-01-01T00:00:00.000Z',
  readToEnd: completed,
  completed,
});
const attempt = (id: string, at: string, score: number) => ({
  id,
  at,
  answers: { q1: 1, q2: 1 },
  score,
  max: 2,
});

describe('learner namespaces', () => {
  it('keeps two learners’ records apart in one browser, and apart from the public site’s', () => {
    const local = memory();
    const a = namespacedBackend(local, 'lms:e1');
    const b = namespacedBackend(local, 'lms:e2');
    a.setItem('cs-course:unit:goals', 'A');
    b.setItem('cs-course:unit:goals', 'B');
    local.setItem('cs-course:unit:goals', 'public');
    expect(a.getItem('cs-course:unit:goals')).toBe('A');
    expect(b.getItem('cs-course:unit:goals')).toBe('B');
    expect(a.length).toBe(1);
    expect(a.key(0)).toBe('cs-course:unit:goals');
    expect([...local.map.keys()].sort()).toEqual([
      'cs-course:unit:goals',
      `${namespacePrefix('lms:e1')}unit:goals`,
      `${namespacePrefix('lms:e2')}unit:goals`,
    ]);
    a.removeItem('cs-course:unit:goals');
    expect(b.getItem('cs-course:unit:goals')).toBe('B');
  });

  it('keeps review-mode writes in memory', () => {
    const local = memory();
    namespacedBackend(local, 'lms:e1').setItem('cs-course:last', 'stored');
    const review = namespacedBackend(local, 'lms:e1', true);
    review.setItem('cs-course:last', 'changed');
    review.setItem('cs-course:unit:x', 'new');
    expect(review.getItem('cs-course:last')).toBe('changed');
    expect(review.length).toBe(2);
    review.removeItem('cs-course:last');
    expect(review.getItem('cs-course:last')).toBeNull();
    expect(namespacedBackend(local, 'lms:e1').getItem('cs-course:last')).toBe('stored');
  });
});

describe('merging the LMS’s suspend data into local records', () => {
  let local: Backend;
  beforeEach(() => {
    local = namespacedBackend(memory(), 'lms:e1');
  });

  it('lets the LMS win per record and keeps what only this browser has', () => {
    local.setItem('cs-course:unit:goals', encodeValue(unitProgressType, progress(false)));
    local.setItem('cs-course:unit:intro', encodeValue(unitProgressType, progress(true)));
    local.setItem(
      'cs-course:attempts:check-goals',
      encodeValue(attemptHistoryType, { attempts: [attempt('local', '2026-01-03T00:00:00.000Z', 2)] }),
    );
    const { keptLocal } = mergeSuspend(local, {
      units: { goals: progress(true) },
      attempts: { 'check-goals': [attempt('lms', '2026-01-02T00:00:00.000Z', 1)] },
      last: { unit: 'goals', at: '2026-01-02T00:00:00.000Z' },
    });
    expect(keptLocal).toBe(1);
    expect(readUnit(local, 'goals')?.completed).toBe(true);
    expect(readUnit(local, 'intro')?.completed).toBe(true);
    expect(readAttempts(local, 'check-goals')?.attempts.map((a) => a.id)).toEqual(['lms', 'local']);
    const snapshot = courseSnapshot(local, outline);
    expect(snapshot.units).toEqual([
      { id: 'intro', completed: true },
      { id: 'goals', completed: true },
    ]);
    expect(snapshot.checks[0]?.best).toEqual({ score: 2, max: 2 });
    expect(snapshot.bookmark).toEqual({ unit: 'goals', section: undefined });
    expect(Object.keys(suspendState(local, outline).attempts)).toEqual(['check-goals']);
  });

  it('ignores unreadable local records instead of failing', () => {
    local.setItem('cs-course:unit:goals', '{not json');
    expect(courseSnapshot(local, outline).units[1]).toEqual({ id: 'goals', completed: false });
  });
});
