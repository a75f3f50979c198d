import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, site, useBrowser } from './support/browser';

const b = useBrowser();
const EVIL = '<img src=x onerror=alert(1)>';

/** Scrolls to an exercise and waits until its island has hydrated. */
async function openExercise(page: Page, id: string): Promise<Locator> {
  const box = page.locator(`#exercise-${id}`);
  await box.scrollIntoViewIfNeeded();
  await page.locator(`#exercise-${id} astro-island:not([ssr])`).first().waitFor();
  return box;
}

/** Reads the Markdown file the export button offers. */
async function exportMarkdown(page: Page, box: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    box.getByRole('button', { name: '导出 Markdown' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

describe('coaching-feedback builder (第五讲)', () => {
  it('fills a BID with the advanced steps, reloads and finds everything', async () => {
    const { page, errors } = await b.page();
    await page.goto(site('units/communication/'));
    let box = await openExercise(page, 'feedback-builder');
    await box.getByRole('radio', { name: /建设性反馈（BID）/ }).check();
    await box.getByRole('radio', { name: /进阶步骤/ }).check();
    await box.getByLabel('反馈对象').fill('阿梅');
    await box.getByLabel('说明谈话目的').fill('想和你一起找个更省力的办法');
    await box.getByLabel('时间与情境').fill('周二上午');
    await box.getByLabel('具体行为').fill(`你总是拖拉 ${EVIL}`);
    await box.getByLabel('带来的影响').fill('高峰时全组接通率低了两个百分点');
    await box.getByLabel('共同探讨的问题').fill('你觉得时间主要花在哪儿了？');
    await box.getByLabel('约定的改进做法').fill('通话中先用模板记下要点');
    await box.getByLabel('支持与跟进').fill('下周五下午一起看报表');

    const speech = box.getByRole('region', { name: '你要说的话' });
    await expect(speech.textContent()).resolves.toContain('阿梅，想和你一起找个更省力的办法。');
    const behaviour = box.getByLabel('具体行为');
    await expect(behaviour.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(box.getByText(/「拖拉」是对人的评价/).count()).resolves.toBeGreaterThan(0);

    await page.reload();
    box = await openExercise(page, 'feedback-builder');
    await expect(box.getByRole('radio', { name: /建设性反馈（BID）/ }).isChecked()).resolves.toBe(true);
    await expect(box.getByRole('radio', { name: /进阶步骤/ }).isChecked()).resolves.toBe(true);
    await expect(box.getByLabel('反馈对象').inputValue()).resolves.toBe('阿梅');
    await expect(box.getByLabel('具体行为').inputValue()).resolves.toBe(`你总是拖拉 ${EVIL}`);
    await expect(box.getByLabel('支持与跟进').inputValue()).resolves.toBe('下周五下午一起看报表');
    await expect(box.getByRole('region', { name: '你要说的话' }).textContent()).resolves.toContain(EVIL);
    await expect(box.locator('img').count()).resolves.toBe(0);

    const file = await exportMarkdown(page, box);
    expect(file.name).toBe('反馈稿-我的反馈稿.md');
    expect(file.text).toContain('- 类型：进阶建设性反馈（五步）');
    expect(file.text).not.toContain('<img');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the example as a separate sheet and prints only the sheet', async () => {
    const { page, errors } = await b.page();
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await page.goto(site('units/communication/'));
    const box = await openExercise(page, 'feedback-builder');
    await box.getByLabel('具体行为').fill('我自己的草稿');
    await box.getByRole('button', { name: '载入示例' }).click();
    await expect(
      box.getByRole('heading', { level: 3 }).filter({ hasText: '示例：' }).first().textContent(),
    ).resolves.toContain('示例');
    await expect(
      box
        .getByLabel(/当前工作表/)
        .locator('option')
        .allTextContents(),
    ).resolves.toEqual(['我的反馈稿', '示例：阿杰及时上报优惠券异常（正向反馈）（示例）']);

    await box.getByRole('button', { name: '打印（A4）' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
    await expect(box.getByRole('radio', { name: /正向反馈/ }).isVisible()).resolves.toBe(false);
    await expect(box.locator('.print-only').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('GROW planner (第六讲)', () => {
  it('fills a plan, reloads and finds everything, then exports it', async () => {
    const { page, errors } = await b.page();
    await page.goto(site('units/coaching/'));
    let box = await openExercise(page, 'grow-planner');
    await box.getByLabel('面谈对象').fill('小周');
    await box.getByLabel('绩效话题').fill('一次解决率从 82% 降到 71%');
    await box.getByLabel('面谈时间与地点').fill('周二 15:00 小会议室');
    await box.getByRole('checkbox', { name: '我们怎么知道目标达成了？看哪个数字？' }).check();
    const reality = box.getByRole('region', { name: /现状分析/ });
    await reality.getByRole('button', { name: /自己写一个问题/ }).click();
    await reality.getByLabel('现状分析问题 1').fill('拿不准的时候，你一般去哪里查？');
    await box.getByLabel('我能提供的支持与跟进').fill('下周一 15 分钟回顾');

    await page.reload();
    box = await openExercise(page, 'grow-planner');
    await expect(box.getByLabel('面谈对象').inputValue()).resolves.toBe('小周');
    await expect(box.getByLabel('绩效话题').inputValue()).resolves.toBe('一次解决率从 82% 降到 71%');
    await expect(
      box.getByRole('checkbox', { name: '我们怎么知道目标达成了？看哪个数字？' }).isChecked(),
    ).resolves.toBe(true);
    await expect(box.getByLabel('现状分析问题 1').inputValue()).resolves.toBe(
      '拿不准的时候，你一般去哪里查？',
    );
    await expect(box.getByLabel('我能提供的支持与跟进').inputValue()).resolves.toBe('下周一 15 分钟回顾');

    const file = await exportMarkdown(page, box);
    expect(file.name).toBe('GROW面谈计划-我的面谈计划.md');
    expect(file.text).toContain('- 面谈对象：小周');
    expect(file.text).toMatch(/## 2\. 现状分析（澄清真相）[\s\S]*1\. 拿不准的时候，你一般去哪里查？/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('「一线经理的一天」 sorter (导入篇)', () => {
  it('sorts by keyboard and pointer, reloads and finds the sorting and the reflection', async () => {
    const { page, errors } = await b.page();
    await page.goto(site('units/intro/'));
    let box = await openExercise(page, 'day-sorter');
    const groups = box.getByRole('group');
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(10);
    // The first task by keyboard: focus its first option, choose it, move to the next with an arrow key.
    await groups.nth(0).getByRole('radio', { name: '管业务' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(groups.nth(0).getByRole('radio', { name: '带团队' }).isChecked()).resolves.toBe(true);
    for (let i = 1; i < count; i++)
      await groups
        .nth(i)
        .getByRole('radio', { name: i % 2 ? '管业务' : '修自己' })
        .click();
    const result = box.getByRole('region', { name: '这一天的重心' });
    await expect(result.textContent()).resolves.toContain('时间最多的是');

    await page.reload();
    box = await openExercise(page, 'day-sorter');
    await expect(
      box.getByRole('group').nth(0).getByRole('radio', { name: '带团队' }).isChecked(),
    ).resolves.toBe(true);
    await expect(
      box
        .getByRole('group')
        .nth(count - 1)
        .getByRole('radio', { name: count % 2 ? '修自己' : '管业务' })
        .isChecked(),
    ).resolves.toBe(true);
    await expect(box.getByText(`${count} 件全部归类完成`).isVisible()).resolves.toBe(true);
    await expect(box.getByRole('region', { name: '这一天的重心' }).textContent()).resolves.toMatch(
      /带团队：\d+%/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility with the islands hydrated', () => {
  it.each([
    ['units/intro/', 'day-sorter'],
    ['units/communication/', 'feedback-builder'],
    ['units/coaching/', 'grow-planner'],
  ])('axe finds nothing on /%s', async (path, id) => {
    const { page } = await b.page();
    await page.goto(site(path));
    const box = await openExercise(page, id);
    await expectNoAxeViolations(page);
    // Again in the states with the most on screen: the example and the self-check, or the reference.
    if (id === 'day-sorter') {
      await box.getByRole('group').first().getByRole('radio').first().check();
      await box.getByRole('button', { name: '对照讲师参考' }).click();
    } else {
      await box.getByRole('button', { name: '载入示例' }).click();
      if (id === 'feedback-builder') await box.getByLabel('具体行为').fill('你总是不认真');
    }
    await expectNoAxeViolations(page, `#exercise-${id}`);
    await page.context().close();
  });

  it('axe finds nothing in the dark theme', async () => {
    const { page } = await b.page({ colorScheme: 'dark' });
    await page.goto(site('units/communication/'));
    const box = await openExercise(page, 'feedback-builder');
    await box.getByLabel('具体行为').fill('你总是不认真');
    await expectNoAxeViolations(page, '#exercise-feedback-builder');
    await page.context().close();
  });
});
