import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { site, trackErrors, useBrowser, importFile } from './support/browser';
import { startStaticServer } from './support/static-server';

const b = useBrowser();
const SWOT = 'cs-course:ex:swot';
const dist = process.env.SITE_DIST ?? join(import.meta.dirname, '../../dist');

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
/** Waits until the island holding `field` has hydrated (scrolling it into view, as islands hydrate when visible). */
async function live(field: ReturnType<Page['locator']>) {
  await field.scrollIntoViewIfNeeded();
  await expect
    .poll(() => field.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? false), {
      timeout: 30_000,
    })
    .toBe(false);
}
/** Scrolls every island into view and waits until each is live. */
async function hydrateAll(page: Page, path: string) {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    // An island is `display: contents`: scroll its first laid-out child. Islands inside
    // hidden parts (other slides, print-only) never become visible: skip them.
    const shown = await island.evaluate((el) => {
      const box = [...el.children].find((child) => child.getBoundingClientRect().height > 0);
      box?.scrollIntoView();
      return box !== undefined;
    });
    if (!shown) continue;
    await expect
      .poll(() => island.evaluate((el) => el.hasAttribute('ssr')), {
        timeout: 30_000,
        message: `${path}: ${await island.getAttribute('component-url')} never hydrated`,
      })
      .toBe(false);
  }
}

