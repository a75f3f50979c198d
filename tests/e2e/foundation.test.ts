import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, site, subSite, useBrowser } from './support/browser';

const b = useBrowser();

describe('reading the course', () => {
  it('goes from the home page to the first unit and on to the next', async () => {
    const { page, errors } = await b.page();
    await page.goto(site());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('客服一线经理');
    await page.getByRole('link', { name: /从导入篇开始/ }).click();
    await page.waitForURL(/\/units\/intro\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
    await expect(page.getByRole('heading', { name: '学习目标' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: /下一讲/ }).click();
    await page.waitForURL(/\/units\/learning\/$/);
    expect(await page.locator('h1').textContent()).toContain('学习力');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never shows speaker notes to a reader', async () => {
    const { page } = await b.page();
    await page.goto(site('units/learning/'));
    await expect(page.locator('[data-notes], .speaker-notes').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('remembers the dark theme chosen with the toggle', async () => {
    const { page } = await b.page({ colorScheme: 'light' });
    await page.goto(site());
    await page.getByRole('button', { name: '切换到深色模式' }).click();
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset.resolvedTheme)).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: '切换到浅色模式' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('follows a dark system theme when the learner has not chosen', async () => {
    const { page } = await b.page({ colorScheme: 'dark' });
    await page.goto(site());
    await expect(page.evaluate(() => document.documentElement.dataset.resolvedTheme)).resolves.toBe('dark');
    await page.context().close();
  });
});

describe('search', () => {
  it.each([
    ['复盘', '/units/review/'],
    ['黄金圈', '/units/learning/'],
    ['沟通视窗', '/units/communication/'],
  ])('finds %s in the right unit, opened with the keyboard', async (query, path) => {
    const { page, errors } = await b.page();
    await page.goto(site());
    const before = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('pagefind')),
    );
    expect(before, 'pagefind must not load before search opens').toBe(false);
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: '搜索课程内容' });
    await input.fill(query);
    const first = page.locator('.results > li').first().locator('a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toContain(path);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens with Ctrl+K and links a result to the section it found', async () => {
    const { page } = await b.page();
    await page.goto(site('agenda/'));
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('SWOT');
    await page.locator('.results a').first().waitFor();
    const hrefs = await page
      .locator('.results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.includes('/units/swot/#'))).toBe(true);
    await page.context().close();
  });

  it('passes axe with the search dialog open', async () => {
    const { page } = await b.page();
    await page.goto(site());
    await page.getByRole('button', { name: /搜索课程/ }).click();
    await page.getByRole('searchbox').fill('倾听');
    await page.locator('.results a').first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('accessibility', () => {
  // accessibility.test.ts runs axe over every built page in both themes.

  it('opens and closes the phone menu with the keyboard only', async () => {
    const { page } = await b.page({ viewport: { width: 360, height: 740 } });
    await page.goto(site('units/swot/'));
    const menu = page.getByRole('button', { name: '打开课程目录' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: '课程目录' });
    await expect(nav.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('课程首页');
    await page.keyboard.press('Escape');
    await expect(nav.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe(
      'course-nav',
    );
    await page.context().close();
  });

  it('starts with a skip link to the main content', async () => {
    const { page } = await b.page();
    await page.goto(site('units/intro/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
    await page.context().close();
  });
});

describe('hosting under a sub-path', () => {
  it('has no broken internal link or asset on any page, and fetches nothing from elsewhere', async () => {
    const { page, errors } = await b.page();
    const base = new URL(subSite());
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== base.origin) foreign.push(r.url());
    });
    const seen = new Set<string>();
    const queue = [subSite()];
    const broken: string[] = [];
    const checked = new Set<string>();
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await page.goto(url);
      if (!response || response.status() >= 400) {
        broken.push(`${url} → ${response?.status()}`);
        continue;
      }
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll('[href], [src]')].map(
          (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
        ),
      );
      for (const ref of refs) {
        if (!ref || ref.startsWith('#') || ref.startsWith('data:') || ref.startsWith('mailto:')) continue;
        const target = new URL(ref, url);
        target.hash = '';
        if (target.origin !== base.origin) {
          broken.push(`${url} links outside the site: ${ref}`);
          continue;
        }
        if (!target.pathname.startsWith(base.pathname)) {
          broken.push(`${url} escapes the sub-path: ${ref}`);
          continue;
        }
        const key = target.toString();
        if (target.pathname.endsWith('/')) {
          if (!seen.has(key)) queue.push(key);
        } else if (!checked.has(key)) {
          checked.add(key);
          const res = await page.request.get(key);
          if (res.status() >= 400) broken.push(`${url} → ${ref} → ${res.status()}`);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(4);
    expect(broken).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches under the sub-path', async () => {
    const { page, errors } = await b.page();
    await page.goto(subSite());
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill('复盘');
    const first = page.locator('.results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/x\/y\/units\/review\//);
    await first.click();
    await page.waitForURL(/\/x\/y\/units\/review\//);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
