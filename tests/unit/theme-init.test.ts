// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { THEME_KEY, storeTheme } from '../../src/lib/theme';

/** The script every page runs before its first paint (a plain file, so it cannot import). */
const script = readFileSync(resolve(import.meta.dirname, '../../public/theme-init.js'), 'utf8');
const run = () => new Function(script)();

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('the theme set before the first paint', () => {
  it('reads the choice the theme toggle stores', () => {
    expect(script).toContain(`'${THEME_KEY}'`);
    window.matchMedia ??= (() => ({ matches: false })) as unknown as typeof window.matchMedia;
    storeTheme('dark');
    run();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.resolvedTheme).toBe('dark');
  });
});
