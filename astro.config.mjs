// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import cspFirst from './src/integrations/csp-first.mjs';
import unitComponents from './src/integrations/unit-components.mjs';
import cssBundles from './src/integrations/css-bundles.mjs';

/**
 * BASE_PATH=/x/y/ builds the site for hosting under that sub-path.
 * @param {string | undefined} raw
 */
function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
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

export default defineConfig({
  base: target === 'lms' ? LMS_BASE : normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    unitComponents(),
    mdx(),
    svelte(),
    cspFirst(),
    cssBundles(),
    ...(target === 'lms' ? [lmsShell] : []),
  ],
  vite: { define: { 'import.meta.env.COURSE_TARGET': JSON.stringify(target) } },
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
