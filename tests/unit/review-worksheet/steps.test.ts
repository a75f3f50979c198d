import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { blankReview, reviewFromExample, type ReviewData } from '../../../src/lib/review-worksheet/model';
import {
  clampStep,
  documentReadiness,
  stepProgress,
  unfinishedBefore,
} from '../../../src/lib/review-worksheet/steps';
import { loadReviewExample, loadReviewPrompts } from '../../../src/lib/review-worksheet/load';
import { REVIEW_STEP_NAMES } from '../../../src/lib/review-worksheet/step-names';

const example = () => reviewFromExample(loadReviewExample());
const states = (d: ReviewData) => stepProgress(d).map((p) => p.state);

describe('the six steps', () => {
  it('come in the lecture’s order', () => {
    expect(stepProgress(blankReview()).map((p) => p.name)).toEqual([
      '回顾目标',
      '叙述过程',
      '评估结果',
      '分析原因',
      '推演规律',
      '形成文档',
    ]);
    expect(states(blankReview())).toEqual(['empty', 'empty', 'empty', 'empty', 'empty', 'empty']);
  });

  it('are all done in the example', () => {
    expect(states(example())).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    expect(documentReadiness(example())).toEqual([]);
  });

  it.each<[string, (d: ReviewData) => void, number, RegExp]>([
    [
      'no goal',
      (d) => {
        d.goal = '';
      },
      0,
      /写出当初的目标与口径/,
    ],
    [
      'no metric with a target',
      (d) => {
        d.metrics.forEach((m) => {
          m.target = '';
        });
      },
      0,
      /至少添加一个有目标值的指标/,
    ],
    [
      'no events',
      (d) => {
        d.events = [];
      },
      1,
      /至少记下一个关键事件/,
    ],
    [
      'a result not yet in',
      (d) => {
        d.metrics[1]!.actual = '';
      },
      2,
      /填上实际结果：咨询满意度/,
    ],
    [
      'a result that is not a number',
      (d) => {
        d.metrics[0]!.actual = '三十秒';
      },
      2,
      /实际结果不是数字：高峰日人工首次响应/,
    ],
    [
      'neither highlights nor shortfalls',
      (d) => {
        d.highlights = '';
        d.shortfalls = ' ';
      },
      2,
      /写下亮点或不足/,
    ],
    [
      'no causes',
      (d) => {
        d.causes = '';
      },
      3,
      /写出根本原因/,
    ],
    [
      'a rule never tested',
      (d) => {
        d.rules[0]!.test = '';
      },
      4,
      /换个场景还成立吗/,
    ],
    [
      'no action with owner and date',
      (d) => {
        d.actions.forEach((a) => {
          a.owner = '';
        });
      },
      5,
      /有负责人和完成日期的行动/,
    ],
  ])('mark a step partial when it has %s', (_, change, index, message) => {
    const d = example();
    change(d);
    const step = stepProgress(d)[index]!;
    expect(step.state).toBe('partial');
    expect(step.missing.join(' ')).toMatch(message);
  });

  it('point at unfinished earlier steps, and only earlier ones', () => {
    const d = blankReview();
    d.causes = '审核时限没有约定';
    const progress = stepProgress(d);
    expect(progress[3]!.state).toBe('done');
    expect(unfinishedBefore(progress, 3).map((p) => p.name)).toEqual(['回顾目标', '叙述过程', '评估结果']);
    expect(unfinishedBefore(progress, 0)).toEqual([]);
  });

  it.each([
    [-1, 0],
    [9, 5],
    [2.5, 0],
    [Number.NaN, 0],
    [3, 3],
  ])('keep a stored step %d within range as %d', (stored, step) => {
    expect(clampStep(stored)).toBe(step);
  });
});

describe('the document readiness check', () => {
  it('asks for two tested rules and three owned, dated actions', () => {
    const d = example();
    d.rules = d.rules.slice(0, 1);
    d.actions[3]!.due = '';
    d.actions = d.actions.slice(1);
    expect(documentReadiness(d)).toEqual([
      '经过推演的规律只有 1 条：第四讲的研讨要求至少两条。',
      '有负责人、有时限的行动只有 2 条：第四讲的研讨要求至少三条。',
      '第 3 条行动还没有完成日期。',
    ]);
  });
});

describe('the prompts and example data', () => {
  it('hold the lecture’s Q10 questions word for word, two, two, two, two, one and one per step', () => {
    const lecture = readFileSync(new URL('../../../content/lectures/review.mdx', import.meta.url), 'utf8');
    const prompts = loadReviewPrompts();
    expect(prompts.map((p) => p.name)).toEqual([...REVIEW_STEP_NAMES]);
    const questions = prompts.flatMap((p) => p.questions);
    expect(questions).toHaveLength(10);
    questions.forEach((q, i) => expect(lecture).toContain(`${i + 1}. ${q}`));
  });

  it.each([
    [
      'prompts',
      () => loadReviewPrompts('{"steps": ['),
      /content\/review-worksheet\/prompts.json 不是有效的 JSON/,
    ],
    [
      'prompts',
      () => loadReviewPrompts(JSON.stringify({ steps: [...loadReviewPrompts()].reverse() })),
      /字段 steps\.0\.name：第 1 步应为「回顾目标」/,
    ],
    [
      'prompts',
      () => loadReviewPrompts(JSON.stringify({ steps: loadReviewPrompts().slice(1) })),
      /字段 steps：复盘必须正好六个步骤/,
    ],
    [
      'example',
      () =>
        loadReviewExample(
          JSON.stringify({
            ...loadReviewExample(),
            metrics: [{ name: '满意度', unit: '%', target: '92', actual: '', direction: 'up' }],
          }),
        ),
      /content\/review-worksheet\/example.json 有 1 处需要修改：\n- 字段 metrics\.0\.direction：只能是 higher/,
    ],
  ])('stop the build with a Chinese message naming the %s file and field', (_, load, message) => {
    expect(load).toThrow(message);
  });
});
