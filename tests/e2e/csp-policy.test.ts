import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cspFirst, cspOf, headerPolicy, HEADER_FILE } from '../../src/integrations/csp-first.mjs';

const root = join(import.meta.dirname, '../..');
const dist = process.env.SITE_DIST ?? join(root, 'dist');

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
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the CSP works as a meta tag and as an HTTP header alike', () => {
  describe.each(pages)('$name', ({ html }) => {
    it('puts the policy first in <head>, right after the charset', () => {
      expect(html).toMatch(
        /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/i,
      );
    });

    it('runs no inline script the policy does not list by hash', () => {
      const policy = cspOf(html)!;
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => m[1]!,
      );
      for (const body of inline) expect(policy, body.slice(0, 60)).toContain(sha256(body));
    });
  });

  it('has one policy for every page, written beside them as the header a host sends', () => {
    const policies = new Set(pages.map((p) => cspOf(p.html)));
    expect(policies.size).toBe(1);
    const header = readFileSync(join(dist, HEADER_FILE), 'utf8').trim();
    expect(header).toBe(headerPolicy([...policies][0]!));
    // The README's example is that policy, with the build-specific hashes left out.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readme.match(/add_header Content-Security-Policy "([^"]*)"/)?.[1];
    expect(example).toBe(header.replace(/( 'sha256-[^']+')+/g, " 'sha256-…'"));
    expect(readme).toContain(HEADER_FILE);
    // Search needs WebAssembly; the README says so next to it.
    expect(example).toContain("'wasm-unsafe-eval'");
    expect(readme).toMatch(/'wasm-unsafe-eval'.{0,40}search/);
  });

  it('moves a late policy to the front of <head>', () => {
    const page =
      '<html><head><meta charset="utf-8"><script src="/a.js"></script><meta http-equiv="content-security-policy" content="x"></head></html>';
    expect(cspFirst(page)).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><script src="/a.js"></script></head></html>',
    );
  });
});
