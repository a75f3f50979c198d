import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { startLmsHost } from './support/lms-host';
import { validateManifest } from '../unit/scorm/xsd';

/**
 * The SCORM packages in a stand-in LMS: scorm-again (the runtime real LMSs embed) on a
 * player page that frames the package, each package served under its own deep path as an
 * LMS file server would (files only, no folder index). Builds the packages itself
 * (`--mastery 80`), so `npm test` stays the one command.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const PATH_12 = '/pluginfile.php/12/mod_scorm/content/3/';
const PATH_2004 = '/webapps/lms/course/77/scorm/content/1/';

interface Check {
  unit: string;
  questions: { id: string; answer: number; options: string[] }[];
}
const checks: Check[] = readdirSync(join(root, 'content/checks')).map(
  (f) => JSON.parse(readFileSync(join(root, 'content/checks', f), 'utf8')) as Check,
);
const unitIds = readdirSync(join(root, 'content/lectures')).map((f) => f.replace(/\.mdx$/, ''));
const totalQuestions = checks.reduce((n, c) => n + c.questions.length, 0);
const goals = checks.find((c) => c.unit === 'goals')!;

let work: string;
let host: { url: string; close: () => Promise<void> };
const zips: Record<'1.2' | '2004', string> = { '1.2': '', '2004': '' };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'course-scorm-'));
  const out = join(work, 'zips');
  execFileSync(
    join(root, 'node_modules/.bin/node'),
    ['src/lms/build/package.ts', '--mastery', '80', '--out', out],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const dirs: Record<string, string> = {};
  for (const [edition, base, name] of [
    ['1.2', PATH_12, 'cs-manager-course-scorm12.zip'],
    ['2004', PATH_2004, 'cs-manager-course-scorm2004.zip'],
  ] as const) {
    zips[edition] = join(out, name);
    const dir = join(work, edition);
    for (const [file, data] of Object.entries(unzipSync(readFileSync(zips[edition])))) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), data);
    }
    dirs[base] = dir;
  }
  host = await startLmsHost(dirs, join(root, 'node_modules/scorm-again/dist'));
}, 240_000);

afterAll(async () => {
  await host?.close();
  rmSync(work, { recursive: true, force: true });
});

const b = useBrowser();

/** A player page with every failed request and page error collected. */
/** Every failed request of the page and its frames. */
function track(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    // A navigation cancels what the page it leaves was still loading: not a broken request.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  return failed;
}

/** A player page with every failed request and page error collected. */
async function player(context?: Awaited<ReturnType<typeof b.page>>) {
  const opened = context ?? (await b.page());
  const failed = track(opened.page);
  await opened.page.goto(`${host.url}/lms/player.html`);
  return { ...opened, failed };
}

function launch(
  page: Page,
  edition: '1.2' | '2004',
  cmi: Record<string, unknown>,
  options: { failSet?: boolean } = {},
) {
  const base = edition === '1.2' ? PATH_12 : PATH_2004;
  return page.evaluate(
    ([e, url, c, o]) => (window as unknown as { startLms: Function }).startLms(e, url, c, o),
    [edition, `${base}lms/index.html`, cmi, options] as const,
  );
}

const cmi = (page: Page) =>
  page.evaluate(() => (window as unknown as { lmsCmi: () => Record<string, any> }).lmsCmi());
const counters = (page: Page) =>
  page.evaluate(() => {
    const l = (window as unknown as { lms: { commits: number; finishes: number; initializes: number } }).lms;
    return { commits: l.commits, finishes: l.finishes, initializes: l.initializes };
  });

const shell = (page: Page): FrameLocator => page.frameLocator('#sco');
const course = (page: Page): FrameLocator => shell(page).frameLocator('[data-frame]');

/** The course frame (inside the shell) once it shows `path`. */
async function courseFrame(page: Page, path: RegExp): Promise<Frame> {
  await poll(() =>
    page.frames().some((f) => path.test(f.url()) && f.parentFrame()?.url().includes('/lms/')),
  ).toBe(true);
  return page.frames().find((f) => path.test(f.url()) && f.parentFrame()?.url().includes('/lms/'))!;
}

async function openUnit(page: Page, unit: string) {
  await course(page).locator(`a[href$="units/${unit}/index.html"]`).filter({ visible: true }).first().click();
  await courseFrame(page, new RegExp(`/units/${unit}/index\\.html`));
  await course(page).locator('[data-complete]').waitFor();
}

