import { IS_LMS } from '../target';
import { PREFIX, type Backend } from './storage';

/**
 * One learner's records on a shared computer (the LMS copy only). The rest of the state
 * layer keeps using `cs-course:…` keys; this backend stores them as `cs-course@<id>:…`,
 * so two learners on one PC never see each other's work, the public site on the same
 * origin never lists them, and an export from the LMS copy imports anywhere.
 */

/** What the LMS launch page (src/lms/) puts on its window before it frames the course. */
export interface EmbeddingStorage {
  /** The learner's namespace; empty when the LMS named no learner. */
  namespace: string;
  /** Review mode: read the learner's records, keep this visit's changes in memory only. */
  readOnly: boolean;
}

declare global {
  interface Window {
    csCourseStorage?: EmbeddingStorage;
  }
}

/** Where a namespace's keys live in the browser's storage. */
export function namespacePrefix(namespace: string): string {
  return `cs-course@${encodeURIComponent(namespace)}:`;
}

/** `backend` seen through one namespace, optionally with writes kept in memory. */
export function namespacedBackend(backend: Backend, namespace: string, readOnly = false): Backend {
  const own = namespacePrefix(namespace);
  const physical = (key: string) => (key.startsWith(PREFIX) ? own + key.slice(PREFIX.length) : key);
  const written = new Map<string, string | null>();
  const keys = (): string[] => {
    const found = new Set<string>();
    for (let i = 0; i < backend.length; i++) {
      const key = backend.key(i);
      if (key?.startsWith(own)) found.add(PREFIX + key.slice(own.length));
    }
    for (const [key, value] of written) {
      if (value === null) found.delete(key);
      else found.add(key);
    }
    return [...found].sort();
  };
  return {
    getItem: (key) => (written.has(key) ? written.get(key)! : backend.getItem(physical(key))),
    setItem: (key, value) =>
      readOnly ? void written.set(key, value) : backend.setItem(physical(key), value),
    removeItem: (key) => (readOnly ? void written.set(key, null) : backend.removeItem(physical(key))),
    key: (index) => keys()[index] ?? null,
    get length() {
      return keys().length;
    },
  };
}

/** The launch page's storage settings when this page runs in its frame (same origin). */
function embedding(): EmbeddingStorage | undefined {
  try {
    return window.parent !== window ? window.parent.csCourseStorage : undefined;
  } catch {
    return undefined;
  }
}

/** This page's backend: in the LMS copy framed by the launch page, the learner's own. */
export function pageBackend(backend: Backend | undefined): Backend | undefined {
  if (!IS_LMS || !backend || typeof window === 'undefined') return backend;
  const host = embedding();
  return host?.namespace ? namespacedBackend(backend, host.namespace, host.readOnly) : backend;
}