describe('no merge, note or window destroys saved work', () => {
  it('a merge import from a device with a broken SWOT keeps the good SWOT here', async () => {
    const a = await b.page({ acceptDownloads: true });
    await a.page.goto(site('me/'));
    await a.page.evaluate(
      (key) =>
        localStorage.setItem(key, JSON.stringify({ v: 1, t: Date.now() + 60_000, d: { analyses: 'x' } })),
      SWOT,
    );
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: '导出为文件' }).click(),
    ]);
    const file = {
      name: 'records.json',
      mimeType: 'application/json',
      buffer: readFileSync((await download.path())!),
    };
    await a.context.close();

    const { page, context } = await b.page();
    await page.goto(site('units/swot/'));
    const goal = page.getByRole('textbox', { name: '目标', exact: true });
    await live(goal);
    await goal.fill('把一次解决率提到 85%');
    await expect.poll(() => stored(page, SWOT)).toContain('85%');
    await page.goto(site('me/'));
    await importFile(page, file);
    await page.getByRole('button', { name: '合并到本机记录' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '合并' }).count()).toBeGreaterThan(0);
    expect(await stored(page, SWOT)).toContain('85%');
    expect(await stored(page, 'cs-course:backup:ex:swot')).toContain('"analyses":"x"');
    await page.goto(site('units/swot/'));
    await live(goal);
    await expect.poll(() => goal.inputValue()).toBe('把一次解决率提到 85%');
    await context.close();
  });

  it('a note stops at 4,000 characters and name and picks survive the reload', async () => {
    const { page, context } = await b.page();
    await page.goto(site('units/communication/'));
    const name = page.getByLabel(/你的名字或昵称/);
    await live(name);
    await name.fill('王组长');
    for (const word of ['可靠', '冷静', '有耐心', '有条理', '友善'])
      await page.getByRole('checkbox', { name: word }).check();
    const face = page.getByLabel(/最常戴的面具/);
    await face.focus();
    await page.keyboard.insertText('面'.repeat(4001));
    await expect.poll(() => face.inputValue().then((v) => v.length)).toBe(4000);
    await expect.poll(() => stored(page, 'cs-course:ex:johari')).toContain('面'.repeat(4000));
    await page.reload();
    await live(name);
    await expect.poll(() => name.inputValue()).toBe('王组长');
    expect((await face.inputValue()).length).toBe(4000);
    await expect(page.getByRole('checkbox', { name: '友善' }).isChecked()).resolves.toBe(true);

    // A record that is already too long (written by an older page) keeps everything else.
    await page.evaluate(() => {
      const raw = JSON.parse(localStorage.getItem('cs-course:ex:johari')!);
      raw.d.mask.face = '面'.repeat(4001);
      localStorage.setItem('cs-course:ex:johari', JSON.stringify(raw));
    });
    await page.reload();
    await live(name);
    await expect.poll(() => name.inputValue()).toBe('王组长');
    await expect(page.getByRole('region', { name: '学习记录提示' }).textContent()).resolves.toContain(
      '能读取的内容都已保留',
    );
    await context.close();
  });

  it('two windows editing different fields at once keep both edits', async () => {
    const { page, context } = await b.page();
    const other = await context.newPage();
    for (const p of [page, other]) {
      await p.goto(site('units/swot/'));
      await live(p.getByRole('textbox', { name: '目标', exact: true }));
    }
    // Both within the autosave delay.
    await page.getByRole('textbox', { name: '分析名称', exact: true }).fill('窗口一的标题');
    await other.getByRole('textbox', { name: '目标', exact: true }).fill('窗口二的目标');
    await expect
      .poll(async () => {
        const raw = (await stored(page, SWOT)) ?? '';
        return raw.includes('窗口一的标题') && raw.includes('窗口二的目标');
      })
      .toBe(true);
    for (const p of [page, other]) {
      await p.reload();
      await live(p.getByRole('textbox', { name: '目标', exact: true }));
      await expect
        .poll(() => p.getByRole('textbox', { name: '目标', exact: true }).inputValue())
        .toBe('窗口二的目标');
      await expect(p.getByRole('textbox', { name: '分析名称', exact: true }).inputValue()).resolves.toBe(
        '窗口一的标题',
      );
    }
    await context.close();
  });

  it('a field cannot take typing while its island script is held back, and says it is loading', async () => {
    const { page, context } = await b.page();
    let held: Route | undefined;
    const script = /\/_astro\/SwotMatrix\.[^/]*\.js$/;
    await page.route(script, (route) => {
      held = route;
    });
    await page.goto(site('units/swot/'));
    const goal = page.getByRole('textbox', { name: '目标', exact: true });
    await goal.scrollIntoViewIfNeeded();
    await expect.poll(() => held !== undefined).toBe(true);
    const island = page.locator('astro-island', { has: goal });
    await expect(island.getAttribute('aria-busy')).resolves.toBe('true');
    await goal.focus();
    await expect(island.evaluate((el) => getComputedStyle(el, '::before').content)).resolves.toContain(
      '正在加载',
    );
    await page.keyboard.type('早到的字');
    expect(await goal.inputValue()).toBe('');
    await held!.continue();
    await expect.poll(() => island.getAttribute('aria-busy')).toBeNull();
    await goal.fill('加载后的字');
    await expect.poll(() => stored(page, SWOT)).toContain('加载后的字');
    await page.unroute(script);
    await page.reload();
    await live(goal);
    await expect.poll(() => goal.inputValue()).toBe('加载后的字');
    await context.close();
  });

  it('twenty reloads with a corrupt value leave one backup', async () => {
    const { page, context } = await b.page();
    await page.goto(site());
    await page.evaluate(() => localStorage.setItem('cs-course:last', '{"v":1,"t":1,"d":{"unit":'));
    for (let i = 0; i < 20; i++) await page.reload();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('cs-course:backup:last')),
    );
    expect(backups).toEqual(['cs-course:backup:last']);
    await context.close();
  });

  it('the presenter view says so when storage is refused', async () => {
    const { page, context } = await b.page();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
    });
    await page.goto(site('present/learning/'));
    const notice = page.getByRole('alert').filter({ hasText: '只保留在当前这一页' });
    await notice.waitFor();
    await expect(notice.isVisible()).resolves.toBe(true);
    await context.close();
  });
});

function pagePaths(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pagePaths(path);
    return name === 'index.html' ? [relative(dist, dir).replace(/\\/g, '/')] : [];
  });
}

describe('every page served with its CSP as an HTTP header', () => {
  it('runs its islands, theme and search with no violation', { timeout: 300_000 }, async () => {
    const server = await startStaticServer(dist, '/', { cspHeader: true });
    const context = await b.browser.newContext({ locale: 'zh-CN' });
    try {
      await context.addInitScript(() => localStorage.setItem('cs-course:theme', 'dark'));
      const page = await context.newPage();
      const errors = trackErrors(page);
      const paths = pagePaths(dist);
      expect(paths.length).toBeGreaterThan(10);
      for (const path of paths) {
        const response = await page.goto(new URL(path ? `${path}/` : '', server.url).toString());
        expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
        await hydrateAll(page, path);
        // The saved dark theme applies, so the theme script ran under the header.
        expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe('dark');
      }
      await page.goto(server.url);
      await page.getByRole('button', { name: /搜索课程/ }).click();
      await page.getByRole('searchbox').fill('复盘');
      await page.locator('.results a').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
