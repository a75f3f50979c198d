import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt';
import { pagefindBundlePath } from '../../src/lib/search/pagefind';

describe('search excerpts', () => {
  it('splits hits from the text around them', () => {
    expect(excerptParts('做好<mark>复盘</mark>的关键')).toEqual([
      { text: '做好', hit: false },
      { text: '复盘', hit: true },
      { text: '的关键', hit: false },
    ]);
  });

  it('keeps markup in the text as literal characters, never as elements', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>A&amp;B</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> A&B');
  });
});

describe('pagefind bundle path', () => {
  it.each([
    ['/', '/pagefind/'],
    ['/x/y/', '/x/y/pagefind/'],
    ['/x/y', '/x/y/pagefind/'],
  ])('for base %s is %s', (base, path) => {
    expect(pagefindBundlePath(base)).toBe(path);
  });
});
