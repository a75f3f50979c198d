// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from '../../src/lib/paced-hydration';

/** A stand-in for the browser giving control back: each turn waits until `next()` is called. */
function turns() {
  const pending: (() => void)[] = [];
  return {
    yieldToBrowser: () => new Promise<void>((resolve) => pending.push(resolve)),
    next: async () => {
      pending.shift()?.();
      await flush();
    },
    get waiting() {
      return pending.length;
    },
  };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** An island whose load and render are recorded in `log`. */
function island(name: string, log: string[]) {
  return async () => {
    log.push(`load ${name}`);
    return async () => {
      log.push(`render ${name}`);
    };
  };
}

describe('paced hydration', () => {
  it('wakes islands seen together one after another, giving the browser a turn between each step', async () => {
    const log: string[] = [];
    const browser = turns();
    const { enqueue } = createPacer(browser.yieldToBrowser);
    void enqueue(island('mastery', log));
    void enqueue(island('exercises', log));
    await flush();
    // The first island's code is loaded; it renders only after the browser has had a turn.
    expect(log).toEqual(['load mastery']);
    await browser.next();
    expect(log).toEqual(['load mastery', 'render mastery']);
    // The second waits for another turn before it even loads.
    await browser.next();
    expect(log).toEqual(['load mastery', 'render mastery', 'load exercises']);
    await browser.next();
    expect(log).toEqual(['load mastery', 'render mastery', 'load exercises', 'render exercises']);
    expect(browser.waiting).toBe(0);
  });

  it('keeps waking the others when one island cannot load', async () => {
    const log: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { enqueue } = createPacer(() => Promise.resolve());
    void enqueue(() => Promise.reject(new Error('offline')));
    await enqueue(island('tools', log));
    await flush();
    expect(log).toEqual(['load tools', 'render tools']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  describe('as a directive', () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[]; disconnected: boolean }[] =
      [];
    class FakeObserver {
      record: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback) {
        this.record = { callback, targets: [], disconnected: false };
        observers.push(this.record);
      }
      observe(target: Element) {
        this.record.targets.push(target);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    }
    const intersect = (record: (typeof observers)[number], isIntersecting: boolean) =>
      record.callback(
        record.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry),
        {} as IntersectionObserver,
      );

    afterEach(() => {
      observers.length = 0;
      vi.unstubAllGlobals();
    });

    it('loads nothing until a part of the island is in view, then wakes it once', async () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      const log: string[] = [];
      const { directive } = createPacer(() => Promise.resolve());
      const el = document.createElement('astro-island');
      el.innerHTML = '<p>学习进度</p><ol></ol>';
      directive(island('mastery', log), { value: true }, el);
      expect(observers[0]!.targets).toEqual([...el.children]);

      intersect(observers[0]!, false);
      await flush();
      expect(log).toEqual([]);

      intersect(observers[0]!, true);
      await flush();
      expect(log).toEqual(['load mastery', 'render mastery']);
      expect(observers[0]!.disconnected).toBe(true);
    });
  });
});
