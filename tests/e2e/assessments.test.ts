import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, site, useBrowser } from './support/browser';

const b = useBrowser();
const LISTENING = '#exercise-listening-test';

/** Answers every item of the listening test with the option at `pick(i)` (0 = 从不 … 4 = 总是). */
async function answerAll(box: Locator, pick: (i: number) => number) {
  const items = box.locator('fieldset:not(.rater)');
  const count = await items.count();
  for (let i = 0; i < count; i++) await items.nth(i).getByRole('radio').nth(pick(i)).check();
  return count;
}

/** Opens the communication unit and waits for the listening test to hydrate (`ready` shows it has). */
async function openListening(page: Page, ready = 'form') {
  await page.goto(site('units/communication/'));
  const box = page.locator(LISTENING);
  await box.scrollIntoViewIfNeeded();
  await box.locator(ready).first().waitFor();
  return box;
}

/** Scrolls the exercise's top into view, below the sticky site header, then runs axe on it. */
async function axeOn(box: Locator, selector: string) {
  await box.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expectNoAxeViolations(box.page(), selector);
}

describe('the listening self-test', () => {
  it('is taken twice, kept across a reload, and shows both attempts and the trend', async () => {
    const { page, errors } = await b.page({ viewport: { width: 1366, height: 900 } });
    let box = await openListening(page);
    await axeOn(box, LISTENING);

    const count = await answerAll(box, () => 1);
    expect(count).toBe(20);
    await box.getByRole('button', { name: '提交并查看结果' }).click();
    await box.getByRole('heading', { name: /你的结果/ }).waitFor();
    await axeOn(box, LISTENING);

    await box.getByRole('button', { name: '再测一次' }).first().click();
    await answerAll(box, (i) => (i % 2 ? 3 : 4));
    await box.getByRole('button', { name: '提交并查看结果' }).click();
    await box.getByRole('heading', { name: /你的结果/ }).waitFor();

    await page.reload();
    box = await openListening(page, '.views');
    await box.getByRole('button', { name: '历史记录（2 次）' }).click();
    const rows = box.getByRole('table', { name: /历次作答/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const trend = box.getByRole('img', { name: /变化趋势：总分/ });
    const description = await trend.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    // Each attempt is named by its date and time (seconds added when two share a minute).
    expect(description).toMatch(
      /\d+年\d+月\d+日 \d\d:\d\d(:\d\d)? \d+，\d+年\d+月\d+日 \d\d:\d\d(:\d\d)? \d+。比第一次提高了 \d+/,
    );
    await expect(trend.locator('circle').count()).resolves.toBe(2);
    await expect(box.getByRole('table', { name: /对比两次作答/ }).isVisible()).resolves.toBe(true);
    await axeOn(box, LISTENING);

    // 我的学习 lists both from its light data and reads the wording when a result is opened.
    await page.goto(site('me/'));
    const entry = page.locator('[data-overview="listening-test"]');
    await entry.scrollIntoViewIfNeeded();
    await expect.poll(() => entry.locator('tbody tr').count()).toBe(2);
    await entry
      .getByRole('button', { name: /^查看 / })
      .first()
      .click();
    await entry.getByRole('heading', { name: /你的结果/ }).waitFor();
    await entry.getByRole('button', { name: '对比两次作答' }).click();
    await expect
      .poll(() => entry.getByRole('table', { name: '逐题对比' }).textContent())
      .toContain('组员来找我谈事时');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows one item per screen on a phone and resumes where the learner stopped', async () => {
    const { page, errors } = await b.page({ viewport: { width: 360, height: 740 } });
    const box = await openListening(page);
    const visible = () =>
      box
        .locator('fieldset:not(.rater)')
        .evaluateAll((all) => all.filter((f) => (f as HTMLElement).offsetParent !== null).length);
    await expect(visible()).resolves.toBe(1);
    // A tap on an answer moves on by itself after a short pause.
    await box.locator('fieldset:not(.rater)').first().getByRole('radio', { name: '经常' }).check();
    await box.getByText('第 2 题，共 20 题').waitFor();
    await box.getByRole('button', { name: '提交并查看结果' }).click();
    await expect(box.getByRole('alert').textContent()).resolves.toContain('还有 19 道题没有作答');
    await axeOn(box, LISTENING);

    await page.reload();
    const again = await openListening(page);
    await again.getByText(/已恢复你上次没做完的作答（已答 1 \/ 20 题）/).waitFor();
    await again.getByText('第 2 题，共 20 题').waitFor();
    await expect(visible()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the five-gap quiz', () => {
  it('explains each answer and passes axe on the question and the result screens', async () => {
    const { page, errors } = await b.page({ colorScheme: 'dark' });
    await page.goto(site('units/review/'));
    const box = page.locator('#exercise-gap-quiz');
    await box.scrollIntoViewIfNeeded();
    await box.locator('form').waitFor();
    const items = box.locator('fieldset');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < count; i++) {
      await items.nth(i).getByRole('radio').first().check();
      await items.nth(i).getByRole('button', { name: '确认答案' }).click();
    }
    // A right answer's explanation waits behind 看解析; a wrong one's shows at once.
    const why = items.first().getByRole('button', { name: '看解析' });
    if (await why.count()) await why.click();
    await expect(items.first().getByText('缩小这个差距的对策').isVisible()).resolves.toBe(true);
    await axeOn(box, '#exercise-gap-quiz');
    await box.getByRole('button', { name: '提交并查看结果' }).click();
    await box.getByRole('heading', { name: /答错的题/ }).waitFor();
    await axeOn(box, '#exercise-gap-quiz');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the conflict-handling self-test', () => {
  it('shows the dominant and the least used modes', async () => {
    const { page, errors } = await b.page();
    await page.goto(site('units/communication/'));
    const box = page.locator('#exercise-conflict-test');
    await box.scrollIntoViewIfNeeded();
    await box.locator('form').waitFor();
    const items = box.locator('fieldset');
    // Always the mode earlier in this list: 竞争 8 times, 合作 6, 妥协 4, 回避 2, 迁就 never.
    const preference = ['competing', 'collaborating', 'compromising', 'avoiding', 'accommodating'];
    const data = JSON.parse(
      readFileSync(new URL('../../content/assessments/conflict-test.json', import.meta.url), 'utf8'),
    ) as { items: { text: string; options: { label: string; dimension: string }[] }[] };
    for (let i = 0; i < (await items.count()); i++) {
      const legend = (await items.nth(i).locator('legend').textContent()) ?? '';
      const item = data.items.find((d) => legend.includes(d.text))!;
      const pick = [...item.options].sort(
        (x, y) => preference.indexOf(x.dimension) - preference.indexOf(y.dimension),
      )[0]!;
      await items.nth(i).getByRole('radio', { name: pick.label }).check();
    }
    await box.getByRole('button', { name: '提交并查看结果' }).click();
    await box.getByRole('heading', { name: '你最常用的模式：竞争' }).waitFor();
    await box.getByRole('heading', { name: '你最少用的模式：迁就' }).waitFor();
    await expect(box.getByText(/不能拿它和别人比高低/).isVisible()).resolves.toBe(true);
    await axeOn(box, '#exercise-conflict-test');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
