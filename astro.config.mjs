// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import cspFirst from './src/integrations/csp-first.mjs';
import unitComponents from './src/integrations/unit-components.mjs';
import cssBundles from './src/integrations/css-bundles.mjs';
import chunkGroups from './src/integrations/chunk-groups.mjs';
import clientPaced from './src/integrations/client-paced.mjs';
import modulePreload from './src/integrations/module-preload.mjs';

/**
 * BASE_PATH=/x/y/ builds the site for hosting under that sub-path.
 * @param {string | undefined} raw
 */
function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A tag that changes whenever the course's source does (content, code, dependencies):
 * search passes it to pagefind as its cache tag (`metaCacheTag`), so a page asks for the
 * index of its own version, never an older copy kept by a cache beside newer fragments.
 */
function sourceVersion() {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files = ['content', 'src']
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(join(root, 'package-lock.json'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * COURSE_TARGET=lms builds the copy that goes into the SCORM packages (src/lms/build/):
 * every URL starts with a placeholder base that the packager turns into relative URLs,
 * the launch page that owns the SCORM session is added at /lms/, and every page gets
 * the small bridge that reports to it (src/lib/scorm/bridge.ts).
 */
const target = process.env.COURSE_TARGET === 'lms' ? 'lms' : 'cdn';
const LMS_BASE = '/__lms_root__/';

/** @type {import('astro').AstroIntegration} */
const lmsShell = {
  name: 'lms-shell',
  hooks: {
    'astro:config:setup': ({ injectRoute, injectScript }) => {
      injectRoute({ pattern: '/lms', entrypoint: './src/lms/Shell.astro', prerender: true });
      // The framed pages' side of the session; the public build never contains it.
      injectScript('page', "import '/src/lib/scorm/bridge.ts';");
    },
  },
};

/**
 * The public site's offline worker, seen from its pages: the `<offline-status>` element that
 * registers `sw.js` (written by the last step of `npm run build`, src/offline/build-sw.ts).
 * Injected here rather than imported by a layout, so the LMS copy contains none of it.
 * @type {import('astro').AstroIntegration}
 */
const offline = {
  name: 'offline',
  hooks: {
    'astro:config:setup': ({ injectScript }) => {
      injectScript('page', "import '/src/lib/offline/element.ts';");
    },
  },
};

export default defineConfig({
  base: target === 'lms' ? LMS_BASE : normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    unitComponents(),
    clientPaced(),
    mdx(),
    svelte(),
    cspFirst(),
    cssBundles(),
    chunkGroups(),
    modulePreload(),
    ...(target === 'lms' ? [lmsShell] : [offline]),
  ],
  vite: {
    define: {
      'import.meta.env.COURSE_TARGET': JSON.stringify(target),
      'import.meta.env.SOURCE_VERSION': JSON.stringify(sourceVersion()),
    },
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search needs 'wasm-unsafe-eval': Pagefind runs its index through WebAssembly.
      // The README's header example must stay the same policy (a built-output test checks it).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
