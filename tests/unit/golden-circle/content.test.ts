import { describe, expect, it } from 'vitest';
import content from '../../../content/golden-circle/example.json';
import { loadGoldenCircleContent } from '../../../src/lib/golden-circle/load';

describe('golden-circle content file', () => {
  it('is valid', () => {
    expect(loadGoldenCircleContent(JSON.stringify(content)).example.name).toBeTruthy();
  });

  it.each([
    ['example.why', { ...content, example: { ...content.example, why: ' ' } }, '示例的 Why不能为空'],
    ['prompts.how', { ...content, prompts: { ...content.prompts, how: [] } }, 'How 至少要有一个提示问题'],
    ['example', { prompts: content.prompts }, '需要 example'],
  ])('names the file and the field %s when it is wrong', (field, data, message) => {
    expect(() => loadGoldenCircleContent(JSON.stringify(data))).toThrowError(
      /content\/golden-circle\/example\.json/,
    );
    try {
      loadGoldenCircleContent(JSON.stringify(data));
    } catch (error) {
      expect(String(error)).toContain(`字段 ${field}`);
      expect(String(error)).toContain(message);
    }
  });
});
