import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { site, subSite, useBrowser } from './support/browser';

const b = useBrowser();

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
    const { context, page, errors } = await b.page({ viewport: { width: 1280, height: 900 } });
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