async function markComplete(page: Page) {
  const button = course(page).locator('[data-complete]');
  await button.click();
  await poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

/** Answers a unit's check: `wrong` questions (from the first) get a wrong option. */
async function answerCheck(page: Page, check: Check, wrong = 0) {
  const form = course(page).locator('#knowledge-check form');
  await form.scrollIntoViewIfNeeded();
  const questions = form.locator('fieldset');
  await questions.first().waitFor();
  for (const [i, q] of check.questions.entries()) {
    const pick = i < wrong ? (q.answer + 1) % q.options.length : q.answer;
    // Options are shuffled on every attempt: choose by the option's text.
    await questions.nth(i).getByRole('radio', { name: q.options[pick]!, exact: true }).check();
  }
  await form.getByRole('button', { name: '提交答案' }).click();
  await form.getByText(/得分：/).waitFor();
}

/** Polls until the LMS (or the page) has caught up: commits follow changes after a short delay. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const envelope = (d: unknown) => JSON.stringify({ v: 1, t: Date.now(), d });

/** Puts records into the learner's namespace, as an earlier visit in this browser would have. */
async function seedLocal(page: Page, learnerId: string, options: { wrong: boolean }) {
  const at = new Date().toISOString();
  const records: Record<string, string> = {};
  for (const unit of unitIds) {
    records[`unit:${unit}`] = envelope({ firstVisit: at, lastVisit: at, readToEnd: true, completed: true });
  }
  for (const check of checks) {
    const answers = Object.fromEntries(
      check.questions.map((q) => [q.id, options.wrong ? (q.answer + 1) % q.options.length : q.answer]),
    );
    const score = options.wrong ? 0 : check.questions.length;
    records[`attempts:check-${check.unit}`] = envelope({
      attempts: [{ id: `seed-${check.unit}`, at, answers, score, max: check.questions.length }],
    });
  }
  await page.evaluate(
    ([prefix, entries]) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(prefix + key, value);
    },
    [`cs-course@${encodeURIComponent(`lms:${learnerId}`)}:`, records] as const,
  );
}

async function closeSco(page: Page) {
  await page.evaluate(() => (window as unknown as { closeSco: () => void }).closeSco());
  await poll(async () => (await counters(page)).finishes).toBe(1);
}

