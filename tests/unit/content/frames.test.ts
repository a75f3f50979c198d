import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../../content/lectures');
const files = readdirSync(root).filter((f) => f.endsWith('.mdx'));

describe.each(files)('content/lectures/%s', (file) => {
  const body = readFileSync(join(root, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

  it('opens with a visible 开始之前 box before its first section', () => {
    const before = body.indexOf('<BeforeYouStart');
    expect(before).toBeGreaterThanOrEqual(0);
    expect(before).toBeLessThan(body.search(/^## /m));
  });

  it('closes with a 回到岗位 task after the takeaways, naming a deliverable and a date', () => {
    const back = /<BackToWork deliverable="([^"]+)" due="([^"]+)">/.exec(body);
    expect(back).not.toBeNull();
    expect(back!.index).toBeGreaterThan(body.indexOf('</Takeaways>'));
    expect(back![1]!.length).toBeGreaterThan(4);
    expect(back![2]).toMatch(/[天周日月]|班前会|组会/);
  });
});
