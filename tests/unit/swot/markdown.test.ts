import { describe, expect, it } from 'vitest';
import { markdownFileName, swotMarkdown } from '../../../src/lib/swot/markdown';
import { addStrategy, deleteItem } from '../../../src/lib/swot/analyses';
import { placementHint } from '../../../src/lib/swot/hints';
import { sample } from './fixtures';

describe('Markdown export', () => {
  it('writes title, scope, date and goal', () => {
    const text = swotMarkdown(sample());
    expect(text).toContain('# SWOT 分析：我的分析');
    expect(text).toContain('- 分析对象：个人');
    expect(text).toContain('- 日期：2026-05-01');
    expect(text).toContain('- 目标：半年内把一次解决率提到 80%');
  });

  it('numbers the items in each quadrant', () => {
    const text = swotMarkdown(sample());
    expect(text).toContain('## 优势 S\n\n- **S1** 熟悉质检标准\n- **S2** 组员信任我\n');
    expect(text).toContain('## 威胁 T\n\n- **T1** 大促话务翻倍\n- **T2** 规则每月调整\n');
  });

  it('lists strategies under their TOWS kind with the pair they cite', () => {
    const text = swotMarkdown(addStrategy(sample(), 'ST', 'x3'));
    expect(text).toContain('### SO 增长型：用优势抓住机会\n\n- **S2/O1** 请骨干做分享\n');
    expect(text).toContain('### WO 扭转型：借机会补齐劣势\n\n（无）\n');
    expect(text).toContain('### ST 多元型：用优势化解威胁\n\n- **S?/T?** （还没写行动）\n');
    expect(text).toContain('### WT 防御型：减少劣势、避开威胁\n\n- **W1/T2** 规则调整当天开短会\n');
  });

  it('lists the items no strategy uses yet', () => {
    expect(swotMarkdown(sample())).toContain(
      '## 尚未用于对策的条目\n\n- **S1** 熟悉质检标准\n- **W2** 很少单独谈话\n- **O2** 新系统能导出数据\n- **T1** 大促话务翻倍\n',
    );
  });

  it('marks a strategy whose item was deleted', () => {
    expect(swotMarkdown(deleteItem(sample(), 'O', 'o1').analysis)).toContain('- **S2/O?** 请骨干做分享');
  });

  it('shows HTML and Markdown typed by the learner literally', () => {
    const a = sample();
    a.title = '<img src=x onerror=alert(1)>';
    a.items.S[0]!.text = '# 不是标题 [链接](http://x)';
    const text = swotMarkdown(a);
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert(1)>');
    expect(text).toContain('- **S1** \\# 不是标题 \\[链接\\](http://x)');
  });

  it('marks an example and a team analysis', () => {
    const a = { ...sample(), scope: 'team' as const, example: true };
    const text = swotMarkdown(a);
    expect(text).toContain('> 本分析载入自课程示例。');
    expect(text).toContain('- 分析对象：团队');
  });

  it.each([
    ['我的分析', '2026-05-01', 'SWOT-我的分析-2026-05-01.md'],
    ['a/b', '', 'SWOT-a b.md'],
    ['', '2026-05-01', 'SWOT-未命名分析-2026-05-01.md'],
  ])('names the file for %j', (title, date, name) => {
    expect(markdownFileName({ ...sample(), title, date })).toBe(name);
  });
});

describe('hints on internal vs external', () => {
  it.each([
    ['S', '公司新上线了知识库系统', '公司'],
    ['W', '暑期话务量会涨三成', '话务量'],
    ['T', '组里新人多、流失快', '组里'],
    ['T', '晚高峰排队时间长', '排队'],
    ['O', '希望明年能加人', '希望'],
  ] as const)('%s「%s」gets a hint naming「%s」', (q, text, cue) => {
    expect(placementHint(q, text)).toContain(`「${cue}」`);
  });

  it.each([
    ['S', '连续两个旺季带班，没有重大投诉'],
    ['W', '从没做过排班'],
    ['O', '培训部开设讲师训练营'],
    ['T', '考核口径收紧'],
    ['S', ''],
  ] as const)('%s「%s」gets no hint', (q, text) => {
    expect(placementHint(q, text)).toBeUndefined();
  });
});
