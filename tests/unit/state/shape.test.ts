import { describe, expect, it } from 'vitest';
import * as s from '../../../src/lib/state/shape';
import * as extra from '../../../src/lib/state/shape-extra';

const person = s.object({
  name: s.string(),
  age: s.optional(s.number()),
  tags: s.array(s.string()),
  scores: s.record(s.number()),
  partner: s.nullable(s.object({ name: s.string() })),
});

describe('shape validators', () => {
  it('accepts valid data and drops unknown fields', () => {
    const result = person.safeParse({ name: '甲', tags: ['a'], scores: { x: 1 }, partner: null, extra: 1 });
    expect(result).toEqual({
      success: true,
      data: { name: '甲', tags: ['a'], scores: { x: 1 }, partner: null },
    });
  });

  it.each([
    [{ tags: [], scores: {}, partner: null }, ['name'], '缺少此项'],
    [{ name: 1, tags: [], scores: {}, partner: null }, ['name'], '应为文字'],
    [{ name: '甲', age: Number.NaN, tags: [], scores: {}, partner: null }, ['age'], '应为数字'],
    [{ name: '甲', tags: [3], scores: {}, partner: null }, ['tags', 0], '应为文字'],
    [{ name: '甲', tags: [], scores: { x: '1' }, partner: null }, ['scores', 'x'], '应为数字'],
    [{ name: '甲', tags: [], scores: {}, partner: { name: false } }, ['partner', 'name'], '应为文字'],
    [[], [], '应为对象'],
  ])('reports the path and reason for %j', (input, path, message) => {
    const result = person.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]).toEqual({ path, message });
  });

  it('reports every problem at its own path, however deep, and the next values still check', () => {
    const list = s.object({
      rows: s.array(s.object({ id: s.string(), tags: s.record(s.array(s.number())) })),
    });
    const result = list.safeParse({
      rows: [
        { id: 'a', tags: { x: [1, 'two', 3] } },
        { id: 2, tags: { y: [4], z: 'no' } },
        { id: 'c', tags: {} },
      ],
    });
    expect(!result.success && result.error.issues).toEqual([
      { path: ['rows', 0, 'tags', 'x', 1], message: '应为数字' },
      { path: ['rows', 1, 'id'], message: '应为文字' },
      { path: ['rows', 1, 'tags', 'z'], message: '应为列表' },
    ]);
  });

  it('keeps a key named __proto__ as data, never as the prototype', () => {
    const parsed = s.record(s.number()).safeParse(JSON.parse('{"__proto__": 5, "a": 1}'));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
    expect(Object.keys(parsed.data)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(parsed.data, '__proto__')?.value).toBe(5);
  });

  it('a literal takes exactly its value', () => {
    expect(extra.literal('a').safeParse('a')).toEqual({ success: true, data: 'a' });
    expect(extra.literal('a').safeParse('b').success).toBe(false);
  });

  it('a defined shape sees the key it is read under', () => {
    const keyed = s.record(
      extra.define<number>((value, path, issues) => {
        const key = String(path.keys.at(-1));
        if (key.startsWith('x')) s.fail(issues, path, `不认识 ${key}`);
        return value as number;
      }),
    );
    expect(keyed.safeParse({ a: 1 }).success).toBe(true);
    const bad = keyed.safeParse({ a: 1, xb: 2 });
    expect(!bad.success && bad.error.issues).toEqual([{ path: ['xb'], message: '不认识 xb' }]);
  });

  it('an explained field says its own words when missing or wrong, and keeps deeper messages', () => {
    const file = s.object({
      tag: extra.explained(extra.literal('t'), '不是这种文件'),
      items: extra.explained(s.record(s.number()), '缺少条目'),
    });
    const issues = (input: unknown) => {
      const result = file.safeParse(input);
      return result.success ? [] : result.error.issues;
    };
    expect(issues({ items: {} })).toEqual([{ path: ['tag'], message: '不是这种文件' }]);
    expect(issues({ tag: 'u', items: [] })).toEqual([
      { path: ['tag'], message: '不是这种文件' },
      { path: ['items'], message: '缺少条目' },
    ]);
    expect(issues({ tag: 't', items: { a: 'x' } })).toEqual([{ path: ['items', 'a'], message: '应为数字' }]);
    expect(file.safeParse({ tag: 't', items: {}, extra: 1 })).toEqual({
      success: true,
      data: { tag: 't', items: {} },
    });
  });

  it('an optional field is optional in the type too', () => {
    const shape = s.object({ a: s.string(), b: s.optional(s.string()) });
    const value: s.Shape<{ a: string; b?: string | undefined }> = shape;
    expect(value.safeParse({ a: 'x' })).toEqual({ success: true, data: { a: 'x' } });
  });
});
