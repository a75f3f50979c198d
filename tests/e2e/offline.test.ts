import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, site, subSite, useBrowser } from './support/browser';
import { startStaticServer } from './support/static-server';

const b = useBrowser();
/** Every context here runs the service worker, which the harness blocks by default. */
const WITH_WORKER = { serviceWorkers: 'allow' } as const;

/** Every unit of the course, with the title its page shows, read from the content. */
const UNITS = readdirSync('content/lectures')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    id: f.replace(/\.mdx$/, ''),
    title: /^title:\s*(.+)$/m.exec(readFileSync(`content/lectures/${f}`, 'utf8'))![1]!.trim(),
  }));

/** The footer badge's text, or '' while it is hidden. */
const badge = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-offline-badge]');
    return el && !el.hidden ? (el.querySelector('[data-offline-label]')?.textContent ?? '') : '';
  });

/** Opens search, types `query` and returns the first result's link. */
async function search(page: Page, query: string): Promise<string | null> {
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: '搜索课程内容' }).fill(query);
  const first = page.locator('.results > li').first().locator('a').first();
  await first.waitFor();
  return first.getAttribute('href');
}

describe.each([
  ['at the root', site],
  ['under a sub-path', subSite],
])('offline, %s', (_where, at) => {
  it('after one visit, every unit, an exercise, the presenter view and search work without a network', async () => {
    const { context, page, errors } = await b.page({
      ...WITH_WORKER,
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(at());
    // The first visit says it is still saving the course, then that it is ready.
    await expect.poll(() => badge(page), { timeout: 60_000 }).toBe('可离线使用');
    // The worker claims the site's own folder and nothing above it.
    await expect(page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).resolves.toBe(at());

    await context.setOffline(true);
    for (const unit of UNITS) {
      const response = await page.goto(at(`units/${unit.id}/`));
      expect(response?.ok(), unit.id).toBe(true);
      await expect(page.locator('h1').textContent()).resolves.toContain(unit.title);
    }

    // An exercise: typed text survives a reload, offline.
    await page.goto(at('units/swot/#exercise-swot'));
    const box = page.locator('#exercise-swot');
    await box.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await box.getByRole('textbox', { name: '分析名称' }).fill('地铁上写的分析');
    await expect
      .poll(() => page.evaluate(() => JSON.stringify({ ...localStorage }).includes('地铁上写的分析')))
      .toBe(true);
    await page.reload();
    await box.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await expect(box.getByRole('textbox', { name: '分析名称' }).inputValue()).resolves.toBe('地铁上写的分析');

    // The presenter view opens and turns slides.
    await page.goto(at('present/review/'));
    await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#2');

    // Search, index and fragments all from the precache.
    await page.goto(at());
    expect(await search(page, '复盘')).toContain('units/review/');
    await page.keyboard.press('Escape');
    expect(await search(page, '倾听')).toContain('units/communication/');

    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Every file of a built folder, relative, with `/`. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    );
}

/** The URLs a built worker precaches, read from the generated sw.js. */
function precached(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
}

describe('when the course cannot be kept offline', () => {
  it('a worker that cannot be fetched leaves the site working and says nothing', async () => {
    const { context, page } = await b.page(WITH_WORKER);
    await context.route('**/sw.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(site('units/intro/'));
    await page.locator('offline-status[data-offline="none"]').waitFor({ state: 'attached' });
    await expect(page.locator('[data-offline-badge]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.getByRole('link', { name: /下一讲/ }).click();
    await page.waitForURL(/\/units\/learning\/$/);
    await context.close();
  });

  it('a browser without room for it keeps the site online and says so quietly', async () => {
    const { context, page, errors } = await b.page(WITH_WORKER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(site()).origin,
      quotaSize: 1024 * 1024,
    });
    await page.goto(site('units/intro/'));
    await expect.poll(() => badge(page), { timeout: 60_000 }).toBe('仅可在线使用');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.getByRole('link', { name: /下一讲/ }).click();
    await page.waitForURL(/\/units\/learning\/$/);
    expect(errors.filter((e) => !/quota|QuotaExceeded/i.test(e))).toEqual([]);
    await context.close();
  });
});

describe('the precache manifest', () => {
  const dist = process.env.SITE_DIST ?? 'dist';

  it('lists every HTML page and every pagefind file of the build', () => {
    const urls = new Set(precached(dist));
    const files = filesOf(dist);
    const pages = files.filter((f) => f.endsWith('.html'));
    const search = files.filter((f) => f.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(20);
    expect(search.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect([...pages, ...search].filter((f) => !urls.has(f))).toEqual([]);
    // Nothing else is missing either, and the worker does not cache itself.
    expect(files.filter((f) => f !== 'sw.js' && !urls.has(f))).toEqual([]);
    expect(urls.has('sw.js')).toBe(false);
  });
});

describe('a new version', () => {
  it("is announced, waits while a presenter view is open, and shows on the learner's click", async () => {
    // Version A: the built site, served from a folder this test can rebuild in place.
    const dir = mkdtempSync(join(tmpdir(), 'course-update-'));
    cpSync(process.env.SITE_DIST ?? 'dist', dir, { recursive: true });
    const server = await startStaticServer(dir, '/');
    const at = (path = '') => new URL(path, server.url).toString();
    try {
      const { context, page, errors } = await b.page(WITH_WORKER);
      await page.goto(at('units/intro/'));
      await expect.poll(() => badge(page), { timeout: 60_000 }).toBe('可离线使用');
      const titleA = await page.locator('h1').textContent();

      // A trainer is presenting in another window.
      const deck = await context.newPage();
      let deckLoads = 0;
      deck.on('load', () => deckLoads++);
      await deck.goto(at('present/intro/'));
      await deck.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });

      // Version B: one page changed, and the worker built again, as `npm run build` does.
      const file = join(dir, 'units/intro/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)/, '$1（第二版）'));
      execFileSync(process.execPath, ['src/offline/build-sw.ts', dir, '--quiet'], { stdio: 'inherit' });

      // A visit finds the new version: the page says so and keeps showing A.
      await page.goto(at('units/intro/'));
      const prompt = page.getByRole('status').filter({ hasText: '有新版本，刷新后生效' });
      await prompt.waitFor({ timeout: 60_000 });
      await expectNoAxeViolations(page);
      await expect(page.locator('h1').textContent()).resolves.toBe(titleA);
      await expect(deck.getByText('有新版本').count()).resolves.toBe(0);

      // While the presenter view is open, applying waits and says why.
      await page.getByRole('button', { name: '刷新', exact: true }).click();
      await page.getByText(/投影放映窗口还开着/).waitFor();
      await expect(page.locator('h1').textContent()).resolves.toBe(titleA);

      // The presenting ends; now the click shows version B.
      expect(deckLoads).toBe(1);
      await deck.close();
      await page.getByRole('button', { name: '刷新', exact: true }).click();
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toContain('（第二版）');
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
