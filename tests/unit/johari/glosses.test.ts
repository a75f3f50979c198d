import { describe, expect, it } from 'vitest';
import traits from '../../../content/johari/traits.json';

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
