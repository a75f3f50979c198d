import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { site, useBrowser, importFile } from './support/browser';

const b = useBrowser();

/** A year of attempts at the three self-tests and the quiz, as stored records. */
function yearOfAttempts(): Record<string, string> {
  const records: Record<string, string> = {};
  for (const [id, count] of [
    ['listening-test', 400],
    ['conflict-test', 300],
    ['gap-quiz', 300],
  ] as const) {
    const data = JSON.parse(readFileSync(`content/assessments/${id}.json`, 'utf8')) as {
      items: { id: string }[];
    };
    const attempts = Array.from({ length: count }, (_, i) => ({
      id: `${id}-${i}`,
      at: new Date(Date.UTC(2025, 11, 1) + i * 3 * 8.64e6).toISOString(),
      answers: Object.fromEntries(data.items.map((item, k) => [item.id, (i + k) % 2])),
      score: i % 5,
      max: data.items.length,
    }));
    records[`cs-course:attempts:${id}`] = JSON.stringify({ v: 1, t: Date.now(), d: { attempts } });
  }
  return records;
}

describe('我的学习 for a learner who retakes the tests all year', () => {
  it('keeps each exercise title readable on a 360 px phone, with its status on a line of its own', async () => {
    const { page, context, errors } = await b.page({ viewport: { width: 360, height: 740 } });
    await context.addInitScript((records) => {
      if (!sessionStorage.getItem('seeded')) {
        for (const [k, v] of Object.entries(records)) localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    }, yearOfAttempts());
    await page.goto(site('me/'));
    const row = page.locator('.exercises li', { hasText: '服务质量五大差距测验' });
    // The list wakes when the learner scrolls to it.
    await row.scrollIntoViewIfNeeded();
    await row.locator('[data-state="saved"]').waitFor();
    const width = (selector: string) =>
      row.locator(selector).evaluate((el) => el.getBoundingClientRect().width);
    const rowWidth = await row.evaluate((el) => el.clientWidth);
    // The title spans the row; the unit gets at least five characters a line.
    await expect(width('a')).resolves.toBeGreaterThan(rowWidth * 0.5);
    await expect(width('.unit')).resolves.toBeGreaterThan(5 * 13);
    await expect(row.locator('.unit').evaluate((el) => el.getClientRects().length)).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the latest attempts of 1,000 in a page of under 2,000 elements, the rest on 显示全部', async () => {
    const { page, context, errors } = await b.page();
    await context.addInitScript((records) => {
      if (!sessionStorage.getItem('seeded')) {
        for (const [k, v] of Object.entries(records)) localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    }, yearOfAttempts());
    await page.goto(site('me/'));
    const entry = page.locator('[data-overview="listening-test"]');
    await entry.scrollIntoViewIfNeeded();
    const rows = entry.getByRole('table', { name: /历次作答/ }).locator('tbody tr');
    await rows.first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('[data-overview="gap-quiz"] tbody tr').first().waitFor();
    await expect(rows.count()).resolves.toBe(5);
    await expect(page.evaluate(() => document.querySelectorAll('*').length)).resolves.toBeLessThan(2000);
    await entry.getByRole('button', { name: '显示全部 400 次作答' }).click();
    await expect.poll(() => rows.count()).toBe(400);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never renders a false 还没有作答记录 before the records are read', () => {
    const html = readFileSync('dist/me/index.html', 'utf8');
    expect(html).toContain('data-overview="listening-test"');
    expect(html).not.toContain('还没有作答记录');
  });
});

describe('search excerpts', () => {
  /** Every result's title and excerpt, in the order shown. */
  async function results(query: string) {
    const { page, context, errors } = await b.page();
    await page.goto(site());
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: '搜索课程内容' }).fill(query);
    await page.locator('.results .excerpt mark').first().waitFor();
    const shown = await page.locator('.results a.result').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href') ?? '',
        title: a.querySelector('.result-title')?.textContent ?? '',
        excerpt: a.querySelector('.excerpt')?.textContent ?? '',
        marks: [...a.querySelectorAll('.excerpt mark')].map((m) => ({
          text: m.textContent,
          joined: m.nextSibling?.nodeName === 'MARK',
        })),
      })),
    );
    expect(errors).toEqual([]);
    await context.close();
    return shown;
  }

  it.each(['复盘', '倾听', '服务质量差距'])(
    'for %s, starts each excerpt at a sentence, without its heading, one mark per term',
    async (query) => {
      const shown = await results(query);
      expect(shown.length).toBeGreaterThan(3);
      for (const r of shown) {
        // Not mid-phrase after a stray separator; "…" says honestly that the text was cut.
        expect(r.excerpt, r.title).not.toMatch(/^[\s.。，、；：]/);
        // The heading is shown above; the excerpt does not open by repeating it as a block.
        expect(r.excerpt.startsWith(`${r.title}。`) || r.excerpt.startsWith(`${r.title}. `), r.title).toBe(
          false,
        );
        expect(
          r.marks.some((m) => m.joined),
          r.title,
        ).toBe(false);
      }
      if (query !== '服务质量差距')
        expect(shown.some((r) => r.marks.some((m) => m.text === query))).toBe(true);
    },
  );

  it('lists the section that holds the gap model among the first sections for 服务质量差距', async () => {
    const shown = await results('服务质量差距');
    const review = shown.filter((r) => r.href.includes('/units/review/#'));
    expect(review.slice(0, 3).map((r) => r.title)).toContain('用差距模型找原因');
  });
});

