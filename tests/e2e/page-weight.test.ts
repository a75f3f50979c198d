/**
 * Issue 19's budgets as facts of the built files: a unit page is as light to start as a
 * docs page. Figures over time are in `npm run bench`; these are the lines not to cross.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const dist = process.env.SITE_DIST ?? join(import.meta.dirname, '../../dist');
const assets = join(dist, '_astro');
const units = readdirSync(join(dist, 'units'));
const html = (page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');
const stylesheets = (page: string) =>
  [...html(page).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
    readFileSync(join(dist, m[1]!.replace(/^.*?_astro\//, '_astro/')), 'utf8'),
  );

describe.each(units)('units/%s', (unit) => {
  it('blocks its first paint on at most 3 stylesheets, here and on its presenter page', () => {
    expect(stylesheets(`units/${unit}`).length).toBeLessThanOrEqual(3);
    expect(stylesheets(`present/${unit}`).length).toBeLessThanOrEqual(3);
  });

  it('carries at most 12 KB gzip of CSS', () => {
    const bytes = stylesheets(`units/${unit}`).reduce((sum, css) => sum + gzipSync(css).length, 0);
    expect(bytes).toBeLessThanOrEqual(12 * 1024);
  });
});

it("carries an exercise's CSS only on the pages of the unit that places it", () => {
  // `.swot` is the SWOT matrix island's own rule (src/islands/swot/SwotMatrix.svelte).
  const has = (page: string) => stylesheets(page).some((css) => /\.swot\.svelte-/.test(css));
  expect(has('units/swot')).toBe(true);
  expect(has('present/swot')).toBe(true);
  expect(units.filter((unit) => unit !== 'swot' && has(`units/${unit}`))).toEqual([]);
});

it('ships no stylesheet twice under two names', () => {
  const byHash = new Map<string, string[]>();
  for (const name of readdirSync(assets).filter((f) => f.endsWith('.css'))) {
    const hash = createHash('sha256')
      .update(readFileSync(join(assets, name)))
      .digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), name]);
  }
  expect([...byHash.values()].filter((names) => names.length > 1)).toEqual([]);
});

it('lets search read exactly the pages that carry teaching text (pagefind.yml), not the presenter pages', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === 'pagefind' || e.name === '_astro'
          ? []
          : walk(join(dir, e.name))
        : e.name.endsWith('.html')
          ? [join(dir, e.name).slice(dist.length + 1)]
          : [],
    );
  const teaching = walk(dist).filter((page) =>
    readFileSync(join(dist, page), 'utf8').includes('data-pagefind-body'),
  );
  const glob = readFileSync(join(import.meta.dirname, '../../pagefind.yml'), 'utf8').match(
    /^glob:\s*'([^']+)'/m,
  )?.[1];
  expect(glob).toBe('units/**/*.html');
  expect(teaching.sort()).toEqual(units.map((unit) => `units/${unit}/index.html`).sort());
});

it("sends no zod to the browser: stored records are checked by the state layer's own validator", () => {
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  // `_zod` is the property every zod 4 (and zod/mini) schema carries.
  expect(scripts.filter((f) => readFileSync(join(assets, f), 'utf8').includes('_zod'))).toEqual([]);
});

/** The scripts a page runs and everything they import statically (not what loads on demand). */
function staticScripts(page: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(m[1]!);
  };
  for (const m of html(page).matchAll(/(?:component-url|renderer-url|src)="[^"]*?_astro\/([^"]+\.js)"/g))
    visit(m[1]!);
  return [...seen];
}

it('loads the attempt history (trend, comparison) only when the learner opens it', () => {
  const history = readdirSync(assets).filter((f) => /^AttemptHistory\.[\w-]+\.js$/.test(f));
  expect(history).toHaveLength(1);
  for (const unit of ['communication', 'review']) {
    const scripts = staticScripts(`units/${unit}`);
    expect(scripts.some((f) => f.startsWith('AssessmentApp.'))).toBe(true);
    expect(scripts).not.toContain(history[0]);
  }
});

it('opens 我的学习 without the data tools’ code or the CSV writer: they load when used', () => {
  const scripts = staticScripts('me');
  expect(scripts.some((f) => f.startsWith('DataTools.'))).toBe(true);
  expect(scripts.some((f) => f.startsWith('SavedSessions.'))).toBe(true);
  // The records session (export, import, clearing, with every exercise's stored form).
  expect(scripts.filter((f) => /^session\.[\w-]+\.js$/.test(f))).toEqual([]);
  // papaparse, by a name of its own.
  const code = scripts.map((f) => readFileSync(join(assets, f), 'utf8'));
  expect(
    readdirSync(assets).some((f) => readFileSync(join(assets, f), 'utf8').includes('__parsed_extra')),
  ).toBe(true);
  expect(code.filter((text) => text.includes('__parsed_extra'))).toEqual([]);
});

it("keeps 我的学习's island props to what its first view shows: no item wording, under 30 KB in all (was 82 KB)", () => {
  const page = html('me');
  const props = [...page.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)].map((m) => m[1]!);
  const total = props.reduce((sum, p) => sum + p.length, 0);
  expect(total).toBeLessThan(30 * 1024);
  // The wording of every self-test item is in the data file read on demand, not in the page.
  const data = JSON.parse(readFileSync(join(dist, 'assessment-data.json'), 'utf8')) as {
    id: string;
    items: { text: string }[];
  }[];
  expect(data.length).toBeGreaterThan(3);
  const texts = data.flatMap((a) => a.items.map((i) => i.text)).filter((t) => t.length > 8);
  expect(texts.length).toBeGreaterThan(20);
  expect(texts.filter((t) => page.includes(t))).toEqual([]);
});

describe('what every page loads at start', () => {
  /** The page's module scripts and every chunk they import statically, as text. */
  const startScripts = (page: string) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(assets, file), 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
    };
    for (const m of html(page).matchAll(/<script[^>]*type="module"[^>]*src="[^"]*_astro\/([^"]+)"/g))
      visit(m[1]!);
    return [...seen].map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
  };

  it.each(['', 'agenda', ...units.map((unit) => `units/${unit}`)])(
    '%s: carries neither the notices’ words nor 我的学习’s data tools until they are needed',
    (page) => {
      const text = startScripts(page);
      expect(text.length).toBeGreaterThan(1000);
      // A notice's words (notice-messages.ts) load only when a notice is shown.
      expect(text).not.toContain('已原样备份');
      // 我的学习's data-tool text (my-learning-strings.ts).
      expect(text).not.toContain('把本机保存的全部进度');
      // The backup reminder's device check (keeping.ts) is for the pages that show it (home
      // and 我的学习); the others only ask the browser to keep the records (persist.ts).
      if (page) expect(text).not.toContain('iPhone');
    },
  );
});
