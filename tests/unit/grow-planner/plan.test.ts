import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  blankGrowPlan,
  hasQuestion,
  memberName,
  planFromText,
  withStage,
  type GrowPlan,
} from '../../../src/lib/grow-planner/model';
import { checkGrowPlan, isMeasurableGoal } from '../../../src/lib/grow-planner/checks';
import { growMarkdown } from '../../../src/lib/grow-planner/export';
import {
  GROW_EXAMPLE_FILE,
  GROW_STAGES_FILE,
  loadGrowExample,
  loadGrowStages,
} from '../../../src/lib/grow-planner/load';

const stages = loadGrowStages();
let n = 0;
const id = () => `q${++n}`;

function planWith(
  questions: Partial<Record<keyof GrowPlan['stages'], string[]>>,
  extra: Partial<GrowPlan> = {},
): GrowPlan {
  let plan = { ...blankGrowPlan(), topic: '一次解决率下滑', ...extra };
  for (const [stage, list] of Object.entries(questions)) {
    const key = stage as keyof GrowPlan['stages'];
    plan = withStage(plan, key, {
      ...plan.stages[key],
      questions: list!.map((text) => ({ id: id(), text })),
    });
  }
  return plan;
}

describe('the lecture’s GROW stages', () => {
  it('ships the four stages in order, each with the lecture’s questions', () => {
    expect(stages.map((s) => s.name)).toEqual(['目标设定', '现状分析', '发展路径', '行动计划']);
    expect(stages.map((s) => s.letter).join('')).toBe('GROW');
    expect(stages[3]!.questions.at(-1)).toContain('1～10 分');
  });

  it.each([
    ['broken JSON', '[{', '不是有效的 JSON'],
    ['three stages', JSON.stringify(stages.slice(0, 3)), '应正好有四个步骤'],
    ['a stage out of order', JSON.stringify([stages[1], stages[0], stages[2], stages[3]]), '顺序应为'],
    [
      'an empty question',
      JSON.stringify(stages.map((s, i) => (i ? s : { ...s, questions: ['', '好问题？'] }))),
      '字段 0.questions.0',
    ],
  ])('stops the build on %s, naming the file', (_, text, message) => {
    expect(() => loadGrowStages(text)).toThrow(GROW_STAGES_FILE);
    expect(() => loadGrowStages(text)).toThrow(message);
  });

  it('ships an example whose questions are open', () => {
    const example = loadGrowExample();
    expect(example.title).toMatch(/^示例/);
    const plan = planFromText(example, id);
    expect(checkGrowPlan(plan, stages)).toEqual([]);
  });

  it('rejects an example without a topic', () => {
    const example = loadGrowExample();
    expect(() => loadGrowExample(JSON.stringify({ ...example, topic: '' }))).toThrow(
      `${GROW_EXAMPLE_FILE} 有 1 处需要修改`,
    );
  });
});

describe('building a plan', () => {
  it('adds a bank question once, however it is spaced', () => {
    const stage = addQuestion(blankGrowPlan().stages.goal, { id: 'a', text: '我们怎么知道目标达成了？' });
    expect(hasQuestion(stage, '我们怎么知道 目标达成了？')).toBe(true);
    expect(addQuestion(stage, { id: 'b', text: '我们怎么知道目标达成了？' }).questions).toHaveLength(1);
  });

  it('calls an unnamed member anonymous', () => {
    expect(memberName({ member: '  ' })).toBe('组员（匿名）');
    expect(memberName({ member: '阿梅' })).toBe('阿梅');
  });
});

describe('the plan’s self-check', () => {
  const full = {
    goal: ['这次谈话结束时，你希望带走什么？'],
    reality: ['最近的数据是怎样的？'],
    options: ['你能想到哪些办法？'],
    will: ['你具体要做什么？'],
  };

  it('lists a stage without questions and a missing topic', () => {
    const hints = checkGrowPlan(planWith({ goal: full.goal }, { topic: '' }), stages);
    expect(hints.map((h) => h.code)).toEqual(['no-topic', 'no-questions', 'no-questions', 'no-questions']);
    expect(hints[1]!.message).toBe('「现状分析」还没有要问的问题。');
  });

  it.each([
    ['你是不是应该先查订单？', 'leading'],
    ['你为什么又没做到？', 'leading'],
    ['你有信心吗？', 'closed'],
  ])('flags %j as %s', (question, code) => {
    const hints = checkGrowPlan(planWith({ ...full, reality: [question] }), stages);
    expect(hints).toEqual([expect.objectContaining({ code, stage: 'reality', severity: 'warn' })]);
  });

  it.each([
    ['三周内一次解决率回到 78%', true],
    ['月底前满意度回到九成', true],
    ['让小周状态好一点', false],
  ])('goal %j is measurable: %s', (goal, measurable) => {
    expect(isMeasurableGoal(goal)).toBe(measurable);
    const plan = planWith(full);
    const hints = checkGrowPlan(withStage(plan, 'goal', { ...plan.stages.goal, notes: goal }), stages);
    expect(hints.some((h) => h.code === 'goal-not-measurable')).toBe(!measurable);
  });

  it('asks for a follow-up date in the action plan', () => {
    const plan = planWith(full);
    expect(
      checkGrowPlan(withStage(plan, 'will', { ...plan.stages.will, notes: '帮他约二线组长' }), stages).map(
        (h) => h.code,
      ),
    ).toEqual(['no-follow-up']);
    expect(
      checkGrowPlan(withStage(plan, 'will', { ...plan.stages.will, notes: '下周一 15 分钟回顾' }), stages),
    ).toEqual([]);
  });
});

describe('the Markdown conversation plan', () => {
  const plan = planWith(
    { goal: ['三周后，你希望达到多少？'], options: ['还有别的吗？', '  '] },
    { member: '<b>阿梅</b>', meeting: '周四 14:30' },
  );
  const md = growMarkdown(plan, { title: '阿梅 #1', stages });

  it('has the head and the four steps in order, with their questions numbered', () => {
    expect(md.startsWith('# GROW 辅导面谈计划：阿梅 #1\n')).toBe(true);
    expect(md).toContain('- 绩效话题：一次解决率下滑');
    expect(md).toContain('- 时间与地点：周四 14:30');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 1. 目标设定（愿景重现）',
      '## 2. 现状分析（澄清真相）',
      '## 3. 发展路径（探讨方案）',
      '## 4. 行动计划（改善方式）',
    ]);
    expect(md).toContain('1. 三周后，你希望达到多少？');
    expect(md).toContain('1. 还有别的吗？\n\n');
  });

  it('escapes learner text and says when a step has no questions', () => {
    expect(md).toContain('- 面谈对象：&lt;b>阿梅&lt;/b>');
    expect(md).toContain('（还没有准备问题）');
  });

  it('writes 组员（匿名） when no name is given, and marks the example', () => {
    const anonymous = growMarkdown(blankGrowPlan(), { title: '', stages, example: true });
    expect(anonymous).toContain('- 面谈对象：组员（匿名）');
    expect(anonymous).toContain('# GROW 辅导面谈计划：未命名面谈计划');
    expect(anonymous).toContain('**示例**');
  });
});
