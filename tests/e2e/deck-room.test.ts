import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { site, useBrowser } from './support/browser';

const b = useBrowser();
const PROJECTOR = { viewport: { width: 1280, height: 720 } };
const UNITS = readdirSync(new URL('../../dist/present/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const ASSESSMENTS = readdirSync(new URL('../../content/assessments/', import.meta.url)).map(
  (f) =>
    JSON.parse(readFileSync(new URL(`../../content/assessments/${f}`, import.meta.url), 'utf8')) as {
      unit: string;
      title: string;
      items: { text: string; explanation?: string }[];
    },
);

const hash = (page: Page) => page.evaluate(() => location.hash);
const slideNumber = async (page: Page) => Number((await hash(page)).slice(1));

/** Opens a unit's deck at the slide holding element `id` (an exercise: `exercise-<id>`). */
async function openAt(page: Page, unit: string, id = '') {
  await page.goto(site(`present/${unit}/${id ? `#${id}` : ''}`));
  await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
}

/** Opens the live exercise of the current slide as a demo and waits for it to wake. */
async function openDemo(page: Page) {
  await page.mouse.move(5, 5);
  await page.getByRole('button', { name: '在投影上演示（不保存）' }).click();
  const dialog = page.getByRole('dialog', { name: /^演示：/ });
  await dialog.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  return dialog;
}

/** Everything the site keeps in this browser, as a plain object. */
const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

describe('exercises on the wall', () => {
  it("draws each slide's QR codes as it shows, and every code in the overview and the handout", async () => {
    for (const copies of ['overview', 'handout'] as const) {
      const { page, errors } = await b.page(PROJECTOR);
      await openAt(page, 'communication');
      const content = page.locator('[data-slide-content]');
      const cards = await content.locator('[data-exercise-card]').count();
      expect(cards).toBeGreaterThan(2);
      // The title slide's code (join the unit on a phone) is drawn; no exercise's yet.
      await content
        .getByRole('img', { name: /第五讲/ })
        .first()
        .waitFor();
      await expect(content.locator('[data-exercise-card] [data-qr] svg').count()).resolves.toBe(0);
      if (copies === 'overview') {
        // The overview's thumbnails carry every exercise's code.
        await page.keyboard.press('o');
        const overview = page.getByRole('dialog', { name: '幻灯片总览' });
        await expect
          .poll(() => overview.locator('[data-exercise-card] [data-qr] svg').count())
          .toBeGreaterThanOrEqual(cards);
      } else {
        // So does the printed handout, of slides never shown too.
        await page.evaluate(() => {
          window.print = () => undefined;
          window.dispatchEvent(new Event('beforeprint'));
        });
        await expect
          .poll(() => page.locator('.handout [data-exercise-card] [data-qr] svg').count())
          .toBeGreaterThanOrEqual(cards);
        await expect(page.locator('.handout .unit-qr svg').count()).resolves.toBe(1);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('shows the task, its time and a QR code that opens the exercise on a phone', async () => {
    const { page, errors } = await b.page(PROJECTOR);
    await openAt(page, 'communication', 'exercise-johari');
    const card = page.locator('[data-slide] [data-exercise-card="johari"]');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.locator('[data-card-kind]').textContent()).resolves.toMatch(/约 6 分钟.*我的沟通视窗/);
    await expect(card.getByRole('img', { name: '打开「沟通视窗」的二维码' }).isVisible()).resolves.toBe(true);
    const link = await card.locator('[data-qr-link]').textContent();
    expect(link).toBe(`${new URL(site('units/communication/')).host}/units/communication/#exercise-johari`);
    // The room's results go here once the class collects them.
    await expect(card.locator('[data-room-results="johari"]').count()).resolves.toBe(1);
    // The live exercise is not projected until the trainer asks for a demo.
    await expect(page.locator('[data-slide] input[type=range]:visible').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('projects the knowledge check one question a slide, each with a place for the room', async () => {
    const { page } = await b.page(PROJECTOR);
    await openAt(page, 'learning');
    await page.keyboard.press('End');
    const last = page.locator('[data-slide] .check-slide:visible');
    await expect(last.locator('h2').textContent()).resolves.toMatch(/^知识检测（(\d)\/\1）$/);
    await expect(last.locator('.check-options li').count()).resolves.toBeGreaterThan(1);
    await expect(last.locator('[data-room-results="check-learning"]').count()).resolves.toBe(1);
    await page.keyboard.press('PageUp');
    await expect(page.locator('[data-slide] .check-slide:visible').count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('the clicker always drives the deck', () => {
  it('turns the slide after a slider was moved in a demo, and the demo writes nothing', async () => {
    const { page } = await b.page(PROJECTOR);
    await page.goto(site('units/communication/'));
    await page.evaluate(() => localStorage.setItem('cs-course:probe', 'kept'));
    await openAt(page, 'communication', 'exercise-johari');
    const before = await stored(page);
    const at = await slideNumber(page);
    const demo = await openDemo(page);
    await expect(demo.getByText('演示模式：这里填写的内容不会保存').isVisible()).resolves.toBe(true);
    const slider = demo.getByRole('slider').first();
    const was = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).not.toBe(was);
    // Whatever waits to be saved is written now, as when the page is left.
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideNumber(page)).toBe(at + 1);
    await expect(demo.isVisible()).resolves.toBe(false);
    expect(await stored(page)).toEqual(before);
    await page.reload();
    await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
    expect(await stored(page)).toEqual(before);
    await page.context().close();
  });

  it('turns the slide after a self-test item was answered in a demo', async () => {
    const { page } = await b.page(PROJECTOR);
    await openAt(page, 'communication', 'exercise-listening-test');
    const at = await slideNumber(page);
    const demo = await openDemo(page);
    await demo.getByRole('radio').first().check();
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideNumber(page)).toBe(at + 1);
    await page.context().close();
  });

  it('keeps Space and the arrows for a text field while typing; Esc gives the keys back', async () => {
    const { page } = await b.page(PROJECTOR);
    await openAt(page, 'communication', 'exercise-feedback-builder');
    const at = await slideNumber(page);
    const demo = await openDemo(page);
    const field = demo.getByRole('textbox').first();
    const fresh = await field.inputValue();
    await field.fill('');
    await page.keyboard.type('先 说');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await expect(field.inputValue()).resolves.toBe('先  说');
    expect(await slideNumber(page)).toBe(at);
    await page.keyboard.press('Escape');
    await expect(demo.isVisible()).resolves.toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideNumber(page)).toBe(at + 1);
    // Back on the exercise, the demo starts afresh: leaving it wiped what was typed.
    await page.keyboard.press('ArrowLeft');
    const again = await openDemo(page);
    await expect.poll(() => again.getByRole('textbox').first().inputValue()).toBe(fresh);
    await page.context().close();
  });
});

describe('from the agenda to the deck', () => {
  it('opens a later part of a unit where it starts, with the speaker clock at its minutes', async () => {
    const { page, context } = await b.page(PROJECTOR);
    await page.goto(site('agenda/'));
    const row = page.locator('tr', { hasText: '（2/2）' }).first();
    const minutes = Number((await row.locator('td').nth(2).textContent())?.match(/\d+/)?.[0]);
    await row.getByRole('link', { name: /^投影授课/ }).click();
    await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
    const total = Number((await page.locator('.deck-position').textContent())?.split('/')[1]);
    const at = await slideNumber(page);
    expect(at).toBeGreaterThan(2);
    expect(at).toBeLessThan(total);
    // A part starts with a section, not in the middle of one.
    await expect(page.locator('[data-kicker]').isVisible()).resolves.toBe(false);
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.waitForLoadState();
    await expect.poll(() => speaker.getByText(`剩余（共 ${minutes} 分钟）`).isVisible()).toBe(true);
    await context.close();
  });
});

describe('the handout', () => {
  it.each(UNITS)('of %s prints two slides a page, with no placeholders or buttons', async (unit) => {
    const { page } = await b.page(PROJECTOR);
    await openAt(page, unit);
    const total = Number((await page.locator('.deck-position').textContent())?.split('/')[1]);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.mouse.move(5, 5);
    await page.getByRole('button', { name: '打印讲义' }).click();
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('.handout').innerText();
    for (const placeholder of ['正在读取', '加载中', '演示', '在投影上', '结束演示'])
      expect(text).not.toContain(placeholder);
    await expect(page.locator('.handout button:visible').count()).resolves.toBe(0);
    const pages = async () =>
      (await page.pdf({ format: 'A4', preferCSSPageSize: true }))
        .toString('latin1')
        .match(/\/Type\s*\/Page(?!s)/g)?.length;
    const all = await pages();
    // The unit's self-tests and quiz follow as paper forms: every item, no key, no explanation.
    const forms = ASSESSMENTS.filter((a) => a.unit === unit);
    for (const a of forms) {
      expect(text).toContain(`附：${a.title}（纸上作答）`);
      for (const item of a.items) expect(text).toContain(item.text);
      for (const item of a.items) if (item.explanation) expect(text).not.toContain(item.explanation);
    }
    if (!forms.length) {
      expect(all).toBe(Math.ceil(total / 2));
    } else {
      // The slides still fill two a page; the forms start on a page of their own.
      // Printing again rebuilds the handout; drop its slides after that, leaving the forms.
      await page.evaluate(() =>
        addEventListener('beforeprint', () =>
          document.querySelectorAll('.handout-item').forEach((el) => el.remove()),
        ),
      );
      expect(all).toBe(Math.ceil(total / 2) + (await pages())!);
    }
    await page.context().close();
  });
});

describe('the presenter page', () => {
  it('does not move once shown (no layout shift)', async () => {
    const { page } = await b.page(PROJECTOR);
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        // As CLS counts them: a change right after a key press is the presenter's doing.
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const at of ['', '#3', '#exercise-johari']) {
      await openAt(page, 'communication', at.replace('#', ''));
      await page.keyboard.press('PageDown');
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    }
    await page.context().close();
  });
});
