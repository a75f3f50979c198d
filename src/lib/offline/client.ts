/**
 * The page's side of the offline service worker (src/offline/build-sw.ts writes it): registers
 * `<base>sw.js`, tells the badge how far caching got, and announces a new version without ever
 * applying it by itself. Plain TypeScript, no framework: it runs on every page of the public
 * site (never in the LMS copy), within a 2 KB gzip budget.
 */

/** What the footer badge says: nothing (unsupported or quietly failed), caching, ready, or full storage. */
export type BadgeState = 'caching' | 'ready' | 'full';

export interface OfflineView {
  /** Shows the badge's state; undefined hides it (nothing to say, or nothing alarming to say). */
  badge(state: BadgeState | undefined): void;
  /** Shows the update prompt: `waitsForDeck` when a presenter view forbids applying it now. */
  prompt(kind: 'ready' | 'waitsForDeck', apply: () => void): void;
}

/** Name of the lock every open presenter view holds, per site (two sites may share an origin). */
export const presentingLock = (base: string) => `cs-course:presenting:${base}`;

/** True while a presenter view or speaker window of this site is open in any tab. */
export async function presenterOpen(base: string): Promise<boolean> {
  try {
    const { held = [] } = await navigator.locks.query();
    return held.some((lock) => lock.name === presentingLock(base));
  } catch {
    return false;
  }
}

/** Held by the presenter view for as long as it is open, so no update is applied under it. */
export function holdPresenting(base: string): void {
  navigator.locks
    ?.request(presentingLock(base), { mode: 'shared' }, () => new Promise<never>(() => {}))
    .catch(() => {});
}

/**
 * True when the browser is short of space for the site (a failed install then means "full"):
 * its estimate says so, or a 1 MB trial write is refused. Browsers may report a generous
 * quota they will not actually grant, hence the trial.
 */
async function storageFull(): Promise<boolean> {
  const trial = 'cs-course-room-check';
  try {
    const { usage = 0, quota = Infinity } = await navigator.storage.estimate();
    if (quota - usage < 10 * 2 ** 20) return true;
    await (await caches.open(trial)).put(trial, new Response(new Uint8Array(2 ** 20)));
    return false;
  } catch (error) {
    return (error as Error).name === 'QuotaExceededError';
  } finally {
    await caches.delete(trial).catch(() => false);
  }
}

/**
 * Registers the worker and keeps `view` up to date. Never throws and never reloads the page,
 * except once the learner asks for the new version (and no presenter view is open).
 */
export async function startOffline(base: string, view: OfflineView | undefined): Promise<void> {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  // Once storage proved full, this tab stops downloading the whole course on every page.
  const fullKey = `cs-course-offline-full:${base}`; // outside the records prefix: never exported
  const remember = (full: boolean) => {
    try {
      if (full) sessionStorage.setItem(fullKey, '1');
    } catch {
      // Nowhere to remember it: the next page simply tries again.
    }
    view?.badge(full ? 'full' : undefined);
  };
  try {
    if (sessionStorage.getItem(fullKey)) return view?.badge('full');
  } catch {
    // No session storage: go on.
  }
  let registration: ServiceWorkerRegistration;
  try {
    registration = await sw.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
    // A browser (or an automation tool) that blocks workers may answer with nothing.
    if (!registration) throw new Error('no registration');
  } catch {
    // No worker (a host that does not serve it, plain HTTP): the site works online, quietly.
    return view?.badge(undefined);
  }
  if (!view) return;
  // Whether this page ran under an earlier version: then a change of worker is an update.
  let controlled = !!sw.controller;
  let applying = false;

  const apply = async () => {
    if (await presenterOpen(base)) return view.prompt('waitsForDeck', apply);
    const waiting = registration.waiting;
    if (!waiting) return location.reload();
    applying = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  const offerUpdate = () => {
    if (controlled) view.prompt('ready', apply);
  };
  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', async () => {
      if (worker.state === 'installed') offerUpdate();
      if (worker.state === 'redundant' && !registration.active) remember(await storageFull());
    });
  };

  sw.addEventListener('controllerchange', () => {
    if (applying) return location.reload();
    // Another tab applied a new version: this page keeps what it shows until the learner refreshes.
    if (controlled) view.prompt('ready', () => location.reload());
    controlled = true;
    view.badge('ready');
  });
  registration.addEventListener('updatefound', () => watch(registration.installing));
  watch(registration.installing);
  if (registration.waiting) offerUpdate();
  view.badge(
    sw.controller ? 'ready' : registration.installing || registration.waiting ? 'caching' : undefined,
  );
  // A failed install still leaves the site working online; the badge just stays quiet.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}
