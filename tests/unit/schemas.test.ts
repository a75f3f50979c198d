import { describe, expect, it } from 'vitest';
import { unitSchema } from '../../src/lib/schemas/unit';
import { courseSchema } from '../../src/lib/schemas/course';
import { checkSchema } from '../../src/lib/schemas/check';
import { describeIssues } from '../../src/lib/content/describe-issues';
import course from '../../content/course.json';

const validUnit = {
  order: 1,
  label: '第一讲',
  title: '学习力',
  subtitle: '管理者必备的能力',
  dimension: '管理自我',
  summary: '一句话摘要',
  minutes: 60,
  goals: [2],
  objectives: ['能够说明学习力的含义'],
};

describe('unit front matter', () => {
  it('accepts a complete front matter', () => {
    expect(unitSchema.safeParse(validUnit).success).toBe(true);
  });

  it.each([
    ['title', { ...validUnit, title: undefined }, '需要填写标题'],
    ['dimension', { ...validUnit, dimension: '管理客户' }, '维度只能是'],
    ['minutes', { ...validUnit, minutes: '60分钟' }, '建议课时'],
    ['goals', { ...validUnit, goals: [9] }, ''],
    ['objectives', { ...validUnit, objectives: [] }, '至少写一条学习目标'],
  ])('rejects a bad %s with a message naming the field', (field, input, message) => {
    const result = unitSchema.safeParse(input);
    expect(result.success).toBe(false);
    const text = describeIssues('content/lectures/learning.mdx', result.error!.issues);
    expect(text).toContain('content/lectures/learning.mdx');
    expect(text).toContain(`字段 ${field}`);
    expect(text).toContain(message);
  });
});

describe('course metadata', () => {
  it('validates the shipped course.json, with 5 benefits and 7 goals', () => {
    const parsed = courseSchema.parse(course);
    expect(parsed.benefits).toHaveLength(5);
    expect(parsed.goals).toHaveLength(7);
    expect(parsed.dimensions.map((d) => d.name)).toEqual(['管理自我', '管理业务', '管理团队']);
  });

  it('rejects a course with six goals', () => {
    const result = courseSchema.safeParse({ ...course, goals: course.goals.slice(0, 6) });
    expect(result.success).toBe(false);
    expect(describeIssues('content/course.json', result.error!.issues)).toMatch(
      /字段 goals：课程目标应正好 7 条/,
    );
  });
});

describe('knowledge check data', () => {
  const question = {
    id: 'q1',
    prompt: '题干',
    options: ['甲', '乙'],
    answer: 1,
    explanation: '解析',
    objective: 3,
  };
  const five = (q: object) => [q, ...[2, 3, 4, 5].map((n) => ({ ...question, id: `q${n}` }))];

  it('accepts a question whose answer is one of its options', () => {
    expect(checkSchema.safeParse({ unit: 'swot', questions: five(question) }).success).toBe(true);
  });

  it('rejects an answer index past the options', () => {
    const result = checkSchema.safeParse({ unit: 'swot', questions: five({ ...question, answer: 2 }) });
    expect(result.success).toBe(false);
    expect(describeIssues('content/checks/swot.json', result.error!.issues)).toContain(
      '字段 questions.0.answer：正确答案的序号超出了选项范围',
    );
  });

  it('names a missing or out-of-range 课程目标 and a check of fewer than five questions', () => {
    const untagged = checkSchema.safeParse({ unit: 'swot', questions: five({ ...question, objective: 8 }) });
    expect(describeIssues('content/checks/swot.json', untagged.error!.issues)).toContain(
      '字段 questions.0.objective：课程目标是 1–7',
    );
    const short = checkSchema.safeParse({ unit: 'swot', questions: [question] });
    expect(describeIssues('content/checks/swot.json', short.error!.issues)).toContain('至少五道题');
  });
});
