import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { cleanStores } from 'nanostores';
import { attemptHistory } from '../../src/lib/state/attempts';
import { closeAllDocuments } from '../../src/lib/state/document';

/**
 * Unmounts the attempt stores at once after each test. nanostores otherwise unmounts them
 * a second after the last listener leaves, which can fire after jsdom is torn down.
 */
export function cleanAttemptStores(...ids: string[]) {
  afterEach(() => {
    cleanup();
    cleanStores(...ids.map((id) => attemptHistory(id)));
  });
}

/** A page reload: unmount the islands, drop the open stores; the next render reads storage again. */
export function reloadAttemptStores(...ids: string[]) {
  cleanup();
  cleanStores(...ids.map((id) => attemptHistory(id)));
  closeAllDocuments();
}
