import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, site, useBrowser } from './support/browser';
import swotV1 from '../fixtures/v1/swot.json';

const b = useBrowser();
const GOLDEN = '#exercise-golden-circle';
const SWOT = '#exercise-swot';
const XSS = '<img src=x onerror=alert(1)>';

/** Opens a unit, scrolls the exercise into view and waits until its island has hydrated. */
async function openExercise(page: Page, unit: string, selector: string): Promise<Locator> {
  await page.goto(site(`units/${unit}/`));
  const box = page.locator(selector);
  await box.scrollIntoViewIfNeeded();
  await box.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await box.getByRole('button', { name: /^新建/ }).waitFor();
  return box;
}

/** The line of 我的学习 that lists an exercise, by its title. */
async function myLearningState(page: Page, title: string): Promise<string> {
  await page.goto(site('me/'));
  const line = page.locator('li', { has: page.getByRole('link', { name: title, exact: true }) });
  // The list wakes when the learner scrolls to it.
  await line.scrollIntoViewIfNeeded();
  await line.locator('[data-state="saved"]').waitFor();
  return (await line.textContent()) ?? '';
}

/** Adds an item to a quadrant and types its text. */
async function addItem(box: Locator, quadrant: string, text: string) {
  await box.getByRole('button', { name: `＋ 新增一条${quadrant}` }).click();
  await box.page().keyboard.type(text);
}

