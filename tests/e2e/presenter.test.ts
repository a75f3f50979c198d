import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, site, useBrowser } from './support/browser';

const b = useBrowser();

/** A 16:9 window, like a projector; slides scale, so any 16:9 size lays out the same. */
const PROJECTOR = { viewport: { width: 1280, height: 720 } };
const DECK = 'present/learning/';
/** How many slides the deck has, as the built page counts them (the split depends on the text). */
let SLIDES = 0;

const hash = (page: Page) => page.evaluate(() => location.hash);
const waitForHash = (page: Page, expected: string) =>
  page.waitForFunction((h) => location.hash === h, expected);

/** Opens the learning unit's deck and waits until its script has read the slides. */
async function openDeck(page: Page, slide = '') {
  await page.goto(site(`${DECK}${slide}`));
  await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
  SLIDES = Number((await page.locator('.deck-position').textContent())?.split('/')[1]);
}

/** The hash of the slide a section starts on (the deck opens `#<section id>` there). */
async function slideOf(page: Page, sectionId: string): Promise<string> {
  await openDeck(page, `#${sectionId}`);
  return hash(page);
}

describe('the presenter view', () => {
  it('opens on a title slide made from the front matter', async () => {
    const { page, errors } = await b.page(PROJECTOR);
    await openDeck(page);
    expect(await hash(page)).toBe('#1');
    await expect(page.getByRole('heading', { name: '学习力', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('管理者必备的能力').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/建议课时 1 小时/).isVisible()).resolves.toBe(true);
    // The objectives come next, on a slide of their own.
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { name: '学习目标' }).isVisible()).resolves.toBe(true);
    // Then the unit's opening question, for the room to think about before the first section.
    const before = page.getByRole('complementary', { name: '开始之前' });
    for (let i = 0; i < 4 && !(await before.isVisible()); i++) await page.keyboard.press('PageDown');
    await expect(before.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: '学习力的本质' }).isVisible()).resolves.toBe(false);
    await page.keyboard.press('Home');
    // Only the title slide shows: the first section waits for the next slide.
    await expect(page.getByRole('heading', { name: '学习力的本质' }).isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('turns slides with the keys a keyboard and a clicker send, and keeps the number in the hash', async () => {
    const { page, errors } = await b.page(PROJECTOR);
    await openDeck(page);
    const steps: [string, string][] = [
      ['ArrowRight', '#2'],
      ['PageDown', '#3'],
      ['Space', '#4'],
      ['ArrowLeft', '#3'],
      ['PageUp', '#2'],
      ['End', `#${SLIDES}`],
      ['Home', '#1'],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      await waitForHash(page, expected);
    }
    await page.keyboard.press('ArrowRight');
    await waitForHash(page, '#2');
    await expect(page.getByRole('heading', { name: '学习目标' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: '学习力', exact: true }).isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('goes on with a long section on numbered continuation slides', async () => {
    const { page } = await b.page(PROJECTOR);
    const start = await slideOf(page, '学习力的本质');
    await expect(page.getByRole('heading', { name: '学习力的本质' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('PageDown');
    await waitForHash(page, `#${Number(start.slice(1)) + 1}`);
    await expect(page.locator('[data-kicker]').textContent()).resolves.toMatch(/^学习力的本质（续 2\/\d+）$/);
    // The heading is not repeated: the kicker says where the slide belongs.
    await expect(page.getByRole('heading', { name: '学习力的本质' }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('opens the same slide after a reload or from a shared link', async () => {
    const { page } = await b.page(PROJECTOR);
    const at = await slideOf(page, '从个人学习到组织学习');
    await page.reload();
    await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
    expect(await hash(page)).toBe(at);
    await expect(page.getByRole('heading', { name: '从个人学习到组织学习' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.deck-position').textContent()).resolves.toBe(`${at.slice(1)} / ${SLIDES}`);

    const shared = await page.context().newPage();
    await shared.goto(site(`${DECK}${at}`));
    await expect(shared.getByRole('heading', { name: '从个人学习到组织学习' }).isVisible()).resolves.toBe(
      true,
    );
    await page.context().close();
  });

  it('blanks the screen with B or the full stop and brings it back', async () => {
    const { page } = await b.page(PROJECTOR);
    await openDeck(page, '#2');
    const blank = page.locator('[data-blank]');
    await expect(blank.isVisible()).resolves.toBe(false);
    await page.keyboard.press('b');
    await expect(blank.isVisible()).resolves.toBe(true);
    await page.keyboard.press('b');
    await expect(blank.isVisible()).resolves.toBe(false);
    await page.keyboard.press('.');
    await expect(blank.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(blank.isVisible()).resolves.toBe(false);
    expect(await hash(page)).toBe('#2');
    await page.context().close();
  });

  it('brings the screen back on the same slide when the clicker is pressed behind a black screen', async () => {
    const { page } = await b.page(PROJECTOR);
    await openDeck(page, '#3');
    await page.mouse.move(640, 700);
    await page.keyboard.press('b');
    const blank = page.locator('[data-blank]');
    await expect(blank.isVisible()).resolves.toBe(true);
    // Fully black: nothing, not even the on-screen controls under the pointer, shows above it.
    for (const [x, y] of [
      [640, 360],
      [640, 700],
      [10, 710],
    ] as const) {
      await expect(
        page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.matches('[data-blank]'), [x, y]),
      ).resolves.toBe(true);
    }
    await page.keyboard.press('PageDown');
    await expect(blank.isVisible()).resolves.toBe(false);
    expect(await hash(page)).toBe('#3');
    await page.keyboard.press('PageDown');
    await waitForHash(page, '#4');
    await page.context().close();
  });

  it('moves through the overview with the arrow keys and opens a slide with Enter', async () => {
    const { page } = await b.page(PROJECTOR);
    await openDeck(page, '#2');
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: '幻灯片总览' });
    await expect(overview.isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    const columns = await page
      .locator('[data-go]')
      .evaluateAll(
        (buttons) =>
          buttons.filter((b) => b.getBoundingClientRect().top === buttons[0]!.getBoundingClientRect().top)
            .length,
      );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForHash(page, `#${3 + columns}`);
    await expect(overview.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('jumps to any slide from the overview', async () => {
    const { page } = await b.page(PROJECTOR);
    await openDeck(page, '#2');
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: '幻灯片总览' });
    await expect(overview.isVisible()).resolves.toBe(true);
    const target = overview.getByRole('button', { name: /^\d+\s*黄金圈思维$/ });
    const number = await target.locator('.thumb-number').textContent();
    await target.click();
    await waitForHash(page, `#${number}`);
    await expect(overview.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: '黄金圈思维' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('shows the keys with ? and closes with Esc', async () => {
    const { page } = await b.page(PROJECTOR);
    await openDeck(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '键盘与翻页笔' });
    await expect(help.isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await hash(page)).toBe('#1');
    await page.keyboard.press('Escape');
    await expect(help.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('works with the on-screen controls alone', async () => {
    const { page } = await b.page(PROJECTOR);
    await openDeck(page);
    await page.mouse.move(20, 20);
    await page.getByRole('button', { name: '下一张' }).click();
    await waitForHash(page, '#2');
    await page.getByRole('button', { name: '上一张' }).click();
    await waitForHash(page, '#1');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await expect(page.getByRole('button', { name: /演讲者视图/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '返回阅读页面' }).getAttribute('href')).resolves.toBe(
      '/units/learning/',
    );
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /演讲者视图/ }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '打印讲义' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('fades the controls out when idle and brings them back for the mouse or the keyboard', async () => {
    const { page } = await b.page(PROJECTOR);
    await page.clock.install();
    await openDeck(page, '#2');
    const deck = page.locator('slide-deck');
    const controls = page.getByRole('navigation', { name: '幻灯片控制' });
    const usable = () => controls.evaluate((el) => getComputedStyle(el).pointerEvents !== 'none');
    await expect(usable()).resolves.toBe(true);
    await page.clock.runFor(5000);
    await expect(deck.getAttribute('data-idle')).resolves.toBe('');
    await expect(usable()).resolves.toBe(false);
    await page.mouse.move(100, 100);
    await expect(deck.getAttribute('data-idle')).resolves.toBeNull();
    await page.clock.runFor(5000);
    await expect(usable()).resolves.toBe(false);
    // Tabbing into the bar shows it and keeps it while focus is there.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.closest('[data-controls]') !== null),
    ).resolves.toBe(true);
    await page.clock.runFor(5000);
    await expect(usable()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await waitForHash(page, '#1');
    await page.context().close();
  });

  it('turns slides with a swipe on a touch screen', async () => {
    const { page } = await b.page({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    await openDeck(page, '#2');
    const swipe = (fromX: number, toX: number) =>
      page.evaluate(
        ([a, z]) => {
          const stage = document.querySelector('[data-stage]')!;
          const touch = (x: number) => new Touch({ identifier: 1, target: stage, clientX: x, clientY: 300 });
          stage.dispatchEvent(
            new TouchEvent('touchstart', {
              touches: [touch(a!)],
              changedTouches: [touch(a!)],
              bubbles: true,
            }),
          );
          stage.dispatchEvent(
            new TouchEvent('touchend', { touches: [], changedTouches: [touch(z!)], bubbles: true }),
          );
        },
        [fromX, toX],
      );
    await swipe(800, 300);
    await waitForHash(page, '#3');
    await swipe(300, 800);
    await waitForHash(page, '#2');
    await page.context().close();
  });

  it('prints a handout of every slide, two to a page with room for notes', async () => {
    const { page } = await b.page(PROJECTOR);
    await openDeck(page, '#2');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.mouse.move(20, 20);
    await page.getByRole('button', { name: '打印讲义' }).click();
    await expect(page.locator('.handout-item').count()).resolves.toBe(SLIDES);
    await expect(
      page.locator('.handout-item').first().locator('.handout-lines span').count(),
    ).resolves.toBeGreaterThan(3);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-stage]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('the speaker window', () => {
  it('opens with S, follows the audience window and drives it', async () => {
    const { page, context, errors } = await b.page(PROJECTOR);
    const at = Number((await slideOf(page, '学习力的本质')).slice(1));
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.waitForLoadState();
    expect(speaker.url()).toContain('/present/learning/speaker/');

    const position = speaker.locator('[data-position]');
    await expect.poll(() => position.textContent()).toBe(`第 ${at} 张，共 ${SLIDES} 张`);
    await expect.poll(() => speaker.locator('[data-link-status]').textContent()).toContain('已连接');
    await expect(speaker.locator('[data-current-title]').textContent()).resolves.toBe('学习力的本质');
    await expect(speaker.locator('[data-next-title]').textContent()).resolves.toMatch(
      /^学习力的本质（续 2\/\d+）$/,
    );
    // The notes of the section, which the slides and the reading page never show, and the
    // section's prose, which the wall leaves to the speaker.
    const notes = speaker.getByRole('region', { name: '讲稿备注' });
    await expect(notes.textContent()).resolves.toContain('规划即学习');
    await expect(
      notes.getByRole('heading', { name: '讲述内容（投影上没有的正文）' }).isVisible(),
    ).resolves.toBe(true);

    // The audience moves: the speaker follows, and the section's notes are not repeated.
    await page.keyboard.press('ArrowRight');
    await waitForHash(page, `#${at + 1}`);
    await expect.poll(() => position.textContent()).toBe(`第 ${at + 1} 张，共 ${SLIDES} 张`);
    await expect(notes.textContent()).resolves.not.toContain('规划即学习');
    await expect(notes.textContent()).resolves.toContain(`本节的备注在第 ${at} 张`);

    // The speaker moves: the audience follows.
    await speaker.getByRole('button', { name: '下一张' }).click();
    await waitForHash(page, `#${at + 2}`);
    await speaker.keyboard.press('PageDown');
    await waitForHash(page, `#${at + 3}`);
    await speaker.getByRole('button', { name: '上一张' }).click();
    await waitForHash(page, `#${at + 2}`);

    // Black screen from the speaker window.
    await speaker.getByRole('button', { name: '黑屏' }).click();
    await expect.poll(() => page.locator('[data-blank]').isVisible()).toBe(true);
    await speaker.getByRole('button', { name: '黑屏' }).click();
    await expect.poll(() => page.locator('[data-blank]').isVisible()).toBe(false);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps time against the unit minutes', async () => {
    const { page, context } = await b.page(PROJECTOR);
    await openDeck(page);
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.waitForLoadState();
    await expect(speaker.getByText('剩余（共 60 分钟）').isVisible()).resolves.toBe(true);
    await expect.poll(() => speaker.locator('[data-remaining]').textContent()).toMatch(/^(1:00:00|59:5\d)$/);
    await expect.poll(() => speaker.locator('[data-elapsed]').textContent()).toMatch(/^0:0\d$/);
    await context.close();
  });

  it('leaves the other window working when either is closed', async () => {
    const { page, context } = await b.page(PROJECTOR);
    await openDeck(page, '#2');
    let popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    let speaker = await popup;
    await speaker.waitForLoadState();
    await expect
      .poll(() => speaker.locator('[data-position]').textContent())
      .toBe(`第 2 张，共 ${SLIDES} 张`);

    // Speaker closed: the deck goes on, and a new speaker window picks up where it is.
    await speaker.close();
    await page.keyboard.press('ArrowRight');
    await waitForHash(page, '#3');
    popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    speaker = await popup;
    await speaker.waitForLoadState();
    await expect
      .poll(() => speaker.locator('[data-position]').textContent())
      .toBe(`第 3 张，共 ${SLIDES} 张`);

    // Deck closed: the speaker window still pages through its notes and says the deck is gone.
    await page.close();
    await expect.poll(() => speaker.locator('[data-link-status]').textContent()).toContain('投影窗口已关闭');
    await speaker.getByRole('button', { name: '下一张' }).click();
    await expect
      .poll(() => speaker.locator('[data-position]').textContent())
      .toBe(`第 4 张，共 ${SLIDES} 张`);
    await context.close();
  });
});

describe('notes stay with the trainer', () => {
  it('never reach the reading page', async () => {
    const { page } = await b.page();
    await page.goto(site('units/learning/'));
    const html = await page.content();
    expect(html).not.toContain('规划即学习');
    expect(html).not.toContain('请一两位学员回答');
    await expect(page.locator('[data-notes]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('never reach the search index, which holds no presenter page either', async () => {
    const { page } = await b.page();
    await page.goto(site());
    // A string, so the test runner leaves the browser's own dynamic import alone.
    const base = new URL(site()).pathname;
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${base}' });
      const urls = async (q) => {
        const search = await pagefind.search(q);
        return Promise.all(search.results.map(async (r) => (await r.data()).url));
      };
      return {
        notes: await urls('"规划即学习"'),
        otherNotes: await urls('"请一两位学员回答"'),
        body: await urls('"规划负责人"'),
        title: await urls('学习力'),
      };
    })()`)) as Record<'notes' | 'otherNotes' | 'body' | 'title', string[]>;
    expect(found.notes).toEqual([]);
    expect(found.otherNotes).toEqual([]);
    // The same search does find text of the unit itself, so the empty results mean something.
    expect(found.body.some((u) => u.includes('/units/learning/'))).toBe(true);
    expect(found.title.length).toBeGreaterThan(0);
    expect(found.title.filter((u) => u.includes('/present/'))).toEqual([]);
    await page.context().close();
  });

  it('marks the presenter pages as not for search engines', async () => {
    const { page } = await b.page();
    for (const path of [DECK, `${DECK}speaker/`]) {
      await page.goto(site(path));
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
      await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(0);
    }
    await page.context().close();
  });
});

describe('accessibility of the presenter pages', () => {
  it.each(['light', 'dark'] as const)(
    'axe finds nothing on the deck, its overview and menu, and the speaker window (%s)',
    async (colorScheme) => {
      const { page, context } = await b.page({ ...PROJECTOR, colorScheme });
      await openDeck(page, '#2');
      await expectNoAxeViolations(page);
      await page.keyboard.press('o');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: '幻灯片总览' }).isVisible()).resolves.toBe(false);
      // The controls fade out while the presenter leaves the mouse alone; moving it brings them back.
      await page.mouse.move(20, 20);
      await page.getByRole('button', { name: '打开菜单' }).click();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await openDeck(page, `#${SLIDES}`);
      await expectNoAxeViolations(page);
      // An exercise's slide, and its live exercise opened as a demo.
      await openDeck(page, '#exercise-golden-circle');
      const exerciseAt = (await hash(page)).slice(1);
      await page.mouse.move(30, 30);
      await expectNoAxeViolations(page);
      await page.mouse.move(5, 5);
      await page.getByRole('button', { name: '在投影上演示（不保存）' }).click();
      await page.locator('dialog[open] astro-island:not([ssr])').first().waitFor({ state: 'attached' });
      // The deck behind the demo is inert (and its controls fade): judge the demo itself.
      await expectNoAxeViolations(page, 'dialog[open]');
      await page.keyboard.press('Escape');

      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await popup;
      await speaker.waitForLoadState();
      await expect
        .poll(() => speaker.locator('[data-position]').textContent())
        .toBe(`第 ${exerciseAt} 张，共 ${SLIDES} 张`);
      await expectNoAxeViolations(speaker);
      await context.close();
    },
  );
});