describe('on a 360 px phone', () => {
  const phone = { viewport: { width: 360, height: 740 } };

  it.each(['review', 'coaching', 'communication', 'swot', 'goals'])(
    'keeps every table cell of %s at five characters a line or more, the table scrolling in its own box',
    async (unit) => {
      const { page, context, errors } = await b.page(phone);
      await page.goto(site(`units/${unit}/`));
      await page.locator('scroll-tables').waitFor({ state: 'attached' });
      const cells = await page.locator('.prose > table').evaluateAll((tables) =>
        tables.flatMap((t) =>
          [...t.querySelectorAll('th, td')].map((c) => ({
            text: c.textContent ?? '',
            width: c.getBoundingClientRect().width,
            em: parseFloat(getComputedStyle(c).fontSize),
          })),
        ),
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells.filter((c) => c.text.trim().length > 4))
        expect(c.width, c.text).toBeGreaterThanOrEqual(5 * c.em);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
        360,
      );
      await expect
        .poll(() =>
          page
            .locator('.prose table')
            .evaluateAll((ts) => ts.every((t) => t.scrollWidth <= t.clientWidth + 1 || t.tabIndex === 0)),
        )
        .toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('shows the agenda as rows whose length and title never wrap to a sliver', async () => {
    const { page, context } = await b.page(phone);
    await page.goto(site('agenda/'));
    const mins = page.locator('td.mins').first();
    const lines = await mins.evaluate((el) =>
      Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
    );
    expect(lines).toBeLessThanOrEqual(2);
    await expect(mins.evaluate((el) => el.textContent)).resolves.toMatch(/^\d+ 分钟$/);
    const title = page.locator('tbody td a').first();
    const width = await title.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(150);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await context.close();
  });

  it('puts a knowledge-check question inside its card, not across its border', async () => {
    const { page, context } = await b.page(phone);
    await page.goto(site('units/swot/'));
    const fieldset = page.locator('#knowledge-check fieldset').first();
    await fieldset.scrollIntoViewIfNeeded();
    const [box, legend] = await fieldset.evaluate((f) => [
      f.getBoundingClientRect().top,
      f.querySelector('legend')!.getBoundingClientRect().top,
    ]);
    expect(legend!).toBeGreaterThan(box! + 4);
    await context.close();
  });

  it('names the intro once in its header', async () => {
    const { page, context } = await b.page(phone);
    await page.goto(site('units/intro/'));
    const kicker = (await page.locator('.unit-header .kicker').textContent()) ?? '';
    expect(kicker.match(/导入篇/g)).toHaveLength(1);
    await context.close();
  });

  it('opens the menu over the whole screen below the header, even scrolled down', async () => {
    const { page, context } = await b.page(phone);
    await page.goto(site('units/review/'));
    await page.evaluate(() => window.scrollTo(0, 3000));
    await page.getByRole('button', { name: /目录/ }).click();
    const nav = page.locator('#course-nav');
    await nav.waitFor();
    await expect(nav.evaluate((el) => Math.round(el.getBoundingClientRect().bottom))).resolves.toBe(740);
    await context.close();
  });

  it('reports a clear and an import next to the button pressed, with one undo at a time', async () => {
    const { page, context } = await b.page({ ...phone, acceptDownloads: true });
    await page.goto(site('units/review/'));
    await page.getByRole('button', { name: '标记本讲为已完成' }).click();
    await page.goto(site('me/'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出为文件' }).click(),
    ]);
    const file = await download.path();
    await page.getByRole('button', { name: '清除本机记录…' }).click();
    await page.getByRole('button', { name: '确定清除' }).click();
    const inView = async (text: RegExp) => {
      const shown = page.locator('p.message', { hasText: text });
      await shown.waitFor();
      const { top, bottom } = await shown.evaluate((el) => el.getBoundingClientRect());
      return top >= 0 && bottom <= 740;
    };
    await expect(inView(/已清除/)).resolves.toBe(true);
    await importFile(page, file);
    await page.getByRole('button', { name: '用文件替换本机记录' }).click();
    await expect(inView(/已用文件替换/)).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /撤销/ }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('the home page', () => {
  it('makes 继续学习 the one primary action once there is somewhere to continue', async () => {
    const { page, context } = await b.page();
    await page.goto(site());
    const primary = page.locator('.hero .button.primary:visible');
    await expect(primary.allTextContents()).resolves.toEqual([expect.stringContaining('从导入篇开始')]);
    await page.goto(site('units/goals/'));
    await page
      .locator('.prose h2')
      .nth(2)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => localStorage.getItem('cs-course:last')?.includes('"section"'));
    await page.goto(site());
    await page.locator('[data-continue]').waitFor();
    await expect.poll(() => primary.allTextContents()).toEqual(['继续学习']);
    await context.close();
  });

  it.each([1366, 1920])('uses the width at %i px: the dimensions sit two by two', async (width) => {
    const { page, context } = await b.page({ viewport: { width, height: 900 } });
    await page.goto(site());
    const tops = await page
      .locator('.dimension')
      .evaluateAll((all) => all.map((d) => Math.round(d.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(2);
    await context.close();
  });
});
