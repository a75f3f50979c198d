// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="[^"]*">/i;

/**
 * Moves the CSP `<meta>` Astro writes to the front of `<head>` (right after the charset,
 * which must stay within the first bytes), so the policy covers everything that follows.
 * Astro writes it where head content goes, after anything the layout puts in `<head>`.
 * @param {string} html
 * @returns {string}
 */
export function cspFirst(html) {
  const meta = html.match(CSP_META)?.[0];
  if (!meta) return html;
  const without = html.replace(meta, '');
  const charset = without.match(CHARSET);
  if (charset?.index !== undefined) {
    const at = charset.index + charset[0].length;
    return without.slice(0, at) + meta + without.slice(at);
  }
  return without.replace(/<head>/i, (head) => head + meta);
}

/**
 * Moves Astro's island `<style>` out of `<body>` into `<head>`. Astro writes its island rule
 * (`astro-island{display:contents}`) beside the first island, where HTML does not allow a
 * style that also applies to elements before it; in `<head>` it is valid and means the same.
 * @param {string} html
 * @returns {string}
 */
export function stylesToHead(html) {
  const bodyAt = html.search(/<body[\s>]/i);
  if (bodyAt < 0) return html;
  /** @type {string[]} */
  const styles = [];
  const body = html.slice(bodyAt).replace(/<style>astro-island[^<]*<\/style>/gi, (style) => {
    styles.push(style);
    return '';
  });
  if (!styles.length) return html;
  const head = html.slice(0, bodyAt).replace(/<\/head>/i, `${[...new Set(styles)].join('')}</head>`);
  return head + body;
}

/** The content of the CSP `<meta>` of a page, or undefined. @param {string} html */
export function cspOf(html) {
  return html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/i)?.[1];
}

/** Every HTML file under `dir`, for the steps that rewrite built pages. @param {string} dir @returns {AsyncGenerator<string>} */
export async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The file beside the pages that holds the policy to send as an HTTP header. */
export const HEADER_FILE = 'csp-header.txt';

/**
 * The header value for a host: the pages' policy plus `frame-ancestors`, which only a
 * header can carry. @param {string} policy
 */
export const headerPolicy = (policy) => `${policy} frame-ancestors 'self';`;

/** @returns {import('astro').AstroIntegration} */
export default function cspFirstIntegration() {
  return {
    name: 'head-order',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        /** @type {Set<string>} */
        const policies = new Set();
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const moved = stylesToHead(cspFirst(html));
          if (moved !== html) await writeFile(file, moved);
          const policy = cspOf(moved);
          if (policy) policies.add(policy);
        }
        // One policy serves every page, so a host can send it as one header.
        if (policies.size === 1)
          await writeFile(join(root, HEADER_FILE), `${headerPolicy([...policies][0] ?? '')}\n`);
      },
    },
  };
}
