import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lectureAsMarkdown } from '../../bench/starlight.mjs';

const lectures = join(import.meta.dirname, '../../../content/lectures');

describe("the bench's Starlight copy of a lecture", () => {
  const mdx = `---
label: 第二讲
title: 自我扫描
summary: 用 SWOT 给自己做体检。
---

<BeforeYouStart>

写下三个长处。

</BeforeYouStart>

## 认识 SWOT

<Slide>

- 只在投影上

</Slide>

正文一段。

<Tip title="先定目标">

扫描之前先写目标。

</Tip>

<Exercise id="swot" />
<Poll
  id="p1"
  question="多选"
/>

<Notes>讲师才看的话。</Notes>
`;

  it('keeps what the reading page shows and drops what it does not', () => {
    const md = lectureAsMarkdown(mdx);
    expect(md).toMatch(/^---\ntitle: "第二讲 自我扫描"\ndescription: "用 SWOT 给自己做体检。"\n---\n/);
    for (const kept of ['写下三个长处。', '## 认识 SWOT', '正文一段。', '**先定目标**', '扫描之前先写目标。'])
      expect(md).toContain(kept);
    for (const dropped of ['只在投影上', '讲师才看的话', '<', 'Exercise', 'Poll'])
      expect(md).not.toContain(dropped);
  });

  it('leaves no component tag in any lecture of the course', () => {
    for (const file of readdirSync(lectures)) {
      const md = lectureAsMarkdown(readFileSync(join(lectures, file), 'utf8'));
      expect(md.match(/<\/?[A-Z][^>]*>/g), file).toBeNull();
      expect(md.length, file).toBeGreaterThan(3000);
    }
  });
});
