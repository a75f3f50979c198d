import { describe, expect, it } from 'vitest';
import { blankGoal, goalFromExample } from '../../../src/lib/goal-worksheet/model';
import { goalMarkdown } from '../../../src/lib/goal-worksheet/markdown';
import { loadGoalExample } from '../../../src/lib/goal-worksheet/load';

describe('the goal worksheet as Markdown', () => {
  const example = goalFromExample(loadGoalExample());
  const md = goalMarkdown(example, { title: '示例：结案率', example: true, date: '2026-11-02' });

  it('has every step in order, the breakdown and the self-check', () => {
    const order = [
      '# 目标设定与分解：示例：结案率',
      '## 目标陈述（一句话）',
      '## 第一步　理解目标',
      '## 第二步　写出目标与五个要素',
      '## 第三步　假设阻碍，备好对策',
      '## 第四步　列出支撑因子',
      '## 第五步　期限与弹性说明',
      '## 目标分解：子目标与行动',
      '## SMART 与七原则自查',
    ];
    const positions = order.map((heading) => md.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('writes the five elements, owners and dates of the breakdown', () => {
    expect(md).toContain('2. **衡量标准**：');
    expect(md).toContain('基线 81% → 目标 90%');
    expect(md).toContain('3. **完成期限**：2026-12-31');
    expect(md).toMatch(
      /### 子目标 1：退款类工单 48 小时结案率从 74% 提到 88%（负责人：刘洋；完成：2026-12-31）/,
    );
    expect(md).toContain('- [ ] 与财务主管签订审核时限约定（负责人：王敏；完成：2026-10-15）');
    expect(md).toContain('> **示例**：');
    expect(md).toContain('导出于 2026-11-02');
  });

  it('says what is blank on an empty sheet, and lists what is missing', () => {
    const empty = goalMarkdown(blankGoal(), { title: '', date: '2026-11-02' });
    expect(empty).toContain('# 目标设定与分解：我的目标');
    expect(empty).toContain('1. **目标内容**：（未填写）');
    expect(empty).toMatch(/- ✗ \*\*有时限（T）\*\*（缺少）：没有完成期限/);
    expect(empty).not.toContain('示例');
  });

  it('shows learner text literally, never as markup', () => {
    const d = blankGoal();
    d.statement = '<img src=x onerror=alert(1)>';
    d.subGoals = [{ id: 'g', title: '# 标题 [链接](http://x)', owner: '*甲*', due: '', actions: [] }];
    const out = goalMarkdown(d, { title: '<b>', date: '2026-11-02' });
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
    expect(out).not.toContain('<img');
    expect(out).toContain('# 目标设定与分解：&lt;b>');
    expect(out).toContain('\\# 标题 \\[链接\\](http://x)（负责人：\\*甲\\*）');
  });
});
