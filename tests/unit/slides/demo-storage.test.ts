import { afterEach, describe, expect, it } from 'vitest';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { useDemoStorage } from '../../../src/lib/slides/demo-storage';
import { storage } from '../../../src/lib/state/instance';

/** What the trainer's own records would be, standing in for localStorage. */
const own: Record<string, string> = { 'cs-course:draft:swot': '{"mine":true}' };

afterEach(() => setPersistentEngine(own, windowPersistentEvents));

describe('the presenter view’s demo storage', () => {
  it('keeps what a demo writes in memory and leaves the trainer’s records alone', () => {
    setPersistentEngine(own, windowPersistentEvents);
    const demo = useDemoStorage();
    const store = persistentAtom<string>('cs-course:draft:swot', 'empty');
    const stop = store.listen(() => undefined);
    // A demo starts empty, not with the trainer's own draft.
    expect(store.get()).toBe('empty');
    store.set('typed in class');
    expect(demo.keys()).toEqual(['cs-course:draft:swot']);
    expect(own).toEqual({ 'cs-course:draft:swot': '{"mine":true}' });
    stop();
  });

  it('puts open stores back to their start when cleared, and forgets what was written', () => {
    const demo = useDemoStorage();
    const store = persistentAtom<string>('cs-course:draft:grow', 'fresh');
    const stop = store.listen(() => undefined);
    store.set('half a plan');
    demo.clear();
    expect(store.get()).toBe('fresh');
    expect(demo.keys()).toEqual([]);
    stop();
  });
});

describe('class sessions during a demo', () => {
  it('keeps the trainer’s class records in real storage, since they are not a demo', () => {
    const demo = useDemoStorage();
    const store = persistentAtom<string>('cs-course:class:sessions', '');
    const stop = store.listen(() => {});
    store.set('collected');
    expect(storage.getItem('cs-course:class:sessions')).toBe('collected');
    expect(demo.keys()).not.toContain('cs-course:class:sessions');
    stop();
    storage.removeItem('cs-course:class:sessions');
  });
});
