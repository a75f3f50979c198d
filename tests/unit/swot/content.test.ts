import { describe, expect, it } from 'vitest';
import example from '../../../content/swot/example.json';
import { loadSwotExample } from '../../../src/lib/swot/load';

const withStrategy = (s: object) => ({ ...example, strategies: [s] });

describe('SWOT example file', () => {
  it.each([
    [
      'strategies.0.external',
      withStrategy({ kind: 'SO', internal: 'S1', external: 'T1', action: '做' }),
      'SO 对策的 external 应引用 O 条目',
    ],
    [
      'strategies.0.internal',
      withStrategy({ kind: 'WT', internal: 'W9', external: 'T1', action: '做' }),
      '引用的 W9 不存在',
    ],
    [
      'strategies.0.internal',
      withStrategy({ kind: 'WT', internal: 'O1', external: 'T1', action: '做' }),
      'S 或 W 加序号',
    ],
    ['scope', { ...example, scope: 'company' }, 'personal（个人）或 team（团队）'],
    ['items.O', { ...example, items: { ...example.items, O: [] } }, '机会 O 至少写一条'],
  ])('names the file and the field %s when it is wrong', (field, data, message) => {
    let text = '';
    try {
      loadSwotExample(JSON.stringify(data));
    } catch (error) {
      text = String(error);
    }
    expect(text).toContain('content/swot/example.json');
    expect(text).toContain(`字段 ${field}`);
    expect(text).toContain(message);
  });
});
