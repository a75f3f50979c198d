// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LINK = /<link rel="stylesheet" href="([^"]+)">/g;

/**
 * Length of the longest common prefix of two lists.
 * @param {string[]} a
 * @param {string[]} b
 */
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How each page's stylesheets are grouped: Astro splits CSS by module chunk, so a unit page
 * linked 8–20 small stylesheets, each one render-blocking request. Each page gets at most
 * two, in the same order (so the cascade is unchanged): the part every page of its route
 * shares (the site's and that kind of page's CSS, cached from unit to unit) and the rest
 * (its own, e.g. the unit's exercises and diagrams). A sheet whose bytes already came
 * earlier on the page is left out.
 * @param {Map<string, string[]>} pages page → its stylesheets' content keys, in order
 * @param {Map<string, string>} routeOf page → its route (pages of one route share a prefix)
 * @returns {Map<string, string[][]>} page → groups of keys, each group one stylesheet
 */
export function groupStylesheets(pages, routeOf = new Map()) {
  /** @type {Map<string, string[]>} */
  const lists = new Map([...pages].map(([page, keys]) => [page, [...new Set(keys)]]));
  /** @type {Map<string, string[]>} route → the prefix all its pages share */
  const shared = new Map();
  for (const [page, list] of lists) {
    const route = routeOf.get(page) ?? page;
    const known = shared.get(route);
    shared.set(route, known ? known.slice(0, commonPrefix(known, list)) : list);
  }
  /** @type {Map<string, string[][]>} */
  const groups = new Map();
  for (const [page, list] of lists) {
    const n = shared.get(routeOf.get(page) ?? page)?.length ?? 0;
    groups.set(
      page,
      n > 0 && n < list.length ? [list.slice(0, n), list.slice(n)] : list.length ? [list] : [],
    );
  }
  return groups;
}

/**
 * Stylesheets that load with their script: the CSS of a chunk the browser only ever imports
 * on demand (e.g. the 交给讲师 panel). Astro links them in the head of every page whose
 * server render could reach them; Vite's preload fetches them with the chunk, before it
 * renders, so the first paint need not wait for them.
 * @param {Map<string, string>} scripts file name in _astro/ → its code
 * @param {string[]} pages the pages' HTML
 * @returns {Set<string>} file names in _astro/
 */
export function onDemandStylesheets(scripts, pages) {
  /** @type {Set<string>} chunks loaded at start: by the pages, or imported statically from those */
  const eager = new Set();
  /** @param {string} file */
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const m of (scripts.get(file) ?? '').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      visit(/** @type {string} */ (m[1]));
  };
  for (const page of pages)
    for (const m of page.matchAll(/(?:component-url|renderer-url|src|href)="[^"]*?_astro\/([^"]+\.js)"/g))
      visit(/** @type {string} */ (m[1]));
  /** @type {Set<string>} */
  const lazy = new Set();
  const chunkName = (/** @type {string} */ file) => file.replace(/\.[\w-]+\.(js|css)$/, '');
  for (const code of scripts.values()) {
    const deps =
      code
        .match(/m\.f=\[([^\]]*)\]/)?.[1]
        ?.match(/"[^"]*"/g)
        ?.map((d) => d.slice(1, -1)) ?? [];
    for (const m of code.matchAll(/import\(`\.\/([^`]+\.js)`\)[^;]*?__vite__mapDeps\(\[([\d,]*)\]\)/g)) {
      const chunk = /** @type {string} */ (m[1]);
      if (eager.has(chunk)) continue;
      for (const i of (m[2] ?? '').split(',')) {
        const dep = deps[Number(i)]?.replace(/^.*_astro\//, '');
        if (dep?.endsWith('.css') && chunkName(dep) === chunkName(chunk)) lazy.add(dep);
      }
    }
  }
  return lazy;
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Rewrites the built pages to link their grouped stylesheets and removes the sheets no page
 * or script refers to any more.
 * @param {string} dist the build folder
 * @param {Map<string, URL[]>} [routes] route → its built files (Astro's `assets`)
 */
export function bundleStylesheets(dist, routes = new Map()) {
  const all = files(dist);
  const html = all.filter((f) => f.endsWith('.html'));
  const assets = join(dist, '_astro');
  /** A stylesheet's href → its file, the base path (any prefix before `_astro/`) removed. */
  const fileOf = (/** @type {string} */ href) => join(dist, href.slice(href.indexOf('_astro/')));
  /** @type {Map<string, string>} bytes-hash → css text */
  const texts = new Map();
  /** @type {Map<string, string>} bytes-hash → an href with that content */
  const hrefOf = new Map();
  const scripts = new Map(
    readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, readFileSync(join(assets, f), 'utf8')]),
  );
  /** @type {Map<string, string[]>} */
  const pages = new Map();
  for (const page of html) {
    const source = readFileSync(page, 'utf8');
    // Per page: a chunk another page loads at start (我的学习's history) may still be on demand here.
    const onDemand = onDemandStylesheets(scripts, [source]);
    const links = [...source.matchAll(LINK)].filter(
      ([, href]) => !onDemand.has(href?.replace(/^.*_astro\//, '') ?? ''),
    );
    const keys = links.map(([, href]) => {
      const text = readFileSync(fileOf(/** @type {string} */ (href)), 'utf8');
      const key = createHash('sha256').update(text).digest('base64url');
      texts.set(key, text);
      if (!hrefOf.has(key)) hrefOf.set(key, /** @type {string} */ (href));
      return key;
    });
    pages.set(page, keys);
  }
  /** @type {Map<string, string>} */
  const routeOf = new Map();
  for (const [route, urls] of routes) for (const url of urls) routeOf.set(fileURLToPath(url), route);
  const groups = groupStylesheets(pages, routeOf);
  for (const [page, pageGroups] of groups) {
    const source = readFileSync(page, 'utf8');
    const first = source.match(LINK);
    if (!first) continue;
    const firstKey = pages.get(page)?.[0];
    if (!firstKey) {
      writeFileSync(page, source.replace(LINK, ''));
      continue;
    }
    const prefix = /** @type {string} */ (hrefOf.get(firstKey));
    const base = prefix.slice(0, prefix.indexOf('_astro/'));
    const links = pageGroups.map((group) => {
      if (group.length === 1)
        return `<link rel="stylesheet" href="${hrefOf.get(/** @type {string} */ (group[0]))}">`;
      const text = group.map((key) => texts.get(key)).join('\n');
      const name = `page.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.css`;
      writeFileSync(join(assets, name), text);
      return `<link rel="stylesheet" href="${base}_astro/${name}">`;
    });
    let placed = false;
    const rewritten = source.replace(LINK, () => {
      if (placed) return '';
      placed = true;
      return links.join('');
    });
    writeFileSync(page, rewritten);
  }
  // Sheets no page links and no script loads (Vite preloads a lazy island's CSS by name).
  const referrers = files(dist)
    .filter((f) => /\.(html|js|css)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  for (const sheet of readdirSync(assets).filter((f) => f.endsWith('.css'))) {
    if (!referrers.includes(sheet)) unlinkSync(join(assets, sheet));
  }
}

/**
 * The Astro integration: groups each page's stylesheets after the build.
 * @returns {import('astro').AstroIntegration}
 */
export default function cssBundles() {
  return {
    name: 'css-bundles',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        bundleStylesheets(fileURLToPath(dir), assets);
      },
    },
  };
}
