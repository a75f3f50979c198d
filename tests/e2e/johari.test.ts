import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, site, subSite, useBrowser } from './support/browser';

const b = useBrowser();

/** Scrolls the exercise into view and waits until its island has hydrated. */
async function openExercise(page: Page, url: string) {
  await page.goto(url);
  await page.locator('#exercise-johari').scrollIntoViewIfNeeded();
  await page.locator('#exercise-johari astro-island:not([ssr])').waitFor({ state: 'attached' });
}

async function pick(page: Page, words: string[]) {
  for (const w of words) await page.getByRole('checkbox', { name: w, exact: true }).check();
}

const pane = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}（`) });

describe('the communication window with peer feedback through links', () => {
  it('builds a request link, a peer answers in another browser, and the reply fills the panes', async () => {
    const learner = await b.page();
    await openExercise(learner.page, site('units/communication/'));
    await learner.page.getByLabel(/你的名字或昵称/).fill('王组长');
    await pick(learner.page, ['可靠', '冷静', '有耐心', '有条理', '友善']);
    const requestLink = await learner.page
      .getByRole('textbox', { name: '邀请链接', exact: true })
      .inputValue();
    expect(requestLink.startsWith(`${new URL(site()).origin}/johari/#jwq1.`)).toBe(true);

    // The peer: another browser context, so nothing is shared with the learner.
    const peer = await b.page();
    const requested: string[] = [];
    peer.page.on('request', (r) => requested.push(r.url()));
    await peer.page.goto(requestLink);
    await peer.page.getByRole('heading', { name: '请为「王组长」选词' }).waitFor();
    await pick(peer.page, ['可靠', '冷静', '开朗', '风趣', '乐于助人', '温暖']);
    await peer.page.getByRole('button', { name: '生成回复' }).click();
    const replyLink = await peer.page.getByRole('textbox', { name: '回复链接', exact: true }).inputValue();
    const replyCode = await peer.page.getByRole('textbox', { name: '或者只发回复码' }).inputValue();
    expect(replyLink).toBe(`${new URL(site()).origin}/johari/#${replyCode}`);
    expect(replyCode.length).toBeLessThan(40);
    await expectNoAxeViolations(peer.page);
    const stored = await peer.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => !k.endsWith(':theme')),
    );
    expect(stored, 'the peer page stores nothing').toEqual([]);
    expect(
      requested.filter((u) => u.includes('jwq1') || u.includes('jwa1')),
      'codes never reach the host',
    ).toEqual([]);
    expect(peer.errors).toEqual([]);
    await peer.context.close();

    // Back to the learner: paste the reply link.
    await learner.page
      .getByRole('textbox', { name: /粘贴回复链接或回复码/ })
      .fill(`小李的回复：${replyLink}`);
    await learner.page.getByRole('button', { name: '添加回复' }).click();
    await learner.page.getByText('已收到 1 位同事的回复。').waitFor();
    const open = pane(learner.page, '开放区');
    await expect(open.getByText('可靠', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(open.getByText('冷静', { exact: true }).isVisible()).resolves.toBe(true);
    const blind = pane(learner.page, '盲区');
    for (const w of ['开朗', '风趣', '乐于助人', '温暖'])
      await expect(blind.getByText(w, { exact: true }).isVisible()).resolves.toBe(true);
    const hidden = pane(learner.page, '隐藏区');
    for (const w of ['有耐心', '有条理', '友善'])
      await expect(hidden.getByText(w, { exact: true }).isVisible()).resolves.toBe(true);

    // A mangled code is refused and changes nothing.
    await learner.page.getByRole('textbox', { name: /粘贴回复链接或回复码/ }).fill(replyCode.slice(0, -5));
    await learner.page.getByRole('button', { name: '添加回复' }).click();
    await learner.page.getByText(/回复码不完整或被改动过/).waitFor();
    await expect(learner.page.getByText('已收到 1 位同事的回复。').isVisible()).resolves.toBe(true);

    // Everything is still there after a reload.
    await openExercise(learner.page, site('units/communication/'));
    await pane(learner.page, '盲区').getByText('风趣', { exact: true }).waitFor();
    await expectNoAxeViolations(learner.page);
    expect(learner.errors).toEqual([]);
    await learner.context.close();
  });

  it('adds a reply the learner opens as a link in their own browser', async () => {
    const { page, context, errors } = await b.page();
    await openExercise(page, site('units/communication/'));
    await page.getByLabel(/你的名字或昵称/).fill('小王');
    await pick(page, ['能干', '包容', '大胆', '勇敢', '自信']);
    const requestLink = await page.getByRole('textbox', { name: '邀请链接', exact: true }).inputValue();

    const peer = await context.browser()!.newContext({ locale: 'zh-CN' });
    const peerPage = await peer.newPage();
    await peerPage.goto(requestLink);
    await pick(peerPage, ['能干', '开朗', '风趣', '温暖', '善良']);
    await peerPage.getByRole('button', { name: '生成回复' }).click();
    const replyLink = await peerPage.getByRole('textbox', { name: '回复链接', exact: true }).inputValue();
    await peer.close();

    await page.goto(replyLink);
    await page.getByRole('button', { name: '加入我的沟通视窗' }).click();
    await page.getByRole('status').getByText('已添加。').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: '查看我的沟通视窗' }).click();
    await page.waitForURL(/\/units\/communication\/#exercise-johari$/);
    await page.locator('#exercise-johari astro-island:not([ssr])').waitFor({ state: 'attached' });
    await pane(page, '开放区').getByText('能干', { exact: true }).waitFor();
    await expect(pane(page, '盲区').getByText('风趣', { exact: true }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a broken invitation on the peer page, which passes axe', async () => {
    const { page, context, errors } = await b.page();
    await page.goto(site('johari/#jwq1.AAAA'));
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/邀请链接不完整或被改动过/);
    await page.goto(site('johari/'));
    await page.getByText(/请从对方发给你的完整链接打开它/).waitFor();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('builds share links under the sub-path the site is hosted at', async () => {
    const { page, context, errors } = await b.page({ viewport: { width: 360, height: 740 } });
    await openExercise(page, subSite('units/communication/'));
    await page.getByLabel(/你的名字或昵称/).fill('小王');
    await pick(page, ['能干', '包容', '大胆', '勇敢', '自信']);
    const link = await page.getByRole('textbox', { name: '邀请链接', exact: true }).inputValue();
    const base = new URL(subSite());
    expect(link.startsWith(`${base.origin}${base.pathname}johari/#jwq1.`)).toBe(true);
    await page.goto(link);
    await page.getByRole('heading', { name: '请为「小王」选词' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scrolling on a phone').toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await context.close();
  });
});
