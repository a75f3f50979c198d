// The bench's browser run: Chromium from Debian through playwright-core, the built site
// served from a local static server. Layout shift comes from a PerformanceObserver
// ('layout-shift', as Lighthouse's CLS, without input-driven shifts); render-blocking
// requests from Resource Timing's renderBlockingStatus.
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/support/static-server.ts';

const LAST = JSON.stringify({
  v: 1,
  t: 1,
  d: {
    unit: 'swot',
    section: '认识-swot-分析法',
    sectionTitle: '认识 SWOT 分析法',
    at: '2026-11-30T08:00:00.000Z',
  },
});

/**
 * @param {string} dist
 * @param {{ path: string, label: string, returning?: boolean }[]} pages
 * @param {string} deckUnit the unit whose presenter and speaker windows are timed
 */
export async function browserFigures(dist, pages, deckUnit) {
  const server = await startStaticServer(dist, '/');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const loads = [];
    for (const { path, label, returning } of pages) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 823 } });
      await context.addInitScript(
        ({ last, returning }) => {
          if (returning && location.pathname === '/') localStorage.setItem('cs-course:last', last);
          window.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        },
        { last: LAST, returning: !!returning },
      );
      const page = await context.newPage();
      await page.goto(new URL(path.slice(1), server.url).toString(), { waitUntil: 'networkidle' });
      // Let late scripts (hydration, the continue box) run and any shift be recorded.
      await page.waitForTimeout(500);
      const figures = await page.evaluate(() => ({
        cls: window.__cls,
        blocking: performance
          .getEntriesByType('resource')
          .filter((e) => e.renderBlockingStatus === 'blocking')
          .map((e) => e.name),
      }));
      loads.push({ label, ...figures });
      await context.close();
    }

    // The speaker window follows the projected deck over BroadcastChannel.
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1024, height: 768 } });
    const deck = await context.newPage();
    await deck.goto(new URL(`present/${deckUnit}/`, server.url).toString(), { waitUntil: 'networkidle' });
    const speaker = await context.newPage();
    await speaker.goto(new URL(`present/${deckUnit}/speaker/`, server.url).toString(), {
      waitUntil: 'networkidle',
    });
    await speaker.evaluate(() => {
      window.__changes = [];
      const el = document.querySelector('speaker-view [data-position]');
      new MutationObserver(() => window.__changes.push(performance.timeOrigin + performance.now())).observe(
        el,
        { childList: true, characterData: true, subtree: true },
      );
    });
    await deck.bringToFront();
    const delays = [];
    for (let i = 0; i < 20; i++) {
      const before = await speaker.evaluate(() => window.__changes.length);
      const sent = await deck.evaluate(() => performance.timeOrigin + performance.now());
      await deck.keyboard.press('ArrowRight');
      await speaker.waitForFunction((n) => window.__changes.length > n, before);
      const seen = await speaker.evaluate(() => window.__changes.at(-1));
      delays.push(seen - sent);
    }
    await context.close();
    const sorted = [...delays].sort((a, b) => a - b);
    return {
      loads,
      speaker: { median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1), samples: sorted.length },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * 我的学习 as a learner who retook the self-tests for a year: `count` attempts spread over
 * the assessments in content/assessments, written straight into storage before the page
 * loads. Returns first contentful paint, the longest main-thread task (Long Tasks API) and
 * the element count once the islands have hydrated, beside the same page with no attempts:
 * each the median of five loads, with the five longest tasks themselves.
 * @param {string} dist
 * @param {{ id: string, kind: string, items: { id: string }[], options?: unknown[] }[]} assessments
 * @param {number} count
 */
