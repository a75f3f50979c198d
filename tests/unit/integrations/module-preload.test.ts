import { describe, expect, it } from 'vitest';
import {
  addModulePreloads,
  collapseEntries,
  startImports,
} from '../../../src/integrations/module-preload.mjs';

/** A build's scripts by their `src`. */
const files: Record<string, string> = {
  '/base/_astro/page.A.js': 'import"./start.B.js";',
  '/base/_astro/BaseLayout.C.js': 'import"./start.B.js";',
  '/base/_astro/start.B.js':
    'import{a}from"./state.D.js";import{b}from"../shared/e.js";x(()=>import("./search.F.js"))',
  '/base/_astro/state.D.js': 'export const a=1;',
  '/base/shared/e.js': 'import"../_astro/state.D.js";export const b=2;',
};
const read = (src: string) => files[src];

describe('module preloads', () => {
  it('finds every module the start scripts import, through each other, but not what loads later', () => {
    expect(startImports(['/base/_astro/page.A.js', '/base/_astro/BaseLayout.C.js'], read)).toEqual([
      '/base/_astro/start.B.js',
      '/base/_astro/state.D.js',
      '/base/shared/e.js',
    ]);
  });

  it('puts one link per module before the first module script, and none twice', () => {
    const html =
      '<head><link rel="stylesheet" href="/base/_astro/page.css"><script type="module" src="/base/_astro/page.A.js"></script></head>' +
      '<body><astro-island component-url="/base/_astro/Swot.G.js"></astro-island><script type="module" src="/base/_astro/BaseLayout.C.js"></script></body>';
    const out = addModulePreloads(html, read);
    expect(out).toBe(
      '<head><link rel="stylesheet" href="/base/_astro/page.css">' +
        '<link rel="modulepreload" href="/base/_astro/start.B.js"><link rel="modulepreload" href="/base/_astro/state.D.js"><link rel="modulepreload" href="/base/shared/e.js">' +
        html.slice(html.indexOf('<script type="module"')),
    );
    // Run again (a second build step over the same file), it adds nothing.
    expect(addModulePreloads(out, read)).toBe(out);
  });

  it('points an entry that only imports a chunk at the chunk, and loads the chunk once', () => {
    const html =
      '<head><script type="module" src="/base/_astro/page.A.js"></script></head>' +
      '<body><p>正文</p><script type="module" src="/base/_astro/BaseLayout.C.js"></script></body>';
    expect(collapseEntries(html, read)).toBe(
      '<head><script type="module" src="/base/_astro/start.B.js"></script></head><body><p>正文</p></body>',
    );
    // Then the links are for what start imports, and not for start itself.
    expect(addModulePreloads(collapseEntries(html, read), read)).toContain(
      '<link rel="modulepreload" href="/base/_astro/state.D.js"><link rel="modulepreload" href="/base/shared/e.js"><script type="module" src="/base/_astro/start.B.js">',
    );
  });

  it('keeps an entry with code of its own, and the order of several imports', () => {
    const own: Record<string, string> = {
      ...files,
      '/base/_astro/two.H.js':
        'import"./state.D.js";import"../shared/e.js";\n//# sourceMappingURL=two.H.js.map\n',
    };
    const readOwn = (src: string) => own[src];
    const tag = (src: string) => `<script type="module" src="${src}"></script>`;
    expect(collapseEntries(tag('/base/_astro/start.B.js'), readOwn)).toBe(tag('/base/_astro/start.B.js'));
    expect(collapseEntries(tag('/base/_astro/two.H.js') + tag('/base/shared/e.js'), readOwn)).toBe(
      tag('/base/_astro/state.D.js') + tag('/base/shared/e.js'),
    );
    // A script outside the build is left as written.
    expect(collapseEntries(tag('https://example.com/x.js'), readOwn)).toBe(tag('https://example.com/x.js'));
  });

  it('leaves a page without module scripts, or with scripts outside the build, as it is', () => {
    expect(addModulePreloads('<p>没有脚本</p>', read)).toBe('<p>没有脚本</p>');
    const elsewhere = '<script type="module" src="https://example.com/x.js"></script>';
    expect(addModulePreloads(elsewhere, read)).toBe(elsewhere);
  });
});
