import { describe, expect, it } from 'vitest';
import { blankGoal, goalFromExample, type GoalData } from '../../../src/lib/goal-worksheet/model';
import { checkGoal, planGaps, type PrincipleKey } from '../../../src/lib/goal-worksheet/smart';
import { loadGoalExample } from '../../../src/lib/goal-worksheet/load';

const TODAY = '2026-11-02';

/** A goal that meets every principle. */
function complete(): GoalData {
  return {
    ...blankGoal(),
    understanding: '主管要减少重复来电，这是本季度中心的重点。',
    statement: '12 月 31 日前，热线一组一次解决率从 70% 提到 76%，组长负责。',
    elements: {
      content: '热线一组的一次解决率',
      measure: '7 天内未就同一问题再次来电的比例，系统月报取数',
      baseline: '70%',
      target: '76%',
      deadline: '2026-12-31',
      milestones: '11 月底检查一次',
      owner: '组长',
      resources: '每周两小时培训时段',
    },
    obstacles: [{ id: 'o', obstacle: '话务高峰', countermeasure: '培训放在低谷' }],
    supports: [{ id: 's', factor: '更新知识库', owner: '小林', due: '2026-11-15' }],
    flexibility: '话务超出预测 20% 时与经理重新确认节点。',
    subGoals: [
      {
        id: 'g',
        title: '新人不低于 72%',
        owner: '阿珍',
        due: '2026-12-31',
        actions: [{ id: 'a', text: '每周抽听录音', owner: '阿珍', due: '2026-11-10' }],
      },
    ],
  };
}

const statusOf = (d: GoalData, key: PrincipleKey) => checkGoal(d, TODAY).find((c) => c.key === key)!;
const edit = (change: (d: GoalData) => void) => {
  const d = complete();
  change(d);
  return d;
};

describe('the SMART self-check', () => {
  it('finds nothing missing in a complete goal', () => {
    expect(checkGoal(complete(), TODAY).filter((c) => c.status !== 'ok')).toEqual([]);
    expect(planGaps(complete())).toEqual([]);
  });

  it('points at everything on an empty sheet, without throwing', () => {
    const checks = checkGoal(blankGoal(), TODAY);
    expect(checks.map((c) => c.key)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'timeBound',
      'assignable',
      'challenge',
      'decomposable',
    ]);
    expect(checks.filter((c) => c.status === 'missing').map((c) => c.key)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'timeBound',
      'assignable',
      'decomposable',
    ]);
  });

  it.each<[string, (d: GoalData) => void, PrincipleKey, 'missing' | 'improve', RegExp]>([
    [
      'no deadline at all',
      (d) => {
        d.elements.deadline = '';
        d.statement = '热线一组一次解决率从 70% 提到 76%';
      },
      'timeBound',
      'missing',
      /没有完成期限/,
    ],
    [
      'a date only in the sentence',
      (d) => {
        d.elements.deadline = '';
      },
      'timeBound',
      'improve',
      /目标陈述里提到了时间/,
    ],
    [
      'a deadline already past',
      (d) => {
        d.elements.deadline = '2026-10-01';
      },
      'timeBound',
      'improve',
      /2026-10-01 已经过去/,
    ],
    [
      'no checkpoints',
      (d) => {
        d.elements.milestones = ' ';
      },
      'timeBound',
      'improve',
      /没有中间检查节点/,
    ],
    [
      'nothing measurable',
      (d) => {
        d.elements.measure = '';
        d.elements.target = '';
        d.statement = '年底前把服务做得更好';
      },
      'measurable',
      'missing',
      /没有可衡量的标准/,
    ],
    [
      'a target with no number',
      (d) => {
        d.elements.target = '明显提升';
        d.statement = '热线一组一次解决率明显提升';
      },
      'measurable',
      'missing',
      /目标值里没有数字/,
    ],
    [
      'no measuring method',
      (d) => {
        d.elements.measure = '';
      },
      'measurable',
      'improve',
      /衡量口径/,
    ],
    [
      'no baseline',
      (d) => {
        d.elements.baseline = '不清楚';
      },
      'measurable',
      'improve',
      /缺少基线/,
    ],
    [
      'no owner',
      (d) => {
        d.elements.owner = '';
        d.statement = '12 月 31 日前一次解决率提到 76%';
      },
      'assignable',
      'missing',
      /没有责任人/,
    ],
    [
      'a vague content',
      (d) => {
        d.elements.content = '提升服务质量';
      },
      'specific',
      'improve',
      /偏笼统（「提升服务质量」）/,
    ],
    [
      'no resources',
      (d) => {
        d.elements.resources = '';
      },
      'achievable',
      'missing',
      /所需资源/,
    ],
    [
      'no reason',
      (d) => {
        d.understanding = '';
      },
      'relevant',
      'missing',
      /为什么要做/,
    ],
    [
      'a target equal to the baseline',
      (d) => {
        d.elements.target = '70%';
      },
      'challenge',
      'improve',
      /和基线一样/,
    ],
    [
      'a huge jump',
      (d) => {
        d.elements.baseline = '40%';
        d.elements.target = '90%';
      },
      'challenge',
      'improve',
      /变化幅度达 125%/,
    ],
    [
      'no breakdown',
      (d) => {
        d.subGoals = [];
      },
      'decomposable',
      'missing',
      /还没有分解/,
    ],
    [
      'a sub-goal without owner and date',
      (d) => {
        d.subGoals[0]!.owner = '';
        d.subGoals[0]!.due = '';
      },
      'decomposable',
      'improve',
      /第 1 个子目标还没有负责人和完成日期/,
    ],
    [
      'a sub-goal without actions',
      (d) => {
        d.subGoals[0]!.actions = [];
      },
      'decomposable',
      'improve',
      /第 1 个子目标还没有具体行动/,
    ],
  ])('points at %s', (_, change, key, status, message) => {
    const c = statusOf(edit(change), key);
    expect(c.status).toBe(status);
    expect(c.messages.join(' ')).toMatch(message);
  });

  it.each([
    ['热线二组账单类来电的重复来电率', 'ok'],
    ['提升满意度', 'improve'],
    ['提升在线渠道满意度', 'ok'],
    ['服务', 'improve'],
  ])('judges the content %j as %s', (content, status) => {
    expect(
      statusOf(
        edit((d) => {
          d.elements.content = content;
        }),
        'specific',
      ).status,
    ).toBe(status);
  });

  it('reads numbers typed with a Chinese keyboard', () => {
    expect(
      statusOf(
        edit((d) => {
          d.elements.baseline = '７０％';
          d.elements.target = '７６％';
        }),
        'challenge',
      ).messages[0],
    ).toMatch(/从 70 到 76（变化 \+6）/);
  });
});

