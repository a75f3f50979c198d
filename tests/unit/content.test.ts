import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { unitSchema } from '../../src/lib/schemas/unit';
import { checkSchema } from '../../src/lib/schemas/check';
import { describeIssues } from '../../src/lib/content/describe-issues';
import { exerciseIds } from '../../src/lib/exercises';

const root = join(import.meta.dirname, '../../content');
const lectureFiles = readdirSync(join(root, 'lectures')).filter((f) => f.endsWith('.mdx'));

function readUnit(file: string) {
  const text = readFileSync(join(root, 'lectures', file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} 缺少 front matter`);
  return { data: parse(match[1]!) as unknown, body: match[2]! };
}

it('has the intro unit at least', () => {
  expect(lectureFiles).toContain('intro.mdx');
});

describe.each(lectureFiles)('content/lectures/%s', (file) => {
  const id = file.replace(/\.mdx$/, '');
  const { data, body } = readUnit(file);
  const visible = body.replace(/<Notes>[\s\S]*?<\/Notes>/g, '');

  it('has a valid front matter', () => {
    const result = unitSchema.safeParse(data);
    if (!result.success) throw new Error(describeIssues(`content/lectures/${file}`, result.error.issues));
  });

  it('has at least four ## sections, each with speaker notes', () => {
    const sections = body.split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const section of sections)
      expect(section, `section 「${section.split('\n')[0]}」 has no <Notes>`).toContain('<Notes>');
  });

  it('has a valid knowledge check of 5–8 questions', () => {
    const raw = JSON.parse(readFileSync(join(root, 'checks', `${id}.json`), 'utf8')) as unknown;
    const result = checkSchema.safeParse(raw);
    if (!result.success) throw new Error(describeIssues(`content/checks/${id}.json`, result.error.issues));
    expect(result.data.unit).toBe(id);
    expect(result.data.questions.length).toBeGreaterThanOrEqual(5);
    expect(result.data.questions.length).toBeLessThanOrEqual(8);
  });

  it('has key takeaways and only known exercise ids', () => {
    expect(body).toContain('<Takeaways>');
    for (const [, exerciseId] of visible.matchAll(/<Exercise id="([^"]+)"/g))
      expect(exerciseIds).toContain(exerciseId);
  });

  it('uses no MDX constructs the compiler rejects', () => {
    expect(body).not.toMatch(/<!--/);
  });
});
