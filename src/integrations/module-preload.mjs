// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './csp-first.mjs';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"[^>]*><\/script>/g;
const STATIC_IMPORT = /(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
/**
 * The `src` of each module a script imports statically, as the page would write it.
 * @param {string} src
 * @param {string} text
 */
const importsOf = (src, text) =>
  [...text.matchAll(STATIC_IMPORT)].map(([, path]) =>
    posix.join(posix.dirname(src), /** @type {string} */ (path)),
  );

/** A script that only imports other scripts for their effects, and has no code of its own. */
const BARE_IMPORTS = /^(?:\s*import\s*["']\.{1,2}\/[^"']+\.js["'];?)+\s*(?:\/\/# sourceMappingURL=\S+\s*)?$/;

/**
 * Points each start script that is only an entry over shared chunks (`import"./start.js";`,
 * as the bundler leaves an entry whose modules all went to a chunk group) at those chunks
 * directly, and drops a script the page already loads. The browser runs the same modules in
 * the same order, without fetching a file of a few bytes first; two entries over the same
 * chunk (the layout's and the offline worker's) become one request.
 * @param {string} html
 * @param {(src: string) => string | undefined} read a script's text by its `src`, if it is in the build
 * @returns {string}
 */
export function collapseEntries(html, read) {
  /** @type {Set<string>} */
  const loaded = new Set();
  return html.replace(MODULE_SCRIPT, (tag, /** @type {string} */ src) => {
    const text = read(src);
    const targets = text !== undefined && BARE_IMPORTS.test(text) ? importsOf(src, text) : [src];
    const fresh = targets.filter((target) => !loaded.has(target));
    fresh.forEach((target) => loaded.add(target));
    return fresh
      .map((target) => (target === src ? tag : tag.replace(`src="${src}"`, `src="${target}"`)))
      .join('');
  });
}

/**
 * The modules a page's start scripts import, directly or through each other: what the
 * browser would otherwise find only once each script arrived, one round trip after another.
 * Islands are not among them: they load when visible.
 * @param {string[]} entries the `src` of each `<script type="module">`, as written in the page
 * @param {(src: string) => string | undefined} read a script's text by its `src`, if it is in the build
 * @returns {string[]} their `src`, in the order found, without the entries themselves
 */
export function startImports(entries, read) {
  /** @type {string[]} */
  const found = [];
  const visit = (/** @type {string} */ src) => {
    const text = read(src);
    if (text === undefined) return;
    for (const dependency of importsOf(src, text)) {
      if (entries.includes(dependency) || found.includes(dependency)) continue;
      found.push(dependency);
      visit(dependency);
    }
  };
  entries.forEach(visit);
  return found;
}

/**
 * Puts a `<link rel="modulepreload">` for each module the page's start scripts import just
 * before the first of them, so all of them download at once, beside the stylesheets. The
 * start scripts import shared chunks (the state layer: src/integrations/chunk-groups.mjs);
 * without the links the state layer arrived a round trip after the script, and on a slow
 * connection that was the largest paint's wait.
 * @param {string} html
 * @param {(src: string) => string | undefined} read
 * @returns {string}
 */
export function addModulePreloads(html, read) {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  const first = scripts[0];
  if (!first || first.index === undefined) return html;
  const entries = scripts.map((m) => /** @type {string} */ (m[1]));
  const links = startImports(entries, read)
    .filter((src) => !html.includes(`rel="modulepreload" href="${src}"`))
    .map((src) => `<link rel="modulepreload" href="${src}">`)
    .join('');
  return links ? html.slice(0, first.index) + links + html.slice(first.index) : html;
}

/** @returns {import('astro').AstroIntegration} */
export default function modulePreload() {
  /** @type {string} */
  let base = '/';
  return {
    name: 'module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        /** @type {Map<string, string | undefined>} */
        const scripts = new Map();
        // A script of the build by its `src`, read once for all pages.
        const read = (/** @type {string} */ src) => {
          if (!src.startsWith(base)) return undefined;
          if (!scripts.has(src)) {
            const file = join(root, src.slice(base.length));
            scripts.set(src, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return scripts.get(src);
        };
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const next = addModulePreloads(collapseEntries(html, read), read);
          if (next !== html) await writeFile(file, next);
        }
      },
    },
  };
}