describe('the completeness of the plan', () => {
  it.each<[string, (d: GoalData) => void, RegExp]>([
    [
      'no obstacles',
      (d) => {
        d.obstacles = [];
      },
      /还没列出可能的阻碍/,
    ],
    [
      'an obstacle without countermeasure',
      (d) => {
        d.obstacles[0]!.countermeasure = '';
      },
      /第 1 个阻碍还没有对策/,
    ],
    [
      'no supporting factors',
      (d) => {
        d.supports = [];
      },
      /还没列支撑因子/,
    ],
    [
      'a factor without an owner',
      (d) => {
        d.supports[0]!.owner = '';
      },
      /第 1 个支撑因子还没有负责人。/,
    ],
    [
      'no flexibility note',
      (d) => {
        d.flexibility = '';
      },
      /弹性说明/,
    ],
    [
      'an action without a date',
      (d) => {
        d.subGoals[0]!.actions[0]!.due = '';
      },
      /第 1 个子目标的第 1 个行动还没有完成日期/,
    ],
  ])('points at %s', (_, change, message) => {
    expect(planGaps(edit(change)).join(' ')).toMatch(message);
  });
});

describe('the example', () => {
  it('is valid, complete and gets fresh ids', () => {
    const example = loadGoalExample();
    expect(example.title).toContain('示例');
    const a = goalFromExample(example);
    const b = goalFromExample(example);
    expect(a.subGoals[0]!.id).not.toBe(b.subGoals[0]!.id);
    expect(checkGoal(a, '2026-10-01').filter((c) => c.status !== 'ok')).toEqual([]);
  });

  it.each([
    ['{ "title": ', /content\/goal-worksheet\/example.json 不是有效的 JSON/],
    [JSON.stringify({ ...loadGoalExample(), title: '投诉结案率' }), /字段 title：标题里要有「示例」二字/],
    [
      JSON.stringify({
        ...loadGoalExample(),
        elements: { ...loadGoalExample().elements, deadline: '12月31日' },
      }),
      /字段 elements\.deadline：日期要写成 YYYY-MM-DD/,
    ],
  ])('stops the build with a Chinese message naming the file and field', (text, message) => {
    expect(() => loadGoalExample(text)).toThrow(message);
  });
});