describe('the golden-circle builder', () => {
  it('keeps two named circles across a reload, with learner text shown literally', async () => {
    const { page, errors } = await b.page({ viewport: { width: 1280, height: 900 } });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    let box = await openExercise(page, 'learning', GOLDEN);
    await box.getByRole('textbox', { name: /^What/ }).fill('质检表新增「告知时限」一项');
    await box.getByRole('textbox', { name: /^How/ }).fill('先一起听好录音，再讲规则');
    await box.getByRole('textbox', { name: /^Why/ }).fill(`让客户打一次电话就安心 ${XSS}`);
    await box.getByRole('button', { name: '新建黄金圈' }).click();
    const name = box.getByRole('textbox', { name: '黄金圈名称' });
    await name.fill('团队宣言');
    await box.getByRole('textbox', { name: /^Why/ }).fill('让每位来电的客户挂电话时更安心');

    await page.reload();
    box = await openExercise(page, 'learning', GOLDEN);
    const select = box.getByRole('combobox', { name: /^当前黄金圈/ });
    await expect(select.locator('option').allTextContents()).resolves.toEqual(['我的黄金圈', '团队宣言']);
    await expect(box.getByRole('textbox', { name: /^Why/ }).inputValue()).resolves.toBe(
      '让每位来电的客户挂电话时更安心',
    );
    await select.selectOption({ label: '我的黄金圈' });
    await expect(box.getByRole('textbox', { name: /^What/ }).inputValue()).resolves.toBe(
      '质检表新增「告知时限」一项',
    );
    await expect(box.getByRole('textbox', { name: /^How/ }).inputValue()).resolves.toBe(
      '先一起听好录音，再讲规则',
    );
    await expect(box.getByRole('textbox', { name: /^Why/ }).inputValue()).resolves.toContain(XSS);
    await expect(box.getByRole('region', { name: '圆环里的完整文字' }).textContent()).resolves.toContain(XSS);
    await expect(box.getByRole('region', { name: /激励人心/ }).textContent()).resolves.toContain(
      '我们为什么做这件事：让客户打一次电话就安心',
    );
    await expect(box.locator('img').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
    await expect(myLearningState(page, '黄金圈')).resolves.toContain('已保存');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('passes axe on the learning unit with the builder hydrated and filled, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await b.page({ colorScheme });
      const box = await openExercise(page, 'learning', GOLDEN);
      await box.getByRole('button', { name: '载入示例黄金圈' }).click();
      await box.getByRole('button', { name: '新建黄金圈' }).click();
      await box.getByRole('textbox', { name: /^Why/ }).fill('满意度达到 95%');
      await box.getByRole('button', { name: '删除当前黄金圈' }).click();
      await box.getByRole('button', { name: '撤销' }).waitFor();
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });
});

describe('the SWOT matrix', () => {
  it('keeps items, strategies and the analysis details across a reload', async () => {
    const { page, errors } = await b.page({ viewport: { width: 1280, height: 900 } });
    let box = await openExercise(page, 'swot', SWOT);
    await box.getByRole('textbox', { name: '分析名称' }).fill('我的竞聘准备');
    await box.getByRole('radio', { name: '团队' }).check();
    await box.getByLabel('日期').fill('2026-03-15');
    await box.getByRole('textbox', { name: '目标' }).fill('明年 3 月前具备竞聘值班主管的条件');
    await addItem(box, '优势', '处理升级投诉成功率高');
    await addItem(box, '优势', XSS);
    await addItem(box, '劣势', '不会做话务预测');
    await addItem(box, '机会', '公司招募智能排班试点组');
    await addItem(box, '威胁', '暑期话务量上涨三成');
    await box.getByRole('button', { name: '上移 S2' }).click();

    await box.getByRole('button', { name: '＋ 添加 WO 扭转型对策' }).click();
    const wo = box.getByRole('region', { name: 'WO 扭转型' });
    await wo
      .getByRole('combobox', { name: '内部因素（劣势 W）' })
      .selectOption({ label: 'W1 · 不会做话务预测' });
    await wo
      .getByRole('combobox', { name: '外部因素（机会 O）' })
      .selectOption({ label: 'O1 · 公司招募智能排班试点组' });
    await wo.getByRole('textbox', { name: '对策行动' }).fill('本周申请试点，9 月底前独立排出一个月的班');

    await page.reload();
    box = await openExercise(page, 'swot', SWOT);
    await expect(box.getByRole('textbox', { name: '分析名称' }).inputValue()).resolves.toBe('我的竞聘准备');
    await expect(box.getByRole('radio', { name: '团队' }).isChecked()).resolves.toBe(true);
    await expect(box.getByLabel('日期').inputValue()).resolves.toBe('2026-03-15');
    await expect(box.getByRole('textbox', { name: '目标' }).inputValue()).resolves.toBe(
      '明年 3 月前具备竞聘值班主管的条件',
    );
    await expect(box.getByRole('textbox', { name: '优势 S1' }).inputValue()).resolves.toBe(XSS);
    await expect(box.getByRole('textbox', { name: '优势 S2' }).inputValue()).resolves.toBe(
      '处理升级投诉成功率高',
    );
    await expect(box.getByRole('textbox', { name: '劣势 W1' }).inputValue()).resolves.toBe('不会做话务预测');
    await expect(box.getByRole('textbox', { name: '机会 O1' }).inputValue()).resolves.toBe(
      '公司招募智能排班试点组',
    );
    await expect(box.getByRole('textbox', { name: '威胁 T1' }).inputValue()).resolves.toBe(
      '暑期话务量上涨三成',
    );
    const cell = box.getByRole('region', { name: 'WO 扭转型' });
    await expect(cell.getByText('W1/O1', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(cell.getByRole('textbox', { name: '对策行动' }).inputValue()).resolves.toBe(
      '本周申请试点，9 月底前独立排出一个月的班',
    );
    const unused = box.getByRole('region', { name: '还没有对策用到的条目' });
    await expect(unused.locator('li').allTextContents()).resolves.toEqual([
      `S1 ${XSS}`,
      'S2 处理升级投诉成功率高',
      'T1 暑期话务量上涨三成',
    ]);
    await expect(box.locator('img').count()).resolves.toBe(0);
    await expect(myLearningState(page, 'SWOT 自我扫描')).resolves.toContain('已保存');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens analyses saved by the earlier version of the site (stored form v1) with nothing lost', async () => {
    const { page, errors } = await b.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(site('units/swot/'));
    await page.evaluate((raw) => localStorage.setItem('cs-course:ex:swot', raw), JSON.stringify(swotV1));
    const box = await openExercise(page, 'swot', SWOT);
    const select = box.getByRole('combobox', { name: /^当前分析/ });
    await expect(select.locator('option').allTextContents()).resolves.toEqual([
      '我的竞聘准备',
      '示例：在线客服组长的个人 SWOT（示例）',
    ]);
    await select.selectOption({ label: '我的竞聘准备' });
    await expect(box.getByLabel('日期').inputValue()).resolves.toBe('2026-03-15');
    const cell = box.getByRole('region', { name: 'WO 扭转型' });
    await expect(cell.getByRole('textbox', { name: '对策行动' }).inputValue()).resolves.toBe(
      '本周申请试点，9 月底前独立排出一个月的班',
    );
    // Upgraded quietly: no storage notice (a corrupt or unreadable record would show one).
    await expect(page.locator('[data-notices] > *').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints the analysis alone on one A4 page', async () => {
    const { page } = await b.page();
    const box = await openExercise(page, 'swot', SWOT);
    await box.getByRole('button', { name: '载入示例分析' }).click();
    await page.evaluate(() => {
      window.print = () => {};
    });
    await box.getByRole('button', { name: '打印（A4 一页）' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
    await expect(box.getByRole('button', { name: '导出 Markdown' }).isVisible()).resolves.toBe(false);
    await expect(box.locator('.sheet').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.context().close();
  });

  it('passes axe on the swot unit with the matrix hydrated and filled, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await b.page({ colorScheme });
      const box = await openExercise(page, 'swot', SWOT);
      await box.getByRole('button', { name: '载入示例分析' }).click();
      await addItem(box, '机会', '希望明年能加人');
      await box.getByRole('button', { name: '删除 S1' }).click();
      await box.getByRole('button', { name: '撤销' }).waitFor();
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });
});
