import { describe, expect, it } from 'vitest';
import { allClear, issueLines } from '../../../src/lib/worksheet/self-check';

const titles = { warn: '需要注意', todo: '待完成' };

describe('self-check lines', () => {
  it('puts warnings before to-dos, each titled by its kind and naming its field', () => {
    const lines = issueLines(
      [
        { severity: 'todo', message: '还没写期望', field: 'request' },
        { severity: 'warn', message: '「总是」否定了全部', field: 'behavior' },
      ] as const,
      titles,
      (issue) => (issue.field === 'behavior' ? '具体行为' : '期望'),
    );
    expect(lines.map((l) => [l.tone, l.title, l.where, l.messages[0]])).toEqual([
      ['warn', '需要注意', '具体行为', '「总是」否定了全部'],
      ['todo', '待完成', '期望', '还没写期望'],
    ]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(2);
  });

  it('is clear only when every line is met', () => {
    expect(allClear([])).toBe(true);
    expect(allClear([{ key: 'a', tone: 'ok', title: '具体', messages: [] }])).toBe(true);
    expect(allClear([{ key: 'a', tone: 'improve', title: '具体', messages: [] }])).toBe(false);
  });
});
