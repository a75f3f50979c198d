import { describe, expect, it } from 'vitest';
import { normaliseBase, presentHref, sectionHref, unitHref, withBase } from '../../src/lib/links';

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['course', '/course/'],
    ['/x/y', '/x/y/'],
    ['x/y/', '/x/y/'],
    ['//x//', '/x/'],
  ])('turns %j into %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('withBase', () => {
  it.each([
    ['', '/', '/'],
    ['', '/x/y/', '/x/y/'],
    ['agenda', '/x/y/', '/x/y/agenda/'],
    ['/agenda/', '/x/y/', '/x/y/agenda/'],
    ['favicon.svg', '/x/y/', '/x/y/favicon.svg'],
    ['units/swot/#s-o', '/', '/units/swot/#s-o'],
    ['me?import=1', '/c/', '/c/me/?import=1'],
    ['#top', '/c/', '/c/#top'],
  ])('joins %j onto base %j as %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it('never produces a link that escapes the base', () => {
    for (const path of ['/', '//evil', '/units/a/']) {
      expect(withBase(path, '/sub/')).toMatch(/^\/sub\//);
    }
  });
});

describe('unit links', () => {
  it('point to reading, presenting and section pages under the base', () => {
    expect(unitHref('swot', '/c/')).toBe('/c/units/swot/');
    expect(presentHref('swot', '/c/')).toBe('/c/present/swot/');
    expect(sectionHref('swot', '认识SWOT', '/c/')).toBe(`/c/units/swot/#${encodeURIComponent('认识SWOT')}`);
  });
});
