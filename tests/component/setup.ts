import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { closeAllDocuments } from '../../src/lib/state/document';
import { notices } from '../../src/lib/state/notices';

afterEach(() => {
  cleanup();
  localStorage.clear();
  // Each test starts as a fresh page load: stores are reopened from storage.
  closeAllDocuments();
  notices.set([]);
});
