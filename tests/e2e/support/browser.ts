import { chromium, type Browser, type BrowserContext, type FileChooser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject } from 'vitest';

/** Debian's chromium: no test tool downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** One browser per test file; each test opens its own context. */
export function useBrowser() {
  const state: { browser?: Browser } = {};
  beforeAll(async () => {
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    get browser(): Browser {
      if (!state.browser) throw new Error('browser not started');
      return state.browser;
    },
    async page(
      options: Parameters<Browser['newContext']>[0] = {},
    ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
      // The offline service worker is blocked unless a test asks for it (offline.test.ts):
      // once it controls a page, `page.route()` no longer sees the requests it answers, and
      // precaching the whole course in every context would slow every journey down.
      const context = await state.browser!.newContext({
        locale: 'zh-CN',
        serviceWorkers: 'block',
        ...options,
      });
      const page = await context.newPage();
      const errors = trackErrors(page);
      return { context, page, errors };
    },
  };
}

/** Collects console errors, page errors and CSP violations, which should never happen. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

export const site = (path = '') => new URL(path.replace(/^\//, ''), inject('siteUrl')).toString();
export const subSite = (path = '') => new URL(path.replace(/^\//, ''), inject('subSiteUrl')).toString();

/** Runs axe over the page (or `include`, minus `exclude`) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, include?: string, exclude?: string) {
  // Judge the page as laid out, not as half hidden under the sticky header mid-scroll.
  await page.evaluate(() => window.scrollTo(0, 0));
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary).toEqual([]);
}

/** Scrolls to 我的学习's data tools, as a learner does, and waits for them to wake. */
export async function reachDataTools(page: Page): Promise<void> {
  await page.getByRole('heading', { name: '管理学习记录' }).scrollIntoViewIfNeeded();
  await page.locator('astro-island[component-url*="DataTools"]:not([ssr])').waitFor({ state: 'attached' });
}

/**
 * Chooses a file in 我的学习's 导入学习记录 the way a learner does: the tools scrolled to, a
 * click on 选择文件, and the file picked in the browser's picker.
 */
export async function importFile(page: Page, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  await reachDataTools(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('选择文件', { exact: true }).click();
  await (await chooser).setFiles(files);
}
