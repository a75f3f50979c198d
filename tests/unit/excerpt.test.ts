import { describe, expect, it } from 'vitest';
import { excerptParts, rankSubResults, tidyExcerpt } from '../../src/lib/search/excerpt';
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

describe('search excerpts that read like quotations', () => {
  const tidy = (excerpt: string, title = '') =>
    tidyExcerpt(excerptParts(excerpt), title)
      .map((p) => (p.hit ? `[${p.text}]` : p.text))
      .join('');

  it('marks a term pagefind split into characters as one hit', () => {
    expect(excerptParts('做好<mark>复</mark><mark>盘</mark>的关键')).toEqual([
      { text: '做好', hit: false },
      { text: '复盘', hit: true },
      { text: '的关键', hit: false },
    ]);
  });

  it.each([
    // a stray block separator at the start
    [
      '. 国内企业里，把<mark>复</mark><mark>盘</mark>变成管理方法的代表是联想。',
      '',
      '国内企业里，把[复盘]变成管理方法的代表是联想。',
    ],
    // the tail of the page's dimension label, then the heading shown above the excerpt
    [
      '业务. 业务<mark>复</mark><mark>盘</mark>——成为优秀管理者的阶梯. 用六步法把一次大促的客服工作<mark>复</mark><mark>盘</mark>透彻：找准差距的真正',
      '业务复盘——成为优秀管理者的阶梯',
      '用六步法把一次大促的客服工作[复盘]透彻：找准差距的真正…',
    ],
    // the section's heading, cut into by the window
    [
      '是<mark>复</mark><mark>盘</mark>. 「<mark>复</mark><mark>盘</mark>」一词来自围棋。一局下完',
      '什么是复盘',
      '「[复盘]」一词来自围棋。一局下完…',
    ],
    // mid-sentence: starts after the first full stop
    [
      '和等待上。<mark>复</mark><mark>盘</mark>时把 VT/ET 算一算，最该打通的那道墙就会浮出来。',
      '',
      '[复盘]时把 VT/ET 算一算，最该打通的那道墙就会浮出来。',
    ],
  ])('tidies %j', (excerpt, title, expected) => {
    expect(tidy(excerpt, title)).toBe(expected);
  });

  it('says "…" where it cannot reach a sentence start without dropping the hit', () => {
    expect(tidy('经典区分：管理应对<mark>复杂</mark>性，领导应对变化')).toBe(
      '…经典区分：管理应对[复杂]性，领导应对变化…',
    );
  });

  it('turns the separators between blocks into full stops', () => {
    expect(tidy('<mark>复</mark><mark>盘</mark>三件工具. 复盘Q10法', '')).toBe('…[复盘]三件工具。复盘Q10法…');
  });
});

describe('ranking the sections of a page', () => {
  it('puts the section with the heaviest hits first, keeping pagefind’s order on a tie', () => {
    const sub = (url: string, ...weights: number[]) => ({
      url,
      weighted_locations: weights.map((weight) => ({ weight })),
    });
    const ranked = rankSubResults([
      sub('a', 1),
      sub('b', 1, 1, 1),
      sub('model', 6, 1, 1, 1, 1),
      sub('c', 1, 1, 1),
    ]);
    expect(ranked.map((s) => s.url)).toEqual(['model', 'b', 'c', 'a']);
  });
});
