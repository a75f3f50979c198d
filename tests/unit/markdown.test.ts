import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownLines } from '../../src/lib/markdown';
import { safeFileName } from '../../src/lib/download';

describe('Markdown export of learner text', () => {
  it('shows an HTML tag literally instead of rendering it', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it.each([
    ['# 标题', '\\# 标题'],
    ['[链接](http://x)', '\\[链接\\]\\(http://x\\)'],
    ['*强调*', '\\*强调\\*'],
    ['1. 列表', '1\\. 列表'],
  ])('keeps %j from becoming markup', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
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
