import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../src/lib/assessments/validate';
import { assessmentFileSchema } from '../../../src/lib/schemas/assessment';
import listening from '../../../content/assessments/listening-test.json';
import conflict from '../../../content/assessments/conflict-test.json';
import gaps from '../../../content/assessments/gap-quiz.json';

type Data = Parameters<typeof crossCheck>[0];
/** A course data file as its schema reads it, to be spoiled one field at a time. */
const read = (raw: unknown): Data => {
  const copy = structuredClone(raw) as Record<string, unknown>;
  return assessmentFileSchema.parse(copy) as Data;
};

describe('the course files pass every cross-check', () => {
  it.each([
    ['listening-test', listening],
    ['conflict-test', conflict],
    ['gap-quiz', gaps],
  ])('%s', (_, raw) => {
    expect(crossCheck(read(raw))).toEqual([]);
  });
});

/** Spoils one field of parsed data in place (any: the cases reach into each kind's own shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spoil = (data: any) => unknown;

const cases: [string, unknown, Spoil, RegExp][] = [
  [
    'a repeated dimension id',
    listening,
    (d: any) => d.dimensions.push({ ...d.dimensions[0] }),
    /维度 id「.+」重复了/,
  ],
  ['a repeated item id', listening, (d: any) => d.items.push({ ...d.items[0] }), /题目 id「l01」重复了/],
  [
    'an item of an unknown dimension',
    listening,
    (d: any) => (d.items[0].dimension = 'nope'),
    /没有 id 为「nope」的维度/,
  ],
  [
    'a scale that does not ascend',
    listening,
    (d: any) => (d.scale[1].value = d.scale[0].value),
    /量表分值应从低到高排列/,
  ],
  [
    'a dimension without items',
    listening,
    (d: any) => d.dimensions.push({ ...d.dimensions[0], id: 'empty', label: '空维度' }),
    /维度「空维度」没有任何题目/,
  ],
  [
    'bands that leave the lowest scores without a reading',
    listening,
    (d: any) => (d.bands[0].min += 1),
    /第一档应从可能的最低分/,
  ],
  [
    'two options of one item in the same style',
    conflict,
    (d: any) => (d.items[0].options[1].dimension = d.items[0].options[0].dimension),
    /同一题的选项应属于不同的维度/,
  ],
  [
    'a quiz answer that is no option',
    gaps,
    (d: any) => (d.items[0].answer = 'gap9'),
    /没有 id 为「gap9」的维度/,
  ],
];

describe.each(cases)('%s', (_, raw, spoil, message) => {
  it('is reported with the field to fix', () => {
    const data = read(raw);
    spoil(data);
    const issues = crossCheck(data);
    expect(issues.map((i) => i.message).join('\n')).toMatch(message);
    expect(issues.every((i) => i.path.length > 0)).toBe(true);
  });
});
