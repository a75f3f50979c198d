import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { markComplete, menuOpen, progressUi, ui } from '../../src/lib/ui-strings';
import { HAND_IN } from '../../src/lib/class-session/hand-in-label';
import { traineeStrings } from '../../src/lib/class-session/trainee-strings';

const dist = process.env.SITE_DIST ?? join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(dist).map((file) => ({
  name: relative(dist, file),
  html: readFileSync(file, 'utf8'),
}));

describe('the built site', () => {
  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(4);
  });

  describe.each(pages)('$name', ({ html }) => {
    it('loads no framework JavaScript unless it has an island', () => {
      const hasIsland = html.includes('<astro-island');
      const loadsSvelte = /svelte/i.test(
        [...html.matchAll(/<(?:script[^>]*src|link rel="modulepreload" href)="([^"]+)"/g)]
          .map((m) => m[1])
          .join(' '),
      );
      if (!hasIsland) {
        expect(loadsSvelte).toBe(false);
        expect(html).not.toContain('renderer-url');
      }
    });

    it('refers to nothing on another origin', () => {
      const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
    });

    it('has a title, a description, the Chinese language and a strict CSP', () => {
      expect(html).toMatch(/<html lang="zh-CN"/);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html).toMatch(/http-equiv="content-security-policy"/);
      expect(html).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    });
  });

  it('renders every Markdown emphasis: no literal ** left in the text of a unit', () => {
    for (const { name, html } of pages.filter((p) => p.name.startsWith('units/'))) {
      const text = html
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .replace(/<[^>]+>/g, '');
      expect(text.match(/.{0,12}\*\*.{0,12}/g) ?? [], name).toEqual([]);
    }
  });

  describe('speaker notes stay with the trainer', () => {
    const lectures = join(import.meta.dirname, '../../content/lectures');
    const plain = (text: string) => text.replace(/<[^>]+>/g, '').replace(/[\s\u200b*_`]/g, '');
    /** Sentences of each unit's <Notes> blocks, long enough to be unmistakable. */
    const notes = readdirSync(lectures).map((file) => {
      const mdx = readFileSync(join(lectures, file), 'utf8');
      const sentences = [...mdx.matchAll(/<Notes>([\s\S]*?)<\/Notes>/g)]
        .flatMap((m) => m[1]!.split(/[。！？\n]/))
        .map((sentence) => plain(sentence.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')))
        .filter((sentence) => [...sentence].length >= 14 && !/[{}<>]/.test(sentence));
      return { unit: file.replace(/\.mdx$/, ''), sentences };
    });
    const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((name) =>
      plain(gunzipSync(readFileSync(join(dist, 'pagefind/fragment', name))).toString('utf8')),
    );

    it.each(notes)(
      '$unit: its notes are on the presenter page, not on the reading page',
      ({ unit, sentences }) => {
        expect(sentences.length, unit).toBeGreaterThan(0);
        const reading = plain(pages.find((p) => p.name === `units/${unit}/index.html`)!.html);
        const presenting = plain(pages.find((p) => p.name === `present/${unit}/index.html`)!.html);
        expect(sentences.filter((s) => presenting.includes(s)).length, unit).toBeGreaterThan(0);
        expect(
          sentences.filter((s) => reading.includes(s)),
          unit,
        ).toEqual([]);
      },
    );

    it.each(notes)('$unit: its notes are not in the search index', ({ sentences }) => {
      expect(sentences.filter((s) => fragments.some((f) => f.includes(s)))).toEqual([]);
    });
  });

  it('indexes only teaching text: no navigation chrome and no speaker notes in the unit pages', () => {
    for (const { name, html } of pages.filter((p) => p.name.startsWith('units/'))) {
      const body = /data-pagefind-body[^>]*>([\s\S]*)/.exec(html)?.[1] ?? '';
      expect(body, name).not.toContain('id="course-nav"');
      expect(html, name).not.toContain('data-notes');
    }
  });
});

it('keeps the state layer that every page loads within 6 KB gzip, in one file with all it imports', () => {
  const assets = join(dist, '_astro');
  const chunks = readdirSync(assets).filter((f) => /^state\.[\w-]+\.js$/.test(f));
  expect(chunks).toHaveLength(1);
  const layer = withImports(chunks);
  // It is the layer: the records' namespace and the stored-record check are in it.
  const text = [...layer].map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  expect(text).toContain('cs-course:');
  const bytes = [...layer].reduce((n, f) => n + gzipSync(readFileSync(join(assets, f))).length, 0);
  expect(bytes).toBeLessThanOrEqual(6 * 1024);
});

/** Files in _astro/ and every chunk they import statically, as file names. */
function withImports(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dist, '_astro', file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  entries.forEach(visit);
  return [...seen];
}

/** A page's module scripts and the chunks they import statically, as file names in _astro/. */
/** The files of a page's `<script type="module" src>`, in order. */
function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*type="module"[^>]*src="[^"]*_astro\/([^"]+)"/g)].map((m) => m[1]!);
}

function startFiles(html: string): string[] {
  return withImports(moduleScripts(html));
}

it('runs what a unit page needs at start from two files, not one per component', () => {
  for (const { name, html } of pages.filter((p) => /^units\/[^/]+\/index\.html$/.test(p.name))) {
    const names = (files: string[]) => files.map((f) => f.replace(/\.[\w-]+\.js$/, '')).sort();
    expect(names(startFiles(html)), name).toEqual(['start', 'state']);
    // The page asks for start itself: no entry of a few bytes that only imports it.
    expect(names(moduleScripts(html)), name).toEqual(['start']);
  }
});

it('fetches no start script that only imports others, and none twice', () => {
  for (const { name, html } of pages) {
    const scripts = moduleScripts(html);
    expect(new Set(scripts).size, name).toBe(scripts.length);
    for (const file of scripts) {
      const text = readFileSync(join(dist, '_astro', file), 'utf8');
      expect(text.replace(/import\s*["'][^"']+["'];?/g, '').trim(), `${name}: ${file}`).not.toBe('');
    }
  }
});

it('asks at once for every module a page runs at start, beside its stylesheets, and for no island', () => {
  for (const { name, html } of pages) {
    const entries = moduleScripts(html);
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="[^"]*_astro\/([^"]+)">/g)].map(
      (m) => m[1]!,
    );
    expect(preloaded.sort(), name).toEqual(
      startFiles(html)
        .filter((f) => !entries.includes(f))
        .sort(),
    );
    // Before the first module script, in the head, so they start with the stylesheets.
    if (preloaded.length) {
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head.indexOf('rel="modulepreload"'), name).toBeLessThan(head.indexOf('<script type="module"'));
    }
    const islands = [...html.matchAll(/component-url="[^"]*_astro\/([^"]+)"/g)].map((m) => m[1]!);
    for (const island of islands) expect(preloaded, name).not.toContain(island);
  }
  const unit = pages.find((p) => p.name === 'units/swot/index.html')!.html;
  expect(unit).toMatch(/<link rel="modulepreload" href="\/_astro\/state\.[\w-]+\.js">/);
});

it('loads no framework code at start on a unit page: islands wait until they are visible', () => {
  const html = pages.find((p) => p.name === 'units/intro/index.html')!.html;
  // Svelte's runtime names its error pages; no script the page runs at start contains it.
  const runtime = readdirSync(join(dist, '_astro')).filter(
    (f) => f.endsWith('.js') && readFileSync(join(dist, '_astro', f), 'utf8').includes('svelte.dev/e/'),
  );
  expect(runtime.length).toBeGreaterThan(0);
  for (const file of startFiles(html)) expect(runtime, file).not.toContain(file);
  for (const island of html.matchAll(/<astro-island[^>]*>/g))
    expect(island[0]).toMatch(/client="(paced|visible|idle)"/);
});

/** The text of every script a page loads before anything is clicked: start files and islands. */
function pageScriptText(html: string): string {
  const islands = [...html.matchAll(/(?:component|renderer)-url="[^"]*_astro\/([^"]+)"/g)].map((m) => m[1]!);
  return withImports([...startFiles(html), ...islands])
    .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
    .join('\n');
}

it('ships to every page only the words its scripts show, not the labels of the templates', () => {
  const start = startFiles(pages.find((p) => p.name === 'units/intro/index.html')!.html)
    .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
    .join('\n');
  expect(start).toContain(menuOpen);
  expect(start).toContain(markComplete);
  for (const templateOnly of [progressUi.completionRule, ui.searchPlaceholder, ui.skipToContent])
    expect(start).not.toContain(templateOnly);
});

it('loads the hand-in text with the 交给讲师 panel, not with every result on a unit page', () => {
  const unit = pageScriptText(pages.find((p) => p.name === 'units/intro/index.html')!.html);
  expect(unit).toContain(HAND_IN);
  expect(unit).not.toContain(traineeStrings.handInIntro);
  const all = readdirSync(join(dist, '_astro'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'));
  expect(all.some((text) => text.includes(traineeStrings.handInIntro))).toBe(true);
});
