/**
 * Turns the LMS build (made with the placeholder base `/__lms_root__/`) into a folder whose
 * every URL is relative, because an LMS serves a package under a path nobody knows in
 * advance, and serves files, never a folder's index.html:
 * - HTML: every placeholder URL (href, src, srcset, island component-url / renderer-url and
 *   props, data-* attributes, inline styles) becomes relative to the page; a link to a
 *   folder gets `index.html`, except the bases in data-base / data-root;
 * - CSS: url() relative to the stylesheet;
 * - JS chunks: the base as a whole string (Vite's preload helper, import.meta.env.BASE_URL)
 *   becomes the site root computed from the chunk's own URL at run time. Any other use of
 *   the placeholder is an error, so nothing absolute slips into a package.
 */

export const LMS_BASE = '/__lms_root__/';

/** `../` per folder between `file` (relative to the site root, with `/`) and the root. */
export function relativeRoot(file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

const BASE_ATTRIBUTES = /(?:data-base|data-root)\s*=\s*["']?$/;
const URL_IN_HTML = /\/__lms_root__\/([^"'\s<>&?#),]*)/g;

export function rewriteHtml(html: string, file: string): string {
  const root = relativeRoot(file);
  return html.replace(URL_IN_HTML, (_match, path: string, offset: number) => {
    const before = html.slice(Math.max(0, offset - 24), offset);
    const isFolder = path === '' || path.endsWith('/');
    const index = isFolder && !BASE_ATTRIBUTES.test(before) ? 'index.html' : '';
    return root + path + index;
  });
}

export function rewriteCss(css: string, file: string): string {
  return css.replace(/\/__lms_root__\//g, relativeRoot(file));
}

/** A path under the site root, computed by a chunk from its own location. */
const runtimePath = (file: string, path: string) =>
  `(new URL(${JSON.stringify(relativeRoot(file) + path)},import.meta.url).pathname)`;

export function rewriteJs(js: string, file: string): string {
  // The root itself ("/__lms_root__/") and whole literals of a file under it, such as the
  // scanner's wasm URL ("/__lms_root__/_astro/zxing_reader….wasm").
  const out = js.replace(/(["'`])\/__lms_root__\/([^"'`$\\\s]*)\1/g, (_m, _q, path: string) =>
    runtimePath(file, path),
  );
  if (out.includes('__lms_root__')) {
    const at = out.indexOf('__lms_root__');
    throw new Error(`${file}: 未能改写的站点根路径：…${out.slice(Math.max(0, at - 60), at + 40)}…`);
  }
  return out;
}

/** Rewrites one file by its extension; other files are returned unchanged. */
export function rewriteFile(file: string, text: string): string {
  if (file.endsWith('.html')) return rewriteHtml(text, file);
  if (file.endsWith('.css')) return rewriteCss(text, file);
  if (file.endsWith('.js') || file.endsWith('.mjs')) return rewriteJs(text, file);
  return text;
}
