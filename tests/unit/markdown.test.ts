import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownLines } from '../../src/lib/markdown';
import { safeFileName } from '../../src/lib/download';

describe('Markdown export of learner text', () => {
  it('shows an HTML tag literally instead of rendering it', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>');
  });

  it.each([
    ['# 标题', '\\# 标题'],
    ['[链接](http://x)', '\\[链接\\](http://x)'],
    ['*强调*', '\\*强调\\*'],
    ['1. 列表', '1\\. 列表'],
    ['2) 列表', '2\\) 列表'],
    ['- 要点', '\\- 要点'],
    ['> 引用', '\\> 引用'],
    ['`代码`', '\\`代码\\`'],
    ['~~删除~~', '\\~\\~删除\\~\\~'],
    ['&amp; 实体', '&amp;amp; 实体'],
    ['第一行\n## 第二行是标题', '第一行\n\\## 第二行是标题'],
  ])('keeps %j from becoming markup', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it.each([
    ['投诉率降到 0.5% 以下'],
    ['满意度（CSAT）提高 3 个百分点'],
    ['A-B 两组 + 质检 = 5 人!'],
    ['目标 {季度} #2 进度 < 50%'],
    ['路径 C:\\文件'],
    ['R&D 和 Q&A'],
    ['第 1. 周'],
  ])('leaves %j as written, since nothing there is markup', (input) => {
    expect(escapeMarkdown(input)).toBe(input);
  });

  it('keeps line breaks inside one item', () => {
    expect(markdownLines('第一行\n第二行', '  ')).toBe('第一行  \n  第二行');
  });
});

describe('file names from learner titles', () => {
  it.each([
    ['团队 SWOT 2026/11', '团队 SWOT 2026 11'],
    ['   ', '未命名'],
    ['a<b>:c', 'a b c'],
  ])('%j becomes %j', (title, name) => {
    expect(safeFileName(title)).toBe(name);
  });
});
