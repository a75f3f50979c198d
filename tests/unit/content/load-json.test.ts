import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { jsonFilesIn, loadJson } from '../../../src/lib/content/load-json';

const schema = z.object({ title: z.string().min(1, '不能为空') });

describe('loadJson', () => {
  it('reads a data file under content/ by its path', () => {
    const data = loadJson('content/course.json', z.object({ title: z.string() }).loose());
    expect(data.title).toBeTruthy();
  });

  it.each([
    ['broken JSON', '{ "title": ', /content\/x\.json 不是有效的 JSON/],
    ['a bad field', '{ "title": "" }', /content\/x\.json 有 1 处需要修改：\n- 字段 title：不能为空/],
  ])('names the file and what is wrong for %s', (_, text, message) => {
    expect(() => loadJson('content/x.json', schema, text)).toThrow(message);
  });

  it('says so when the file does not exist', () => {
    expect(() => loadJson('content/nope.json', schema)).toThrow('找不到数据文件 content/nope.json');
  });
});

describe('jsonFilesIn', () => {
  it('lists the data files of one folder, not of its sub-folders', () => {
    const files = jsonFilesIn('content/assessments');
    expect(files).toContain('content/assessments/gap-quiz.json');
    expect(files.every((f) => /^content\/assessments\/[^/]+\.json$/.test(f))).toBe(true);
  });
});
