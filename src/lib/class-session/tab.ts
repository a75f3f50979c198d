/**
 * The session a phone's tab is attached to. Kept in sessionStorage: the fragment that
 * brought it (`#class=ABC123`) is replaced as soon as the trainee follows an in-page link,
 * and another tab (or tomorrow's visit) should not hand in to today's class. No state-layer
 * import, so the unit page's check for a session costs almost nothing.
 */
import { isId, sessionFromHash } from './ids';

const TAB_KEY = 'cs-course:class:attached';

function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The session this tab is attached to: from the URL fragment if it names one (kept for
 * the tab, since in-page links replace the fragment), else the one kept earlier.
 */
export function attachedSession(hash: string = globalThis.location?.hash ?? ''): string | undefined {
  const fromHash = sessionFromHash(hash);
  const tab = tabStorage();
  try {
    if (fromHash) tab?.setItem(TAB_KEY, fromHash);
    const kept = fromHash ?? tab?.getItem(TAB_KEY) ?? undefined;
    return kept && isId(kept) ? kept : undefined;
  } catch {
    return fromHash;
  }
}

export function attachSession(id: string | undefined): void {
  try {
    if (id) tabStorage()?.setItem(TAB_KEY, id);
    else tabStorage()?.removeItem(TAB_KEY);
  } catch {
    // Storage refused: the panel still works for this page view.
  }
}
