/**
 * `client:paced`: Astro's `client:visible`, except that islands coming into view together
 * wake one after another, each in a task of its own. With `client:visible` every island
 * seen in one frame (a fast scroll through 我的学习, a short unit's last screen) loads and
 * renders in one long task, and the page ignores taps and keys until all of them are done.
 * Here an island's code loads, then it renders in the next task, and the next island
 * waits for a task after that: the browser can paint and answer input in between.
 *
 * Built by Astro into an inline script on each page that uses it (src/integrations/
 * client-paced.mjs); the CSP hashes it like Astro's own directives.
 */

type Hydrate = () => Promise<void>;
type Load = () => Promise<Hydrate>;

/** What Astro hands a client directive; `value` is the directive's own value, unused here. */
export type PacedDirective = (load: Load, options: { value: unknown }, el: HTMLElement) => void;

/** Hands control back to the browser: the rest runs in a task of its own. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A queue of islands to wake, one at a time. One queue serves a page (the directive's
 * script runs once per page); `createPacer` exists so tests can have one each.
 */
export function createPacer(yieldToBrowser: () => Promise<void> = nextTask) {
  const waiting: Load[] = [];
  let draining = false;

  const wake = async (load: Load) => {
    const hydrate = await load();
    await yieldToBrowser();
    await hydrate();
  };

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      for (let load = waiting.shift(); load; load = waiting.shift()) {
        try {
          await wake(load);
        } catch (error) {
          // One island failing to load (a lost connection) must not keep the others asleep.
          console.error(error);
        }
        if (waiting.length) await yieldToBrowser();
      }
    } finally {
      draining = false;
    }
  }

  /** Queues an island to wake; wakes the queue if it is idle. */
  const enqueue = (load: Load): Promise<void> => {
    waiting.push(load);
    return drain();
  };

  /** The directive: observe the island's children, queue it once one of them is in view. */
  const directive: PacedDirective = (load, _options, el) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void enqueue(load);
    });
    for (const child of el.children) observer.observe(child);
  };

  return { directive, enqueue };
}

export default createPacer().directive;