describe('the packages', () => {
  it('validate against the official XSDs', () => {
    for (const edition of ['1.2', '2004'] as const) {
      const files = unzipSync(readFileSync(zips[edition]));
      const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
      expect(validateManifest(edition, manifest)).toEqual({ ok: true, output: expect.any(String) });
      expect(Object.keys(files)).toContain('lms/index.html');
      expect(Object.keys(files)).toContain(edition === '1.2' ? 'adlcp_rootv1p2.xsd' : 'imsss_v1p0.xsd');
      const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
      expect(listed.sort()).toEqual(
        Object.keys(files)
          .filter((f) => !/\.(xsd|dtd)$/.test(f) && f !== 'imsmanifest.xml')
          .sort(),
      );
    }
  });

  it('hold no offline service worker and nothing that registers one', () => {
    const files = unzipSync(readFileSync(zips['1.2']));
    expect(Object.keys(files).filter((name) => /(^|\/)sw\.js$/.test(name))).toEqual([]);
    const registering = Object.entries(files)
      .filter(([name]) => /\.(html|js)$/.test(name))
      .filter(([, data]) => /serviceWorker|offline-status/.test(new TextDecoder().decode(data)))
      .map(([name]) => name);
    expect(registering).toEqual([]);
  });

  it('hold no absolute URL', () => {
    const files = unzipSync(readFileSync(zips['1.2']));
    for (const [name, data] of Object.entries(files)) {
      if (!/\.(html|css|js)$/.test(name)) continue;
      const text = new TextDecoder().decode(data);
      expect(text.includes('__lms_root__'), name).toBe(false);
      if (name.endsWith('.html')) {
        expect(text.match(/\s(?:href|src|component-url|renderer-url)="\/[^"]*"/g) ?? [], name).toEqual([]);
      }
    }
  });
});

describe('SCORM 1.2 in scorm-again, served under ' + PATH_12, () => {
  let stored: Record<string, any>;

  it('first launch: reads two units and answers a check; the LMS gets status, score, bookmark, answers', async () => {
    const { page, context, errors, failed } = await player();
    await launch(page, '1.2', { core: { student_id: 'e1001', student_name: '王, 小明' } });
    await courseFrame(page, /\/content\/3\/index\.html$/);
    // Worksheet text stays in this browser: said once, with the export.
    await shell(page).getByText('练习中填写的文字只保存在这台电脑的浏览器里').waitFor();
    expect(await shell(page).getByRole('button', { name: '导出学习记录' }).count()).toBe(1);
    await openUnit(page, 'intro');
    await markComplete(page);
    await openUnit(page, 'goals');
    await markComplete(page);
    await answerCheck(page, goals, 1);

    // Search works from the deep path and links to a page file.
    await course(page)
      .getByRole('button', { name: /搜索课程/ })
      .first()
      .click();
    await course(page).getByRole('searchbox').fill('复盘');
    const first = course(page).locator('.results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/\/content\/3\/units\/review\/index\.html/);
    await course(page).locator('[data-search-close]').click();

    const expected = Math.round(((goals.questions.length - 1) / totalQuestions) * 10000) / 100;
    await poll(async () => (await cmi(page)).core.score.raw).toBe(String(expected));
    const values = await cmi(page);
    expect(values.core.lesson_status).toBe('incomplete');
    expect(values.core.score.max).toBe('100');
    expect(values.core.lesson_location).toMatch(/^goals/);
    expect(values.suspend_data).toMatch(/^cs1\./);
    expect(values.suspend_data.length).toBeLessThanOrEqual(4096);
    const interactions = Object.values(values.interactions as Record<string, any>);
    expect(interactions).toHaveLength(goals.questions.length);
    expect(interactions[0]).toMatchObject({
      id: `check-goals-${goals.questions[0]!.id}`,
      type: 'choice',
      result: 'wrong',
      student_response: String.fromCharCode(97 + ((goals.questions[0]!.answer + 1) % 4)),
    });
    expect(interactions[1]).toMatchObject({ result: 'correct' });
    expect((await counters(page)).commits).toBeGreaterThan(0);

    await closeSco(page);
    stored = await cmi(page);
    expect(stored.core.exit).toBe('suspend');
    expect(stored.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
    expect((await counters(page)).initializes).toBe(1);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('relaunch on another computer: resumes at the bookmark with the answers restored', async () => {
    const { page, context, errors, failed } = await player();
    await launch(page, '1.2', {
      core: {
        student_id: 'e1001',
        student_name: '王, 小明',
        entry: 'resume',
        lesson_location: stored.core.lesson_location,
        lesson_status: stored.core.lesson_status,
      },
      suspend_data: stored.suspend_data,
    });
    await courseFrame(page, /\/units\/goals\/index\.html/);
    await poll(() => course(page).locator('[data-complete]').getAttribute('aria-pressed')).toBe('true');
    await course(page).locator('#knowledge-check').scrollIntoViewIfNeeded();
    await expect(
      course(page)
        .getByText(new RegExp(`上次得分\\s*${goals.questions.length - 1} / ${goals.questions.length}`))
        .waitFor(),
    ).resolves.toBeUndefined();
    await openUnit(page, 'intro');
    // The button reads the restored records once its script runs: wait for it, as above.
    await poll(() => course(page).locator('[data-complete]').getAttribute('aria-pressed')).toBe('true');
    await closeSco(page);
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });

  it('merges this browser’s own records and reports passed once every check is taken', async () => {
    const { page, context, errors } = await player();
    await seedLocal(page, 'e1001', { wrong: false });
    await launch(page, '1.2', {
      core: { student_id: 'e1001', student_name: '王, 小明', entry: 'resume' },
      suspend_data: stored.suspend_data,
    });
    // goals: the LMS's attempt (one wrong) and this browser's (all right) both count; the best wins.
    await poll(async () => (await cmi(page)).core.lesson_status).toBe('passed');
    expect((await cmi(page)).core.score.raw).toBe('100');
    await closeSco(page);
    const after = await cmi(page);
    expect(after.core.exit).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('another learner on the same computer sees none of it', async () => {
    const opened = await b.page();
    const { page, context } = await player(opened);
    await seedLocal(page, 'e1001', { wrong: false });
    await launch(page, '1.2', { core: { student_id: 'e2002', student_name: '李, 雷' } });
    await courseFrame(page, /\/content\/3\/index\.html$/);
    await openUnit(page, 'goals');
    expect(await course(page).locator('[data-complete]').getAttribute('aria-pressed')).toBe('false');
    await poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');
    expect((await cmi(page)).core.score.raw).toBe('');
    // The LMS's name pre-fills the field that asks for it.
    await openUnit(page, 'communication');
    const name = course(page).getByLabel('你的名字或昵称（会显示在邀请链接里）');
    await name.scrollIntoViewIfNeeded();
    await poll(() => name.inputValue()).toBe('李雷');
    await context.close();
  });

  it('an LMS whose SetValue fails: the course keeps working, says so calmly, and retries on the next change', async () => {
    const { page, context, errors } = await player();
    await launch(page, '1.2', { core: { student_id: 'e3003' } }, { failSet: true });
    await courseFrame(page, /\/content\/3\/index\.html$/);
    await shell(page).getByText('学习平台暂时没有收到最新的学习记录').waitFor();
    await openUnit(page, 'intro');
    await markComplete(page);
    // The LMS recovers; the next change is sent with everything before it.
    await page.evaluate(() => (window as unknown as { lms: { recover: () => void } }).lms.recover());
    await openUnit(page, 'goals');
    await markComplete(page);
    await poll(async () => (await cmi(page)).core.lesson_location).toMatch(/^goals/);
    await poll(() => shell(page).getByText('学习平台暂时没有收到最新的学习记录').count()).toBe(0);
    const values = await cmi(page);
    expect(values.suspend_data).toMatch(/^cs1\./);
    await closeSco(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('corrupt suspend data is kept and reported, and the launch goes on', async () => {
    const { page, context, errors } = await player();
    await launch(page, '1.2', { core: { student_id: 'e4004' }, suspend_data: 'not ours' });
    await shell(page).getByText('学习平台中保存的课程进度无法读取').waitFor();
    await courseFrame(page, /\/content\/3\/index\.html$/);
    const backup = await page.evaluate(() =>
      localStorage.getItem('cs-course@lms%3Ae4004:backup:lms-suspend-data'),
    );
    expect(backup).toBe('not ours');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('review mode records nothing', async () => {
    const { page, context, errors } = await player();
    await launch(page, '1.2', { core: { student_id: 'e5005', lesson_mode: 'review' } });
    await shell(page)
      .getByText(/回顾模式/)
      .waitFor();
    await courseFrame(page, /\/content\/3\/index\.html$/);
    await openUnit(page, 'intro');
    await markComplete(page);
    await page.waitForTimeout(800);
    const sets = await page.evaluate(() => (window as unknown as { lms: { sets: unknown[] } }).lms.sets);
    expect(sets).toEqual([]);
    const stored = await page.evaluate(() => localStorage.getItem('cs-course@lms%3Ae5005:unit:intro'));
    expect(stored).toBeNull();
    await closeSco(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('SCORM 2004 in scorm-again, served under ' + PATH_2004, () => {
  it('sends completion, progress, success, score, interactions and terminates once', async () => {
    const { page, context, errors, failed } = await player();
    await launch(page, '2004', { learner_id: 'e6006', learner_name: 'Ann Smith' });
    await courseFrame(page, /\/content\/1\/index\.html$/);
    await openUnit(page, 'goals');
    await markComplete(page);
    await answerCheck(page, goals, 1);
    await poll(async () => (await cmi(page)).score.scaled).not.toBe('');
    const values = await cmi(page);
    expect(values.progress_measure).toBe(String(Math.round(100 / unitIds.length) / 100));
    expect(values.completion_status).toBe('incomplete');
    expect(values.success_status).toBe('unknown');
    expect(values.location).toMatch(/^goals/);
    const interactions = Object.values(values.interactions as Record<string, any>);
    expect(interactions).toHaveLength(goals.questions.length);
    expect(interactions[0]).toMatchObject({
      id: `check-goals-${goals.questions[0]!.id}`,
      type: 'choice',
      result: 'incorrect',
    });
    await closeSco(page);
    const stored = await cmi(page);
    expect(stored.exit).toBe('suspend');
    expect(stored.session_time).toMatch(/^PT/);

    // Relaunch in a browser that has every unit done and every check failed: completed, failed.
    const again = await player();
    await seedLocal(again.page, 'e6006', { wrong: true });
    await launch(again.page, '2004', {
      learner_id: 'e6006',
      learner_name: 'Ann Smith',
      entry: 'resume',
      location: stored.location,
      suspend_data: stored.suspend_data,
    });
    await courseFrame(again.page, /\/units\/goals\/index\.html/);
    await poll(async () => (await cmi(again.page)).completion_status).toBe('completed');
    const final = await cmi(again.page);
    expect(final.success_status).toBe('failed');
    expect(final.progress_measure).toBe('1');
    await closeSco(again.page);
    expect((await cmi(again.page)).exit).toBe('normal');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(failed).toEqual([]);
    expect(again.failed).toEqual([]);
    await context.close();
    await again.context.close();
  });

  it('without an LMS the launch page shows the course as the ordinary site', async () => {
    const { page, context, errors } = await b.page();
    const failed = track(page);
    await page.goto(`${host.url}${PATH_2004}lms/index.html`);
    await courseFrame(page, /\/content\/1\/index\.html$/).catch(async () => {
      // The launch page is the top window here, so the course frame's parent is the page itself.
      await poll(() => page.frames().some((f) => /\/content\/1\/index\.html$/.test(f.url()))).toBe(true);
    });
    expect(await page.locator('[data-notices]').textContent()).toBe('');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
