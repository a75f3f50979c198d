import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, site, useBrowser } from './support/browser';

const b = useBrowser();

/** Scrolls to an exercise and waits until its island has hydrated. */
async function openExercise(page: Page, path: string, id: string) {
  await page.goto(site(path));
  const box = page.locator(`#exercise-${id}`);
  await box.scrollIntoViewIfNeeded();
  await box.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  return box;
}

/** Reloads at once: autosave must write what is pending when the page is left. */
async function saveAndReload(page: Page, id: string) {
  await page.reload();
  return openExercise(page, page.url().replace(/^https?:\/\/[^/]+\//, ''), id);
}

describe('goal-setting worksheet (第三讲)', () => {
  it('keeps a filled-in goal, its breakdown and a second sheet after a reload', async () => {
    const { page, errors } = await b.page();
    let ws = await openExercise(page, 'units/goals/', 'goal-worksheet');
    await ws.getByLabel('目标陈述（一句话）').fill('12 月 31 日前，热线一组一次解决率从 70% 提到 76%');
    await ws.getByLabel('目标内容').fill('热线一组的一次解决率');
    await ws.getByLabel('目标值（到多少算达成）').fill('76%');
    await ws.getByLabel('完成期限（验收日期）').fill('2026-12-31');
    await ws.getByRole('button', { name: '添加子目标' }).click();
    await ws.getByLabel('子目标 1', { exact: true }).fill('新人不低于 72%');
    await ws.getByLabel('子目标 1 负责人').fill('阿珍');
    await ws.getByRole('button', { name: '为子目标 1 添加行动' }).click();
    await ws.getByLabel('行动 1.1', { exact: true }).fill('每周抽听 5 通录音');
    await ws.getByLabel('行动 1.1 日期').fill('2026-11-15');
    await expect(ws.getByText('没有责任人：', { exact: false }).isVisible()).resolves.toBe(true);
    await ws.getByLabel('责任人').fill('组长老陈');
    await ws.getByLabel('工作表名称').fill('一次解决率');
    await ws.getByRole('button', { name: '新建' }).click();
    await ws.getByLabel('目标内容').fill('第二份目标');

    ws = await saveAndReload(page, 'goal-worksheet');
    const select = ws.getByLabel(/当前工作表/);
    await expect(select.locator('option').allTextContents()).resolves.toEqual(['一次解决率', '我的目标']);
    await expect(ws.getByLabel('目标内容').inputValue()).resolves.toBe('第二份目标');
    await select.selectOption({ label: '一次解决率' });
    await expect(ws.getByLabel('目标陈述（一句话）').inputValue()).resolves.toBe(
      '12 月 31 日前，热线一组一次解决率从 70% 提到 76%',
    );
    await expect(ws.getByLabel('完成期限（验收日期）').inputValue()).resolves.toBe('2026-12-31');
    await expect(ws.getByLabel('子目标 1 负责人').inputValue()).resolves.toBe('阿珍');
    await expect(ws.getByLabel('行动 1.1', { exact: true }).inputValue()).resolves.toBe('每周抽听 5 通录音');
    await expect(ws.getByLabel('行动 1.1 日期').inputValue()).resolves.toBe('2026-11-15');
    await expect(ws.locator('li.check', { hasText: '落到人' }).textContent()).resolves.toContain('已满足');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints the sheet alone, as text, without the site around it or the buttons', async () => {
    const { page } = await b.page();
    const ws = await openExercise(page, 'units/goals/', 'goal-worksheet');
    await ws.getByRole('button', { name: '载入示例' }).click();
    await page.evaluate(() => {
      document.documentElement.classList.add('print-one');
      document.querySelector('#exercise-goal-worksheet article.sheet')!.setAttribute('data-print-target', '');
    });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
    await expect(ws.getByRole('button', { name: '载入示例' }).isVisible()).resolves.toBe(false);
    await expect(ws.getByRole('button', { name: /添加子目标/ }).isVisible()).resolves.toBe(false);
    await expect(ws.getByLabel('目标内容').isVisible()).resolves.toBe(false);
    await expect(
      ws.locator('.print-value', { hasText: '在线售后一组投诉工单的 48 小时结案率' }).isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'passes axe with the worksheet hydrated and the example loaded (%s)',
    async (colorScheme) => {
      const { page, errors } = await b.page({ colorScheme });
      const ws = await openExercise(page, 'units/goals/', 'goal-worksheet');
      await ws.getByRole('button', { name: '载入示例' }).click();
      await ws.getByText(/这是一份示例工作表/).waitFor();
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe('复盘 worksheet (第四讲)', () => {
  it('keeps every step after a reload, and exports the document it produces', async () => {
    const { page, errors } = await b.page({ acceptDownloads: true });
    let ws = await openExercise(page, 'units/review/', 'review-worksheet');
    await ws.getByLabel('复盘的是哪项工作').fill('春节值班复盘 <b>不加粗</b>');
    await ws.getByLabel('目标与口径').fill('春节期间首次响应不超过 30 秒');
    await ws.getByRole('button', { name: '添加指标' }).click();
    await ws.getByLabel('指标名称（1）').fill('首次响应');
    await ws.getByLabel('单位（1）').fill('秒');
    await ws.getByLabel('目标值（1）').fill('30');
    await ws.getByLabel('怎样算好（1）').selectOption('lower');
    await ws.getByRole('button', { name: '下一步：叙述过程' }).click();
    await ws.getByRole('button', { name: '添加事件' }).click();
    await ws.getByLabel('发生了什么（只摆事实）（1）').fill('除夕夜进线翻倍');
    await ws.getByRole('button', { name: '下一步：评估结果' }).click();
    await ws.getByLabel('首次响应 实际（秒）').fill('27');
    await expect(ws.getByText('达成：优于目标 3 秒，为目标的 90%').isVisible()).resolves.toBe(true);

    ws = await saveAndReload(page, 'review-worksheet');
    await expect(ws.getByRole('heading', { level: 4, name: '第 3 步　评估结果' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(ws.getByLabel('首次响应 实际（秒）').inputValue()).resolves.toBe('27');
    const nav = ws.getByRole('navigation', { name: '复盘六步' });
    await expect(nav.getByRole('button', { name: /回顾目标/ }).textContent()).resolves.toContain('已完成');
    await nav.getByRole('button', { name: /叙述过程/ }).click();
    await expect(ws.getByLabel('发生了什么（只摆事实）（1）').inputValue()).resolves.toBe('除夕夜进线翻倍');
    await nav.getByRole('button', { name: /形成文档/ }).click();
    const preview = ws.locator('.review-doc');
    await expect(preview.textContent()).resolves.toContain('春节值班复盘 <b>不加粗</b>');
    await expect(preview.locator('b').count()).resolves.toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ws.getByRole('button', { name: '导出 Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('复盘文档-我的复盘.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('| 首次响应 | ≤ 30 秒 | 27 秒 | 优于目标 3 秒 | 90% | 达成 |');
    expect(markdown).toContain('春节值班复盘 &lt;b>不加粗&lt;/b>');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'passes axe on every step of the worked example (%s)',
    async (colorScheme) => {
      const { page, errors } = await b.page({ colorScheme });
      const ws = await openExercise(page, 'units/review/', 'review-worksheet');
      await ws.getByRole('button', { name: '载入示例' }).click();
      await ws.getByText(/这是一份示例工作表/).waitFor();
      await expectNoAxeViolations(page);
      const nav = ws.getByRole('navigation', { name: '复盘六步' });
      for (const step of ['评估结果', '形成文档']) {
        await nav.getByRole('button', { name: new RegExp(step) }).click();
        await ws.getByRole('heading', { level: 4, name: new RegExp(step) }).waitFor();
        await expectNoAxeViolations(page);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('passes axe on a 360 px phone at the document step, where the results table scrolls', async () => {
    const { page, errors } = await b.page({ viewport: { width: 360, height: 800 } });
    const ws = await openExercise(page, 'units/review/', 'review-worksheet');
    await ws.getByRole('button', { name: '载入示例' }).click();
    await ws
      .getByRole('navigation', { name: '复盘六步' })
      .getByRole('button', { name: /形成文档/ })
      .click();
    await ws.getByRole('region', { name: '结果与目标对照' }).waitFor();
    await expectNoAxeViolations(page);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
