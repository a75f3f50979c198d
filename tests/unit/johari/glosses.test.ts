import { describe, expect, it } from 'vitest';
import traits from '../../../content/johari/traits.json';
import { loadJohariTraits } from '../../../src/lib/johari/load';
import { groupTraits } from '../../../src/lib/johari/rules';

describe('the 沟通视窗 word list', () => {
  it.each([
    ['complex', '复杂', '有深度'],
    ['proud', '自豪', '有荣誉感'],
    ['religious', '有信仰', '信念坚定'],
  ])('says %s as a colleague would praise it at work: not %s but %s', (en, odd, gloss) => {
    const words = traits.traits.map((t) => t.word);
    expect(words).not.toContain(odd);
    expect(traits.traits.find((t) => t.en === en)?.word).toBe(gloss);
  });
});

describe('the word list in groups', () => {
  const list = loadJohariTraits();
  it('puts every word in one of 做事, 待人, 性情, and keeps each group scannable', () => {
    const groups = groupTraits(list);
    expect(groups.map((g) => g.group)).toEqual(['doing', 'relating', 'temperament']);
    expect(groups.flatMap((g) => g.traits).length).toBe(traits.traits.length);
    for (const g of groups) expect(g.traits.length).toBeLessThanOrEqual(24);
    expect(groups[1]!.traits.map((t) => t.word)).toContain('有同理心');
  });

  it('keeps a list without groups as one list, in order', () => {
    const plain = [
      { id: 1, word: '甲' },
      { id: 0, word: '乙' },
    ];
    expect(groupTraits(plain)).toEqual([{ group: undefined, traits: plain }]);
  });

  it('refuses a word without a known group, naming it', () => {
    const broken = JSON.stringify({
      traits: traits.traits.map((t, i) => (i === 3 ? { ...t, group: 'misc' } : t)),
    });
    expect(() => loadJohariTraits(broken)).toThrow(/traits.*3.*group|分组/);
  });
});
