import { describe, expect, it } from 'vitest';
import { manifest12, manifest2004, type ManifestOptions } from '../../../src/lms/build/manifest';
import { relativeRoot, rewriteCss, rewriteHtml, rewriteJs } from '../../../src/lms/build/rewrite';
import { validateManifest } from './xsd';

const options: ManifestOptions = {
  identifier: 'cs-manager-course-scorm12',
  title: '客服一线经理管理技能提升训练 & <测试>',
  version: '0.1.0',
  launch: 'lms/index.html',
  files: ['index.html', 'lms/index.html', 'units/goals/index.html', '_astro/a b.js', 'pagefind/pagefind.js'],
};

describe('manifests', () => {
  it.each([
    ['1.2', manifest12],
    ['2004', manifest2004],
  ] as const)(
    'SCORM %s validates against the official XSDs, with and without a mastery score',
    (edition, make) => {
      for (const mastery of [undefined, 80]) {
        const xml = make({ ...options, mastery });
        const result = validateManifest(edition, xml);
        expect(result.output).toContain('validates');
        expect(result.ok).toBe(true);
      }
    },
  );

  it('says what the LMS needs: the launch file, the mastery score, every file', () => {
    const xml12 = manifest12({ ...options, mastery: 80 });
    expect(xml12).toContain('adlcp:scormtype="sco" href="lms/index.html"');
    expect(xml12).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml12).toContain('<file href="_astro/a%20b.js"/>');
    expect(xml12).toContain('&amp; &lt;测试&gt;');
    const xml2004 = manifest2004({ ...options, mastery: 80 });
    expect(xml2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml2004).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
    expect(manifest2004(options)).not.toContain('primaryObjective');
  });

  it('fails validation for a manifest the schemas do not allow', () => {
    const bad = manifest2004(options).replace(
      'completionSetByContent="true"',
      'completionSetByContent="maybe"',
    );
    expect(validateManifest('2004', bad).ok).toBe(false);
    const bad12 = manifest12(options).replace('<title>', '<adlcp:nonsense/><title>');
    expect(validateManifest('1.2', bad12).ok).toBe(false);
  });
});

describe('relative URLs', () => {
  it('climbs one folder per level', () => {
    expect(relativeRoot('index.html')).toBe('./');
    expect(relativeRoot('units/goals/index.html')).toBe('../../');
    expect(relativeRoot('_astro/x.css')).toBe('../');
  });

  it('rewrites href, src, srcset, island URLs and props in HTML; folders get index.html', () => {
    const html = [
      '<link rel="stylesheet" href="/__lms_root__/_astro/a.css">',
      '<a href="/__lms_root__/">首页</a><a href="/__lms_root__/units/swot/#s-o">SWOT</a>',
      '<a href="/__lms_root__/me/?import=1">我的</a>',
      '<script type="module" src="/__lms_root__/_astro/x.js"></script>',
      '<img srcset="/__lms_root__/a.png 1x, /__lms_root__/b.png 2x">',
      '<astro-island component-url="/__lms_root__/_astro/K.js" renderer-url="/__lms_root__/_astro/c.js"',
      ' props="{&quot;href&quot;:[0,&quot;/__lms_root__/units/goals/&quot;]}">',
      '<search-dialog data-base="/__lms_root__/"><div style="background:url(/__lms_root__/bg.svg)">',
    ].join('\n');
    const out = rewriteHtml(html, 'units/goals/index.html');
    expect(out).not.toContain('__lms_root__');
    expect(out).toContain('href="../../_astro/a.css"');
    expect(out).toContain('href="../../index.html"');
    expect(out).toContain('href="../../units/swot/index.html#s-o"');
    expect(out).toContain('href="../../me/index.html?import=1"');
    expect(out).toContain('src="../../_astro/x.js"');
    expect(out).toContain('srcset="../../a.png 1x, ../../b.png 2x"');
    expect(out).toContain('component-url="../../_astro/K.js" renderer-url="../../_astro/c.js"');
    expect(out).toContain('&quot;../../units/goals/index.html&quot;');
    expect(out).toContain('data-base="../../"');
    expect(out).toContain('url(../../bg.svg)');
  });

  it('rewrites url() in CSS relative to the stylesheet', () => {
    expect(rewriteCss('a{background:url(/__lms_root__/img/x.svg)}', '_astro/a.css')).toBe(
      'a{background:url(../img/x.svg)}',
    );
  });

  it('turns the base in JS chunks into the root computed from the chunk’s own URL', () => {
    const js = 'function t(e){return`/__lms_root__/`+e}function w(t,n="/__lms_root__/"){}';
    const out = rewriteJs(js, '_astro/preload-helper.js');
    expect(out).toBe(
      'function t(e){return(new URL("../",import.meta.url).pathname)+e}function w(t,n=(new URL("../",import.meta.url).pathname)){}',
    );
  });

  it('turns a literal URL of a file under the base into one computed from the chunk’s URL', () => {
    const js = 'var e=`/__lms_root__/_astro/zxing_reader.B2.wasm`;';
    expect(rewriteJs(js, '_astro/x.js')).toBe(
      'var e=(new URL("../_astro/zxing_reader.B2.wasm",import.meta.url).pathname);',
    );
  });

  it('refuses a JS chunk with any other use of the base', () => {
    expect(() => rewriteJs('const u = "see /__lms_root__/pagefind/pagefind.js";', '_astro/x.js')).toThrow(
      /x\.js/,
    );
  });
});
