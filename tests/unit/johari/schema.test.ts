import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadJohariTraits } from '../../../src/lib/johari/load';

const file = new URL('../../../content/johari/traits.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));

describe('the word list content/johari/traits.json', () => {
  it('is valid and holds the 56 words of the classic list, each id once', () => {
    const traits = loadJohariTraits(JSON.stringify(data));
    expect(traits).toHaveLength(56);
    expect(new Set(traits.map((t) => t.id)).size).toBe(56);
    expect(traits.find((t) => t.id === 44)?.word).toBe('在意他人眼光');
  });

  it.each([
    ['a repeated id', (d: any) => (d.traits[1].id = 0), '字段 traits.1.id：id 0 与第 1 个词重复'],
    [
      'a repeated word',
      (d: any) => (d.traits[2].word = '能干'),
      '字段 traits.2.word：「能干」与第 1 个词重复',
    ],
    ['an id above 127', (d: any) => (d.traits[3].id = 200), '字段 traits.3.id：id 不能大于 127'],
    ['an empty word', (d: any) => (d.traits[4].word = ' '), '字段 traits.4.word：词语不能为空'],
    ['too few words', (d: any) => (d.traits = d.traits.slice(0, 10)), '字段 traits：至少需要 16 个词'],
  ])('fails the build with a Chinese message naming file and field for %s', (_, breakIt, message) => {
    const broken = structuredClone(data);
    breakIt(broken);
    expect(() => loadJohariTraits(JSON.stringify(broken))).toThrow('content/johari/traits.json 有');
    expect(() => loadJohariTraits(JSON.stringify(broken))).toThrow(message);
  });
});