export async function myLearningAtScale(dist, assessments, count) {
  const server = await startStaticServer(dist, '/');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  /** @type {Record<string, string>} */
  const seed = {};
  const start = Date.UTC(2025, 11, 1, 12);
  assessments.forEach((assessment, a) => {
    const share = Math.round(count / assessments.length);
    const n = a === assessments.length - 1 ? count - share * a : share;
    const attempts = Array.from({ length: n }, (_, i) => ({
      id: `bench-${a}-${i}`,
      at: new Date(start + (i * 365 * 86400000) / n).toISOString(),
      answers: Object.fromEntries(
        assessment.items.map((item, j) => [
          item.id,
          assessment.kind === 'quiz' ? (i + j) % 3 : 1 + ((i + j) % 5),
        ]),
      ),
      score: assessment.kind === 'quiz' ? assessment.items.length - (i % 4) : 40 + (i % 50),
      max: assessment.kind === 'quiz' ? assessment.items.length : 100,
    }));
    seed[`cs-course:attempts:${assessment.id}`] = JSON.stringify({ v: 1, t: Date.now(), d: { attempts } });
  });
  const measure = async (records) => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 823 } });
    await context.addInitScript((records) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        for (const [key, value] of Object.entries(records)) localStorage.setItem(key, value);
        sessionStorage.setItem('bench-seeded', '1');
      }
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    }, records);
    const page = await context.newPage();
    await page.goto(new URL('me/', server.url).toString(), { waitUntil: 'networkidle' });
    // Scroll through the page so every island that hydrates when visible has done so.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }
    });
    await page.waitForLoadState('networkidle');
    const figures = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      longest: window.__longest,
      elements: document.querySelectorAll('*').length,
    }));
    await context.close();
    return figures;
  };
  // Five loads of each, taken in turn: one load's longest task swings by tens of
  // milliseconds on a busy machine, so each figure is the median of its five.
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const summary = (runs) => ({
    fcp: median(runs.map((r) => r.fcp)),
    longest: median(runs.map((r) => r.longest)),
    longestRuns: runs.map((r) => r.longest),
    elements: median(runs.map((r) => r.elements)),
  });
  try {
    const empty = [];
    const full = [];
    for (let i = 0; i < 5; i++) {
      empty.push(await measure({}));
      full.push(await measure(seed));
    }
    return { empty: summary(empty), full: summary(full) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Typing in the SWOT matrix of a learner with `count` factors (spread over the four
 * quadrants, each S and W factor cited by a strategy): the main-thread time of each
 * keystroke in a factor's text (each character typed, as a key or from an input method),
 * from its input event to the end of the work it causes: the text going in, script, style
 * and layout (forced once its updates have run). `frame` is the same keystroke measured to
 * a task queued after it, which often runs after a frame is painted: paint included, and
 * the wait for that frame.
 * @param {string} dist
 * @param {number} count
 */
export async function swotTyping(dist, count) {
  const server = await startStaticServer(dist, '/');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const at = '2026-11-30T08:00:00.000Z';
  const per = Math.ceil(count / 4);
  const items = Object.fromEntries(
    ['S', 'W', 'O', 'T'].map((q) => [
      q,
      Array.from({ length: per }, (_, i) => ({
        id: `${q}${i}`,
        text: `因素 ${q}${i + 1}：团队与流程的一条观察`,
      })),
    ]),
  );
  const strategies = Array.from({ length: per }, (_, i) => ({
    id: `st${i}`,
    kind: i % 2 ? 'WO' : 'SO',
    internal: `${i % 2 ? 'W' : 'S'}${i}`,
    external: `O${i}`,
    action: `对策 ${i + 1}`,
  }));
  const record = JSON.stringify({
    v: 2,
    t: Date.now(),
    d: {
      activeId: 'bench',
      sheets: [
        {
          id: 'bench',
          title: '一年的分析',
          createdAt: at,
          updatedAt: at,
          data: { scope: 'team', date: '2026-11-30', goal: '提升一次解决率', items, strategies },
        },
      ],
    },
  });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await context.addInitScript((record) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem('cs-course:ex:swot', record);
        sessionStorage.setItem('bench-seeded', '1');
      }
      window.__keys = [];
      window.__frames = [];
      // beforeinput comes before the text changes and before any handler, for a key and for
      // text an input method commits alike.
      document.addEventListener(
        'beforeinput',
        (event) => {
          const start = event.timeStamp;
          // The keystroke's own work: the text going in, the island's handler and the updates
          // it flushes (microtasks included), then style and layout, forced at once.
          window.addEventListener(
            'input',
            () =>
              queueMicrotask(() =>
                queueMicrotask(() => {
                  void document.body.offsetHeight;
                  window.__keys.push(performance.now() - start);
                }),
              ),
            { once: true },
          );
          // And to a task queued after it, which may run after the browser renders a frame:
          // paint included, and any wait for that frame.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            void document.body.offsetHeight;
            window.__frames.push(performance.now() - start);
          };
          setTimeout(() => channel.port2.postMessage(0), 0);
        },
        true,
      );
    }, record);
    const page = await context.newPage();
    await page.goto(new URL('units/swot/', server.url).toString(), { waitUntil: 'networkidle' });
    // The island hydrates when visible; then the first strength's text (labelled 优势 S1).
    await page.locator('#exercise-swot').scrollIntoViewIfNeeded();
    const box = page.getByRole('textbox', { name: /(^|\s)S1$/ });
    await box.scrollIntoViewIfNeeded();
    await page.getByRole('textbox', { name: /(^|\s)T50$/ }).waitFor();
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type('，并且在高峰时段排班不足，周一上午的来电量是平日的两倍，午休时段只有三人在线', {
      delay: 30,
    });
    const { keys, frames } = await page.evaluate(() => ({ keys: window.__keys, frames: window.__frames }));
    await context.close();
    const figures = (list) => {
      const sorted = [...list].sort((a, b) => a - b);
      return {
        samples: sorted.length,
        median: sorted[Math.floor(sorted.length / 2)],
        p90: sorted[Math.floor(sorted.length * 0.9)],
        max: sorted.at(-1),
      };
    };
    return { ...figures(keys), frame: figures(frames) };
  } finally {
    await browser.close();
    await server.close();
  }
}
