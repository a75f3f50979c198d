import goalsCheck from '../../content/checks/goals.json';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, site, useBrowser } from './support/browser';

const b = useBrowser();

interface Question {
  id: string;
  prompt: string;
  options: string[];
  answer: number;
  objective: number;
}
const intro = JSON.parse(
  readFileSync(new URL('../../content/checks/intro.json', import.meta.url), 'utf8'),
) as { questions: Question[] };

/** The knowledge check on the intro unit, once hydrated (its option order is then this attempt's). */
async function openCheck(page: Page) {
  await page.goto(site('units/intro/'));
  const box = page.locator('#knowledge-check');
  await box.scrollIntoViewIfNeeded();
  await box.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  return box;
}

/** The options of the first question, in the order shown. */
const shownOrder = (page: Page) =>
  page.locator('#knowledge-check fieldset').first().locator('label span:not(.tag)').allTextContents();

describe('the knowledge check', () => {
  it('shuffles the options on every attempt, scores by option, and feeds 我的学习 per 课程目标', async () => {
    const { page, errors } = await b.page({ viewport: { width: 1366, height: 900 } });
    const box = await openCheck(page);
    const orders = new Set<string>();
    for (let attempt = 0; attempt < 6; attempt++) {
      orders.add((await shownOrder(page)).join('|'));
      for (const q of intro.questions)
        await box
          .getByRole('group', { name: new RegExp(q.prompt.slice(0, 12)) })
          .getByRole('radio', { name: q.options[q.answer]!, exact: true })
          .check();
      await box.getByRole('button', { name: '提交答案' }).click();
      await box.getByText(`得分：${intro.questions.length} / ${intro.questions.length}`).waitFor();
      if (attempt === 0) await expectNoAxeViolations(page, '#knowledge-check');
      await box.getByRole('button', { name: '再做一次' }).click();
      if (orders.size > 1 && attempt >= 1) break;
    }
    // 24 orders of four options: the same order every time would mean no shuffle at all.
    expect(orders.size).toBeGreaterThan(1);

    await page.goto(site('me/'));
    const goal = page.locator('[data-objective-mastery] li').first();
    await expect
      .poll(() => goal.textContent())
      .toMatch(new RegExp(`已掌握 · ${intro.questions.length} / ${intro.questions.length} 题答对`));
    await expect(page.locator('[data-objective-mastery] li').nth(1).textContent()).resolves.toContain(
      '未作答',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('the printable 学习记录', () => {
  it('lists units, goals and tests, and prints without controls or site chrome', async () => {
    const { page, errors } = await b.page({ viewport: { width: 1366, height: 900 } });
    const box = await openCheck(page);
    for (const q of intro.questions)
      await box
        .getByRole('group', { name: new RegExp(q.prompt.slice(0, 12)) })
        .getByRole('radio', { name: q.options[(q.answer + 1) % q.options.length]!, exact: true })
        .check();
    await box.getByRole('button', { name: '提交答案' }).click();
    await box.getByText(`得分：0 / ${intro.questions.length}`).waitFor();

    await page.goto(site('me/'));
    await page.getByRole('link', { name: '打印学习记录' }).click();
    await page.getByRole('heading', { name: '学习记录', level: 1 }).waitFor();
    const record = page.locator('[data-learning-record]');
    await expect
      .poll(() =>
        record
          .getByRole('row', { name: /知识检测/ })
          .first()
          .textContent(),
      )
      .toMatch(/导入篇.*1.*0 \/ \d+/);
    await expect(record.locator('[data-objective-mastery] li').first().textContent()).resolves.toContain(
      '待加强',
    );
    await page.getByLabel(/学员姓名/).fill('林晓');
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: '打印或另存为 PDF' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
    await expect(record.getByText('学员：林晓').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('the unit frame', () => {
  it('opens each unit with 开始之前 and closes it with a 回到岗位 task, on the page and on a slide', async () => {
    const { page, errors } = await b.page({ viewport: { width: 1280, height: 720 } });
    await page.goto(site('units/goals/'));
    await expect(page.getByRole('complementary', { name: '开始之前' }).isVisible()).resolves.toBe(true);
    const back = page.getByRole('region', { name: '回到岗位' });
    await expect(back.textContent()).resolves.toMatch(/交付.*期限/);

    await page.goto(site('present/goals/'));
    await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
    // The deck ends with the knowledge check, one question per slide; 回到岗位 comes just before.
    const questions = (goalsCheck as { questions: unknown[] }).questions.length;
    await page.keyboard.press('End');
    for (let i = 0; i < questions; i++) await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { name: '回到岗位' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
