// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { closeAllDocuments } from '../../../src/lib/state/document';
import {
  completionOf,
  lastPosition,
  markReadToEnd,
  recordSection,
  recordVisit,
  setCompleted,
  statusOf,
  unitProgress,
} from '../../../src/lib/state/progress';

beforeEach(() => {
  localStorage.clear();
  lastPosition.set(null);
});

/** What a reload does: stores are created again from storage. */
function reload() {
  closeAllDocuments();
}

describe('unit progress', () => {
  it('records the first and the latest visit, and survives a reload', () => {
    recordVisit('swot', '2026-11-01T10:00:00.000Z');
    recordVisit('swot', '2026-11-02T10:00:00.000Z');
    reload();
    expect(unitProgress('swot').get()).toMatchObject({
      firstVisit: '2026-11-01T10:00:00.000Z',
      lastVisit: '2026-11-02T10:00:00.000Z',
    });
    expect(localStorage.getItem('cs-course:unit:swot')).toContain('"v":1');
  });

  it('remembers the section being read as the place to continue', () => {
    recordVisit('goals');
    recordSection('goals', '设定目标的五个步骤', '设定目标的五个步骤');
    expect(lastPosition.get()).toMatchObject({ unit: 'goals', section: '设定目标的五个步骤' });
    recordVisit('goals');
    expect(lastPosition.get()).toMatchObject({ unit: 'goals', section: '设定目标的五个步骤' });
  });

  it('moves from started to read to completed, and back with undo', () => {
    expect(statusOf(unitProgress('review').get())).toBe('new');
    recordVisit('review');
    expect(statusOf(unitProgress('review').get())).toBe('started');
    markReadToEnd('review');
    expect(statusOf(unitProgress('review').get())).toBe('read');
    setCompleted('review', true);
    expect(statusOf(unitProgress('review').get())).toBe('completed');
    setCompleted('review', false);
    expect(statusOf(unitProgress('review').get())).toBe('read');
  });

  it('counts completion over a group of units', () => {
    const completion = completionOf(['a', 'b', 'c']);
    const seen: number[] = [];
    const stop = completion.subscribe((c) => seen.push(c.completed));
    setCompleted('a', true);
    recordVisit('b');
    expect(completion.get()).toEqual({ total: 3, completed: 1, read: 0, started: 1 });
    expect(seen.at(-1)).toBe(1);
    stop();
  });

  it('takes an edit made in another tab without touching other units', () => {
    recordVisit('intro', '2026-11-01T00:00:00.000Z');
    recordVisit('coaching', '2026-11-01T00:00:00.000Z');
    const intro = unitProgress('intro');
    const coaching = unitProgress('coaching');
    const stopA = intro.listen(() => {});
    const stopB = coaching.listen(() => {});
    const fromOtherTab = JSON.stringify({ v: 1, t: Date.now(), d: { ...intro.get(), completed: true } });
    localStorage.setItem('cs-course:unit:intro', fromOtherTab);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'cs-course:unit:intro', newValue: fromOtherTab }),
    );
    expect(intro.get()?.completed).toBe(true);
    expect(coaching.get()?.completed).toBe(false);
    stopA();
    stopB();
  });
});
