import { describe, expect, it } from 'vitest';
import { groupStylesheets, onDemandStylesheets } from '../../../src/integrations/css-bundles.mjs';

describe('groupStylesheets', () => {
  const routes = new Map([
    ['units/a', '/units/[unit]'],
    ['units/b', '/units/[unit]'],
  ]);

  it("splits a unit page into its route's shared part and its own part, in order", () => {
    const groups = groupStylesheets(
      new Map([
        ['units/a', ['site', 'unit', 'swot']],
        ['units/b', ['site', 'unit', 'johari', 'assessment']],
      ]),
      routes,
    );
    expect(groups.get('units/a')).toEqual([['site', 'unit'], ['swot']]);
    expect(groups.get('units/b')).toEqual([
      ['site', 'unit'],
      ['johari', 'assessment'],
    ]);
  });

  it('gives a page of its own one stylesheet, and leaves out a sheet whose bytes came before', () => {
    const groups = groupStylesheets(new Map([['me', ['site', 'copy', 'me', 'copy']]]));
    expect(groups.get('me')).toEqual([['site', 'copy', 'me']]);
  });

  it('keeps a unit with nothing of its own at one stylesheet', () => {
    const groups = groupStylesheets(
      new Map([
        ['units/a', ['site', 'unit']],
        ['units/b', ['site', 'unit', 'swot']],
      ]),
      routes,
    );
    expect(groups.get('units/a')).toEqual([['site', 'unit']]);
  });
});

describe('onDemandStylesheets', () => {
  const lazyImporter =
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/HandIn.a1.js","_astro/shared.b2.js","_astro/HandIn.c3.css","_astro/shared.d4.css"])))=>i.map(i=>d[i]);' +
    'import{x}from"./shared.b2.js";const open=()=>p(()=>import(`./HandIn.a1.js`),__vite__mapDeps([0,1,2,3]));';

  it('finds the CSS of a chunk that only ever loads on demand, and nothing it shares', () => {
    const scripts = new Map([
      ['HandInGate.e5.js', lazyImporter],
      ['HandIn.a1.js', ''],
      ['shared.b2.js', ''],
    ]);
    expect([
      ...onDemandStylesheets(scripts, ['<astro-island component-url="/_astro/HandInGate.e5.js">']),
    ]).toEqual(['HandIn.c3.css']);
  });

  it('keeps the CSS of a chunk the page also loads at start, through a static import', () => {
    const scripts = new Map([
      ['HandInGate.e5.js', lazyImporter],
      ['Overview.f6.js', 'import{y}from"./HandIn.a1.js";'],
    ]);
    const page =
      '<astro-island component-url="/_astro/HandInGate.e5.js"><astro-island component-url="/_astro/Overview.f6.js">';
    expect([...onDemandStylesheets(scripts, [page])]).toEqual([]);
  });

  it('still finds it on demand on a page where only another page loads it at start', () => {
    const scripts = new Map([
      ['HandInGate.e5.js', lazyImporter],
      ['Overview.f6.js', 'import{y}from"./HandIn.a1.js";'],
    ]);
    const unit = '<astro-island component-url="/_astro/HandInGate.e5.js">';
    expect([...onDemandStylesheets(scripts, [unit])]).toEqual(['HandIn.c3.css']);
  });
});
