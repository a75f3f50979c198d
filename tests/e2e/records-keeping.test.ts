import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, site, useBrowser, importFile, reachDataTools } from './support/browser';

const b = useBrowser();
const DAY = 24 * 60 * 60 * 1000;

/** An exercise record last edited `days` ago, as the site stores it. */
async function seedWork(page: Page, days: number) {
  await page.goto(site());
  await page.evaluate(
    (t) => {
      localStorage.setItem('cs-course:ex:golden-circle', JSON.stringify({ v: 2, t, d: { circles: [] } }));
    },
    Date.now() - days * DAY,
  );
}

/** Makes the browser answer `persist()` as given (a real browser decides by its own rules). */
async function persistAnswers(context: BrowserContext, granted: boolean) {
  await context.addInitScript((answer) => {
    let kept = false;
    navigator.storage.persisted = async () => kept;
    navigator.storage.persist = async () => (kept = answer);
  }, granted);
}

const reminder = (page: Page) => page.getByRole('region', { name: '备份提醒' });

/** Whether the reminder shows, once the page has applied its rules. */
async function reminderShown(page: Page): Promise<boolean> {
  // Every records-keeping element (我的学习 has a second one, for the persistence line).
  await page.locator('records-keeping[data-ready]').first().waitFor({ state: 'attached' });
  await expect.poll(() => page.locator('records-keeping:not([data-ready])').count()).toBe(0);
  return reminder(page).isVisible();
}

describe('the backup reminder', () => {
  it('offers a backup of week-old work on 我的学习 and the home page, once, until dismissed', async () => {
    const { context, page, errors } = await b.page();
    await persistAnswers(context, false);
    await seedWork(page, 9);
    await page.goto(site('me/'));
    await expect(reminderShown(page)).resolves.toBe(true);
    await expect(reminder(page).textContent()).resolves.toContain('9 天没有保存到文件');
    // Persistence refused: said plainly, and the reminder stays on.
    await expect(page.getByText(/浏览器没有同意长期保存/).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.goto(site());
    await expect(reminderShown(page)).resolves.toBe(true);
    await reminder(page).getByRole('button', { name: '不再提醒' }).click();
    await expect(reminder(page).isVisible()).resolves.toBe(false);
    await page.reload();
    await expect(reminderShown(page)).resolves.toBe(false);
    await page.goto(site('me/'));
    await expect(reminderShown(page)).resolves.toBe(false);
    await expect(page.getByText(/浏览器没有同意长期保存/).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says nothing about fresh work, and says so when the browser keeps the records', async () => {
    const { context, page } = await b.page();
    await persistAnswers(context, true);
    await seedWork(page, 2);
    await page.goto(site('me/'));
    await expect(reminderShown(page)).resolves.toBe(false);
    await expect(page.getByText(/浏览器已同意长期保存/).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('goes away once the backup is saved, and the file names its device for the import', async () => {
    const { context, page } = await b.page({ acceptDownloads: true });
    await seedWork(page, 8);
    await page.goto(site('me/'));
    await expect(reminderShown(page)).resolves.toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reminder(page).getByRole('button', { name: '保存一份备份' }).click(),
    ]);
    await page.getByText(/已保存备份/).waitFor();
    await expect(reminder(page).isVisible()).resolves.toBe(false);
    const text = readFileSync(await download.path(), 'utf8');
    const exported = JSON.parse(text) as { device?: string; exportedAt: string };
    expect(exported.device).toBe('Linux 电脑 · Chrome');
    await page.reload();
    await expect(reminderShown(page)).resolves.toBe(false);

    // On the other device, the summary says where and when the file was made.
    const other = await b.page();
    await other.page.goto(site('me/'));
    await importFile(other.page, {
      name: 'records.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.replace('Linux 电脑 · Chrome', 'iPhone · Safari')),
    });
    const summary = await other.page.getByRole('group', { name: '确认导入' }).textContent();
    expect(summary).toContain('文件来自「iPhone · Safari」');
    expect(summary).toMatch(/导出于 \d{4}年\d{1,2}月\d{1,2}日/);
    await other.context.close();
    await context.close();
  });
});

describe('the export on a phone', () => {
  it('goes to the system share sheet as a file, and downloads nothing', async () => {
    const { context, page } = await b.page({
      isMobile: true,
      hasTouch: true,
      viewport: { width: 360, height: 740 },
    });
    // Debian's desktop Chromium has no share sheet: stand one in, as a phone's browser has.
    await context.addInitScript(() => {
      const shared: { name: string; type: string }[] = [];
      (window as unknown as { shared: typeof shared }).shared = shared;
      navigator.canShare = (data?: ShareData) =>
        !!data?.files?.every((f) => f.name.endsWith('.txt') && f.type === 'text/plain');
      navigator.share = async (data?: ShareData) => {
        for (const f of data?.files ?? []) shared.push({ name: f.name, type: f.type });
      };
    });
    let downloads = 0;
    page.on('download', () => downloads++);
    await seedWork(page, 1);
    await page.goto(site('me/'));
    await page.getByRole('button', { name: '导出为文件' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: { name: string }[] }).shared))
      .toEqual([{ name: expect.stringMatching(/^客服经理课程-学习记录-.*\.txt$/), type: 'text/plain' }]);
    expect(downloads).toBe(0);
    await context.close();
  });
});

describe("我的学习's data tools", () => {
  it('load their code when the learner reaches for them, and say so when it cannot load, changing nothing', async () => {
    const { context, page } = await b.page();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await seedWork(page, 1);
    const before = await page.evaluate(() => localStorage.getItem('cs-course:ex:golden-circle'));
    // The tools' code (export, import, clearing: every exercise's stored form) is one chunk.
    let blocked = true;
    await page.route(/\/_astro\/session\.[\w-]+\.js$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await page.goto(site('me/'));
    const tools = page.locator('astro-island[component-url*="DataTools"]');
    // Scrolled to, the tools wake; their code still waits for a press.
    await reachDataTools(page);
    await page.locator('records-keeping[data-ready]').first().waitFor({ state: 'attached' });
    expect(requested.filter((p) => /\/session\./.test(p))).toEqual([]);

    await page.getByRole('button', { name: '清除本机记录…' }).click();
    await page.getByRole('button', { name: '确定清除' }).click();
    await expect
      .poll(() => tools.textContent())
      .toContain('数据工具没能载入，本机的记录没有改动。请检查网络后刷新页面再试。');
    expect(await page.evaluate(() => localStorage.getItem('cs-course:ex:golden-circle'))).toBe(before);
    await page.getByRole('button', { name: '导出为文件' }).click();
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain('数据工具没能载入，本机的记录没有改动。请检查网络后刷新页面再试。');

    // Back online: the same click works, without reloading the page.
    blocked = false;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出为文件' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^客服经理课程-学习记录-.*\.json$/);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
