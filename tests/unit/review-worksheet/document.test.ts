import { describe, expect, it } from 'vitest';
import { blankReview, reviewFromExample } from '../../../src/lib/review-worksheet/model';
import { buildReviewDocument, reviewMarkdown } from '../../../src/lib/review-worksheet/document';
import { loadReviewExample, loadReviewPrompts } from '../../../src/lib/review-worksheet/load';

const prompts = loadReviewPrompts();
const exampleDoc = () =>
  buildReviewDocument(reviewFromExample(loadReviewExample()), prompts, {
    title: '示例：年货节',
    example: true,
    date: '2027-01-24',
  });

describe('the 复盘 document', () => {
  it('fills the 复盘思维梳理表 from the six steps, row by row', () => {
    const doc = exampleDoc();
    expect(doc.table.map((r) => r.column)).toEqual(['目标', '结果', '亮点', '不足', '原因', '规律', '行动']);
    const row = (column: string) => doc.table.find((r) => r.column === column)!.lines;
    expect(row('目标')).toContain('高峰日人工首次响应 ≤ 25 秒');
    expect(row('结果')).toContain('高峰日人工首次响应：31 秒，未达成（差 6 秒，为目标的 124%）');
    expect(row('结果')).toContain('咨询满意度：93.4 %，超额达成（优于目标 1.4 个百分点，为目标的 101.5%）');
    expect(row('规律')).toHaveLength(3);
    expect(row('行动')[0]).toBe(
      '1. 开始做：与运营部签订「活动规则定稿 48 小时、录入 24 小时」的约定（负责人 客服经理，完成日期 2027-02-10），写入「跨部门协作约定」',
    );
  });

  it('gives every step its Q10 prompts, numbered Q1 to Q10', () => {
    const asked = exampleDoc().steps.flatMap((s) => s.answers.map((a) => a.question).filter(Boolean));
    expect(asked.map((q) => q!.split(' ')[0])).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q6',
      'Q7',
      'Q8',
      'Q9',
      'Q10',
    ]);
  });

  it('exports Markdown with the comparison table, the 梳理表 and the six steps in order', () => {
    const md = reviewMarkdown(exampleDoc());
    const headings = [
      '# 复盘文档：示例：年货节',
      '## 结果与目标对照',
      '## 复盘思维梳理表',
      '## 六步复盘记录',
      '### 1. 回顾目标',
      '### 2. 叙述过程',
      '### 3. 评估结果',
      '### 4. 分析原因',
      '### 5. 推演规律',
      '### 6. 形成文档',
    ];
    const at = headings.map((h) => md.indexOf(h));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('| 高峰日人工首次响应 | ≤ 25 秒 | 31 秒 | 差 6 秒 | 124% | 未达成 |');
    expect(md).toContain(
      '| 亮点 | 冷链延迟期间统一口径、定时同步，投诉升级比去年同期少一半。<br>售后组临时支援的机制 40 分钟内就位。 |',
    );
    expect(md).toContain('> **示例**：');
  });

  it('says what is missing instead of inventing numbers', () => {
    const d = blankReview();
    d.metrics = [{ id: 'm', name: '满意度', unit: '%', target: '92', actual: '八十九', direction: 'higher' }];
    const md = reviewMarkdown(buildReviewDocument(d, prompts, { title: '', date: '2027-01-24' }));
    expect(md).toContain('# 复盘文档：我的复盘');
    expect(md).toContain('| 满意度 | ≥ 92 % | 八十九 % | — | — | 「实际结果」里的「八十九」不是数字');
    expect(md).toContain('| 亮点 | （未填写） |');
    expect(md).not.toContain('示例');
  });

  it('keeps learner text literal, and table cells on one row', () => {
    const d = blankReview();
    d.highlights = '<img src=x onerror=alert(1)>\n| 列 |';
    d.subject = '[链接](javascript:alert(1))';
    const md = reviewMarkdown(buildReviewDocument(d, prompts, { title: '<b>复盘</b>', date: '2027-01-24' }));
    expect(md).not.toMatch(/<img|<b>/);
    expect(md).toContain('| 亮点 | &lt;img src=x onerror=alert(1)><br>\\| 列 \\| |');
    expect(md).toContain('\\[链接\\](javascript:alert(1))');
  });
});
