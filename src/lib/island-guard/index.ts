import { islandGuardStrings } from './strings';

/**
 * Until an island's script has run, its server-rendered fields look ready but nothing
 * they take in would be kept: hydration puts the stored record back over them. So every
 * island still waiting (`astro-island[ssr]`) is marked busy and its fields refuse input;
 * a learner who reaches for one (focus, tap, key) is told in a line that it is loading.
 * The line appears only then, so a page whose islands wake unnoticed never moves. All of
 * that is undone the moment the island hydrates.
 */

/** Fields that take typed text: made read-only while waiting. */
const TEXT_FIELDS =
  'input:not([type]), input[type="text"], input[type="search"], input[type="url"], textarea';
/** Marks what the guard itself made read-only, so an island's own read-only fields stay so. */
const MARK = 'data-guard-readonly';

export const WAITING = 'astro-island[ssr]';

/** Locks the fields of one waiting island and marks it busy. */
export function guardIsland(island: HTMLElement): void {
  if (!island.hasAttribute('ssr') || island.hasAttribute('data-guarded')) return;
  island.setAttribute('data-guarded', '');
  island.setAttribute('aria-busy', 'true');
  for (const field of island.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELDS)) {
    if (field.readOnly) continue;
    field.readOnly = true;
    field.setAttribute(MARK, '');
  }
  const release = () => releaseIsland(island);
  island.addEventListener('astro:hydrate', release, { once: true });
  // Some renderers hydrate without the event reaching us: the `ssr` attribute going is the sign too.
  const watcher = new MutationObserver(() => {
    if (!island.hasAttribute('ssr')) {
      watcher.disconnect();
      release();
    }
  });
  watcher.observe(island, { attributes: true, attributeFilter: ['ssr'] });
}

/** Gives an island's fields back once it is live. */
export function releaseIsland(island: HTMLElement): void {
  if (!island.hasAttribute('data-guarded')) return;
  island.removeAttribute('data-guarded');
  island.removeAttribute('aria-busy');
  island.removeAttribute('data-loading');
  for (const field of island.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[${MARK}]`)) {
    field.readOnly = false;
    field.removeAttribute(MARK);
  }
}

/** Shows the loading line of the waiting island that holds `target`, if any. */
export function announceWaiting(target: EventTarget | null): void {
  const island = target instanceof Element ? target.closest<HTMLElement>(WAITING) : null;
  if (island?.hasAttribute('data-guarded')) island.setAttribute('data-loading', islandGuardStrings.loading);
}

/** True when `target` sits in an island that is still waiting for its script. */
export function isWaiting(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(WAITING) !== null;
}

/**
 * Guards every waiting island of the page. Choices that readonly cannot stop (checkboxes,
 * radios, selects, buttons) are stopped by cancelling the events that would change them.
 */
export function guardPage(doc: Document = document): void {
  for (const island of doc.querySelectorAll<HTMLElement>(WAITING)) guardIsland(island);
  const stop = (event: Event) => {
    if (!isWaiting(event.target)) return;
    announceWaiting(event.target);
    const el = event.target as HTMLElement;
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key === 'Tab' || key === 'Escape' || !el.matches('input, select, button, [role="radio"]')) return;
    }
    if (el.closest('a[href]')) return;
    event.preventDefault();
    event.stopPropagation();
  };
  for (const type of ['click', 'keydown', 'beforeinput', 'paste', 'drop'])
    doc.addEventListener(type, stop, { capture: true });
  doc.addEventListener('focusin', (event) => announceWaiting(event.target));
}
