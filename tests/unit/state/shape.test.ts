import { describe, expect, it } from 'vitest';
import * as s from '../../../src/lib/state/shape';

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
});
