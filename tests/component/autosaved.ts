import { vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { closeAllDocuments } from '../../src/lib/state/document';

/**
 * Renders an island that saves as the learner types (under fake timers), and renders it
 * again as a page reload would: pending saves written, stores reopened from storage.
 */
export function autosavedIsland<P extends Record<string, unknown>>(island: Component<P>, props: P = {} as P) {
  return {
    setup() {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(island, props);
      return user;
    },
    reload() {
      vi.advanceTimersByTime(1000);
      cleanup();
      closeAllDocuments();
      render(island, props);
    },
  };
}
