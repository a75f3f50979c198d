import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, site, useBrowser, importFile } from './support/browser';

const b = useBrowser();

describe('learner progress', () => {
  it('shows a read unit on 我的学习 and offers to continue from the home page', async () => {
    const { page, errors } = await b.page();
    await page.goto(site('units/goals/'));
    const heading = page.locator('.prose h2').nth(2);
    await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const sectionTitle = (await heading.textContent())!.trim();
    await page.waitForFunction(() => localStorage.getItem('cs-course:last')?.includes('"section"'));
    await page.reload();
    await page.goto(site());
    const resume = page.locator('[data-continue]');
    await resume.waitFor();
    await expect(resume.textContent()).resolves.toContain('目标与过程管理');
    await expect(resume.textContent()).resolves.toContain(sectionTitle);
    await resume.getByRole('link', { name: '继续学习' }).click();
    await page.waitForURL(/\/units\/goals\/#/);
    await page.goto(site('me/'));
    await expect(page.locator('#main [data-unit-status="goals"]').textContent()).resolves.toBe('学习中');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks a unit complete with undo, counted in its dimension', async () => {
    const { page } = await b.page();
    await page.goto(site('units/swot/'));
    await page.getByRole('button', { name: '标记本讲为已完成' }).click();
    await expect(page.getByRole('button', { name: /本讲已完成/ }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.goto(site());
    await expect(page.locator('#main [data-unit-status="swot"]').first().textContent()).resolves.toContain(
      '已完成',
    );
    await expect(page.locator('[data-dimension-status="管理自我"]').textContent()).resolves.toBe(
      '已完成 1/2',
    );
    await page.goto(site('units/swot/'));
    await page.getByRole('button', { name: /撤销完成标记/ }).click();
    await page.goto(site());
    await expect(page.locator('[data-dimension-status="管理自我"]').textContent()).resolves.toBe(
      '已完成 0/2',
    );
    await page.context().close();
  });

  it('keeps a corrupt stored value as a backup and tells the learner', async () => {
    const { page } = await b.page();
    await page.goto(site('units/intro/'));
    await page.evaluate(() =>
      localStorage.setItem('cs-course:unit:intro', '{"v":1,"t":1,"d":{"firstVisit":42'),
    );
    await page.reload();
    const notice = page.getByRole('region', { name: '学习记录提示' });
    await expect(notice.textContent()).resolves.toContain('已损坏');
    await expect(page.evaluate(() => localStorage.getItem('cs-course:backup:unit:intro'))).resolves.toBe(
      '{"v":1,"t":1,"d":{"firstVisit":42',
    );
    await page.context().close();
  });

  it('works in memory and says so when the browser refuses to store', async () => {
    const { page, errors } = await b.page();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(site('units/learning/'));
    const notice = page.getByRole('alert').filter({ hasText: '只保留在当前这一页' });
    await notice.waitFor();
    await expect(notice.getByRole('button', { name: '立即导出学习记录' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '标记本讲为已完成' }).click();
    await expect(page.getByRole('button', { name: /本讲已完成/ }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports, clears and imports everything back', async () => {
    const { page, context } = await b.page({ acceptDownloads: true });
    await page.goto(site('units/review/'));
    await page.getByRole('button', { name: '标记本讲为已完成' }).click();
    await page.goto(site('me/'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出为文件' }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('cs-course-progress');
    expect(Object.keys(exported.entries)).toContain('cs-course:unit:review');

    await page.getByRole('button', { name: '清除本机记录…' }).click();
    await page.getByRole('button', { name: '确定清除' }).click();
    await expect(page.locator('#main [data-unit-status="review"]').textContent()).resolves.toBe('');
    await page.reload();
    await importFile(page, file);
    await expect(page.getByRole('group', { name: '确认导入' }).textContent()).resolves.toContain(
      '1 个单元的学习进度',
    );
    await page.getByRole('button', { name: '用文件替换本机记录' }).click();
    await expect(page.locator('#main [data-unit-status="review"]').textContent()).resolves.toContain(
      '已完成',
    );
    await page.reload();
    await expect(page.locator('#main [data-unit-status="review"]').textContent()).resolves.toContain(
      '已完成',
    );
    await page.getByRole('heading', { name: '导入学习记录' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '撤销这次导入' }).click();
    await expect.poll(() => page.locator('#main [data-unit-status="review"]').textContent()).toBe('');
    await context.close();
  });

  it('rejects a file that is not an export and changes nothing', async () => {
    const { page } = await b.page();
    await page.goto(site('units/coaching/'));
    await page.goto(site('me/'));
    await importFile(page, {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":1}'),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('不是本课程导出的学习记录');
    await expect(page.locator('#main [data-unit-status="coaching"]').textContent()).resolves.toBe('学习中');
    await page.context().close();
  });

  it('keeps two pages of one browser in step', async () => {
    const { page, context } = await b.page();
    const other = await context.newPage();
    await page.goto(site('units/intro/'));
    await other.goto(site());
    await page.getByRole('button', { name: '标记本讲为已完成' }).click();
    await other.locator('#main [data-unit-status="intro"][data-status="completed"]').first().waitFor();
    await context.close();
  });

  it('passes axe on 我的学习', async () => {
    const { page } = await b.page();
    await page.goto(site('me/'));
    await page.locator('.exercises').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
