// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atom } from 'nanostores';
import { autosave } from '../../../src/lib/state/drafts';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

let store: ReturnType<typeof atom<string>>;
let saver: ReturnType<typeof autosave<string>>;

beforeEach(() => {
  vi.useFakeTimers();
  store = atom('');
  saver = autosave(store, 400);
});

afterEach(() => {
  saver.destroy();
  setVisibility('visible');
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes once the learner pauses, not on every keystroke', () => {
    saver.save('a');
    vi.advanceTimersByTime(300);
    saver.save('ab');
    vi.advanceTimersByTime(300);
    expect(store.get()).toBe('');
    expect(saver.pending).toBe(true);
    vi.advanceTimersByTime(100);
    expect(store.get()).toBe('ab');
    expect(saver.pending).toBe(false);
  });

  it('writes at once when the page is left, so a closed tab loses nothing', () => {
    saver.save('typed just before closing');
    window.dispatchEvent(new Event('pagehide'));
    expect(store.get()).toBe('typed just before closing');
  });

  it('writes at once when the tab is hidden (a phone switching apps)', () => {
    saver.save('typed before switching apps');
    setVisibility('hidden');
    expect(store.get()).toBe('typed before switching apps');
  });

  it('writes what is pending when the island goes away, and stops listening', () => {
    saver.save('last words');
    saver.destroy();
    expect(store.get()).toBe('last words');
    store.set('changed elsewhere');
    window.dispatchEvent(new Event('pagehide'));
    expect(store.get()).toBe('changed elsewhere');
  });
});
