/**
 * Pages do not move under the reader's eyes while they load (CLS 0): the home page of a
 * returning learner keeps room for its 继续学习 box from the first paint, and the presenter
 * view's toolbar stays put while its islands load. Shifts are read with a
 * PerformanceObserver ('layout-shift'), as Lighthouse's CLS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { site, useBrowser } from './support/browser';

const b = useBrowser();

const LAST = JSON.stringify({
  v: 1,
  t: 1,
  d: {
    unit: 'swot',
    section: '认识-swot-分析法',
    sectionTitle: '认识 SWOT 分析法',
    at: '2026-11-30T08:00:00.000Z',
  },
});

async function watchShifts(page: Page, last?: string) {
  await page.addInitScript((last) => {
    if (last) localStorage.setItem('cs-course:last', last);
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  }, last);
}
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);

describe('no layout shift while a page loads', () => {
  it('the home page of a returning learner shows its 继续学习 box without moving the page', async () => {
    const { page, context } = await b.page({ viewport: { width: 412, height: 823 } });
    await watchShifts(page, LAST);
    await page.goto(site());
    const resume = page.locator('[data-continue]');
    await expect.poll(() => resume.textContent()).toContain('认识 SWOT 分析法');
    await page.waitForLoadState('networkidle');
    expect(await shifts(page)).toEqual([]);
    await context.close();
  });

  it('the presenter view does not shift while its islands load', async () => {
    const { page, context } = await b.page({ viewport: { width: 1024, height: 768 } });
    await watchShifts(page);
    await page.goto(site('present/swot/'));
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('[data-position]').first().textContent()).toMatch(/^1 \//);
    expect(await shifts(page)).toEqual([]);
    await context.close();
  });
});
