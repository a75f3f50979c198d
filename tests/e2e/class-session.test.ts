import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, expectNoAxeViolations, site, trackErrors, useBrowser } from './support/browser';
import { encodeCode, type Activity } from '../../src/lib/class-session';
import { qrModules } from '../../src/lib/qr/svg';

const b = useBrowser();
const PROJECTOR = { viewport: { width: 1024, height: 768 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const UNIT = 'communication';
const checkData = JSON.parse(
  readFileSync(new URL(`../../content/checks/${UNIT}.json`, import.meta.url), 'utf8'),
) as { questions: { options: string[] }[] };

const listeningData = JSON.parse(
  readFileSync(new URL('../../content/assessments/listening-test.json', import.meta.url), 'utf8'),
) as { dimensions: { id: string; label: string }[]; items: { dimension: string; reverse?: boolean }[] };

/** The profile table's row for a dimension when the trainees rated every item `ratings` (1–5). */
function expectedProfileRow(dimension: { id: string; label: string }, ratings: number[]): string {
  const items = listeningData.items.filter((i) => i.dimension === dimension.id);
  // Each trainee's dimension value travels in tenths.
  const values = ratings.map(
    (r) => Math.round((items.reduce((sum, i) => sum + (i.reverse ? 6 - r : r), 0) / items.length) * 10) / 10,
  );
  const mean = values.reduce((a, v) => a + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  const f = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  return `${dimension.label}${f(mean)}${sd.toFixed(1)}${f(Math.min(...values))}—${f(Math.max(...values))}`;
}

/** Waits until the deck has read its slides and the collector island has hydrated (Astro drops `ssr`). */
async function collectorReady(page: Page) {
  await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
  await page.locator('astro-island:not([ssr]) [data-class-start]').first().waitFor({ state: 'attached' });
}

/** Opens the deck, starts collecting and returns the session id shown on the projector. */
async function startSession(page: Page): Promise<{ dialog: Locator; session: string }> {
  await page.goto(site(`present/${UNIT}/`));
  await collectorReady(page);
  await page.getByRole('button', { name: '开始课堂收集' }).click();
  const dialog = page.getByRole('dialog', { name: '课堂收集' });
  const session = (await dialog.locator('[data-session-id]').textContent())!.trim();
  expect(session).toMatch(/^[0-9A-Z]{6}$/);
  return { dialog, session };
}

/** Waits until the island inside `box` has hydrated (Astro drops `ssr`), so a click is not a plain form submit. */
const hydrated = (box: Locator) =>
  box.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });

/** The result code the hand-in panel inside `box` shows. */
async function codeIn(box: Locator): Promise<string> {
  const code = box.locator('[data-result-code]');
  await code.waitFor();
  return (await code.textContent())!.trim();
}

/** One trainee on a phone: answers the poll, the knowledge check and the listening test; returns the three codes. */
async function trainee(session: string, pollChoice: number, checkAnswers: number[], listening: number) {
  const { page, errors, context } = await b.page(PHONE);
  await page.goto(site(`units/${UNIT}/#class=${session}`));
  await page.getByText(`已加入课堂 ${session}`).first().waitFor();

  const poll = page.locator('#poll-communication-confirm');
  await poll.scrollIntoViewIfNeeded();
  await hydrated(poll);
  await poll.getByRole('radio').nth(pollChoice).check();
  await poll.getByRole('button', { name: '提交' }).click();
  const pollCode = await codeIn(poll);
  await expect(poll.getByText(/这台手机的随机编号/).isVisible()).resolves.toBe(true);

  // The listening test shows one item per screen on a phone.
  const test = page.locator('#exercise-listening-test');
  await test.scrollIntoViewIfNeeded();
  await test.locator('form').first().waitFor();
  for (let i = 0; i < 20; i++) {
    const item = test.locator('fieldset:not(.rater)').nth(i);
    await item
      .getByRole('radio')
      .nth(listening - 1)
      .check();
    // Each tap moves on by itself after a short pause.
    if (i < 19) await test.getByText(`第 ${i + 2} 题，共 20 题`).waitFor();
  }
  await test.getByRole('button', { name: '提交并查看结果' }).click();
  const listeningCode = await codeIn(test);

  const check = page.locator('#knowledge-check');
  await check.scrollIntoViewIfNeeded();
  await hydrated(check);
  const questions = check.locator('fieldset');
  await questions.first().waitFor();
  // Options are shuffled on every attempt: answer by the option's text, in data order. The
  // questions after the ones a case names get their first option.
  for (const [i, question] of checkData.questions.entries()) {
    const text = question.options[checkAnswers[i] ?? 0]!;
    await questions.nth(i).getByRole('radio', { name: text, exact: true }).check();
  }
  await check.getByRole('button', { name: '提交答案' }).click();
  const checkCode = await codeIn(check);

  expect(errors).toEqual([]);
  await context.close();
  return [pollCode, listeningCode, checkCode];
}

/** The figures of one chart's data table, row by row. */
const tableValues = (table: Locator) => table.locator('tbody td').allTextContents();

describe('a class session', () => {
  it('collects three phones by pasted chat log and shows the room on the projector', async () => {
    const { page, errors } = await b.page(PROJECTOR);
    const { dialog, session } = await startSession(page);
    await expect(dialog.locator('[data-join-link]').textContent()).resolves.toContain(
      `/units/${UNIT}/#class=${session}`,
    );
    await expectNoAxeViolations(page, '.class-dialog');

    const a = await trainee(session, 0, [1, 1, 2, 2, 1], 2);
    const bb = await trainee(session, 1, [0, 1, 2, 2, 1], 3);
    const c = await trainee(session, 1, [0, 0, 2, 2, 1], 4);

    const foreign = encodeCode({
      session: session === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ',
      participant: 'AAAAAA',
      activity: { kind: 'poll-word', id: 'x', title: 'x', prompt: 'x' } satisfies Activity,
      result: { kind: 'word', word: '外' },
    });
    const mangled = a[2]!.replace(/-(\d)/, (_m, d: string) => `-${(Number(d) + 1) % 10}`);
    const chat = [
      '王老师：请把代码发到群里',
      ...[a, bb, c].flatMap((codes, i) => codes.map((code) => `学员${i + 1}：${code}`)),
      `隔壁班：${foreign}`,
      `小刘：${mangled} 发错了？`,
      '小陈：收到！',
    ].join('\n');
    await dialog.getByLabel('粘贴聊天记录或结果代码').fill(chat);
    await dialog.getByRole('button', { name: '读取代码' }).click();
    const status = dialog.locator('.report');
    await expect.poll(() => status.textContent()).toContain('新收到 9 份');
    await expect(status.textContent()).resolves.toContain('属于另一场课堂：1 个');
    await expect(status.textContent()).resolves.toContain('代码不完整或被改动过（校验不符）：1 个');

    // The same log again changes nothing.
    await dialog.getByLabel('粘贴聊天记录或结果代码').fill(chat);
    await dialog.getByRole('button', { name: '读取代码' }).click();
    await expect.poll(() => status.textContent()).toContain('新收到 0 份，重复 9 份已忽略');

    await dialog.getByRole('button', { name: '结果' }).click();
    await expect.poll(() => dialog.locator('[data-participant-count]').textContent()).toBe('3 人参与');
    const poll = dialog.locator('[data-activity-results="communication-confirm"]');
    await expect.poll(() => poll.locator('[data-response-count]').textContent()).toBe('已收到 3 份');
    await expect.poll(() => tableValues(poll.locator('table'))).toEqual(['1', '2', '0']);

    const check = dialog.locator('[data-activity-results="check-communication"]');
    await expect.poll(() => tableValues(check.locator('table').first())).toEqual(['2', '1', '0', '0']);
    await expect.poll(() => tableValues(check.locator('table').nth(1))).toEqual(['1', '2', '0', '0']);
    await expect(check.getByText('正确答案').count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: '显示正确答案' }).click();
    await expect(
      check
        .getByText(/答对 1 \/ 3/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);

    const profile = dialog.locator('[data-activity-results="listening-test"] table');
    // The trainees rated every statement 2, 3 and 4: the room's mean, spread and range per dimension.
    await expect(profile.locator('tbody tr').allTextContents()).resolves.toEqual(
      listeningData.dimensions.map((d) => expectedProfileRow(d, [2, 3, 4])),
    );
    await expectNoAxeViolations(page, '.class-dialog');

    // Nicknames never reach the projector; the session is kept for 我的学习.
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.goto(site('me/'));
    const saved = page.getByRole('region', { name: '我的课堂' });
    await saved.scrollIntoViewIfNeeded();
    await saved
      .getByText(/第五讲 管理沟通/)
      .first()
      .waitFor();
    await expect(saved.textContent()).resolves.toContain('3 人参与');
    // Its CSV (the writer loads with the button) opens in Excel: a byte-order mark, the header, a row per answer.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      saved.getByRole('button', { name: '导出 CSV' }).first().click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF课堂编号,讲,活动,参与者编号,昵称')).toBe(true);
    // Nine responses came in (three trainees, three activities), each a row or more.
    expect(text.split('\r\n').filter((line) => line.includes('第五讲')).length).toBeGreaterThanOrEqual(9);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('is accessible in the dark theme and offers paste when there is no camera', async () => {
    const { page, errors } = await b.page({ ...PROJECTOR, colorScheme: 'dark' });
    const { dialog } = await startSession(page);
    // This browser has no camera: the scanner says so and the paste box stays.
    await dialog.getByRole('button', { name: '用摄像头扫码' }).click();
    await dialog.getByText(/没有找到可用的摄像头，或浏览器不允许使用摄像头/).waitFor();
    await expect(dialog.getByLabel('粘贴聊天记录或结果代码').isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: '停止扫码' }).click();
    await expectNoAxeViolations(page, '.class-dialog');
    // axe leaves the dialog scrolled; start the next view from a fresh page.
    await page.reload();
    await collectorReady(page);
    await page.getByRole('button', { name: /课堂收集/ }).click();
    await dialog.getByRole('button', { name: '结果' }).click();
    await expectNoAxeViolations(page, '.class-dialog');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** A YUV 4:2:0 video of `frames` identical frames showing a QR code of `text`, for Chromium's fake camera. */
function qrVideo(text: string, width = 640, height = 480, frames = 2): Buffer {
  const modules = qrModules(text, 'M', 4);
  const scale = Math.floor(Math.min(width, height) / modules.length);
  const left = Math.floor((width - modules.length * scale) / 2);
  const top = Math.floor((height - modules.length * scale) / 2);
  const y = Buffer.alloc(width * height, 235);
  modules.forEach((row, my) =>
    row.forEach((dark, mx) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        y.fill(
          16,
          (top + my * scale + dy) * width + left + mx * scale,
          (top + my * scale + dy) * width + left + (mx + 1) * scale,
        );
    }),
  );
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`),
    ...Array(frames).fill(frame),
  ]);
}

describe('scanning with the laptop camera', () => {
  it('reads a phone’s QR code through the polyfill and counts it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-scan-'));
    const video = join(dir, 'qr.y4m');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await browser.newContext({ locale: 'zh-CN', ...PROJECTOR });
      await context.grantPermissions(['camera']);
      const page = await context.newPage();
      const errors = trackErrors(page);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const { dialog, session } = await startSession(page);
      // The camera's file is read when the camera opens, so it can show this session's code.
      const code = encodeCode({
        session,
        participant: 'SCAN01',
        activity: {
          kind: 'poll-choice',
          id: 'communication-confirm',
          title: '',
          questions: [{ id: 'communication-confirm', prompt: '', options: ['a', 'b', 'c'] }],
        },
        result: { kind: 'answers', answers: [2] },
      });
      writeFileSync(video, qrVideo(code));
      expect(requests.some((u) => u.endsWith('.wasm'))).toBe(false);
      await dialog.getByRole('button', { name: '用摄像头扫码' }).click();
      await expect
        .poll(() => dialog.locator('[data-scan-count]').textContent(), { timeout: 30_000 })
        .toBe('本次扫到 1 份');
      const origin = new URL(site()).origin;
      expect(requests.filter((u) => u.endsWith('.wasm')).every((u) => u.startsWith(origin))).toBe(true);
      await dialog.getByRole('button', { name: '结果' }).click();
      const poll = dialog.locator('[data-activity-results="communication-confirm"]');
      await expect.poll(() => tableValues(poll.locator('table'))).toEqual(['0', '0', '1']);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
