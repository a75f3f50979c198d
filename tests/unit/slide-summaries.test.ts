import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `<Slide>` blocks of the lectures are what the wall shows for a section in the
 * presenter view. They must stay readable from the back of a room: at 1024×768 with body
 * text of at least 28 px, a point of 20 Chinese characters fills one line and six such
 * lines fill the slide, so a block is 3–6 short points and about 100 characters at most.
 */
const MIN_POINTS = 3;
const MAX_POINTS = 6;
const MAX_POINT_CHARS = 20;
const MAX_BLOCK_CHARS = 100;

const lectures = join(import.meta.dirname, '../../content/lectures');
const lectureFiles = readdirSync(lectures).filter((f) => f.endsWith('.mdx'));

/** Characters a point shows on the wall: Markdown emphasis and spaces take no room. */
const wallChars = (point: string) => [...point.replace(/[*`_]/g, '').replace(/\s/g, '')].length;

/** One slide's worth of a section: from its `##` heading, or from a `<SlideBreak />` within it. */
interface SectionPart {
  label: string;
  text: string;
}

/** Splits a unit's body at its `##` headings, then each section at its slide breaks. */
function sectionParts(body: string): SectionPart[] {
  const parts: SectionPart[] = [];
  const [beforeFirst = '', ...sections] = body.split(/^## /m);
  parts.push({ label: '(before the first ## heading)', text: beforeFirst });
  for (const section of sections) {
    const newline = section.indexOf('\n');
    const title = newline < 0 ? section : section.slice(0, newline);
    const pieces = (newline < 0 ? '' : section.slice(newline + 1)).split(/^<SlideBreak \/>$/m);
    pieces.forEach((text, i) =>
      parts.push({ label: pieces.length > 1 ? `${title} (${i + 1}/${pieces.length})` : title, text }),
    );
  }
  return parts;
}

/** The unit's body without its front matter. */
function readBody(file: string): string {
  const text = readFileSync(join(lectures, file), 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const SLIDE_BLOCK = /<Slide>([\s\S]*?)<\/Slide>/g;

it('finds wall summaries in the lectures', () => {
  const blocks = lectureFiles.flatMap((file) => [...readBody(file).matchAll(SLIDE_BLOCK)]);
  expect(blocks.length).toBeGreaterThan(0);
});

describe.each(lectureFiles)('the <Slide> summaries of content/lectures/%s', (file) => {
  const body = readBody(file);
  const parts = sectionParts(body);
  const summarised = parts.filter((part) => /<Slide\b/.test(part.text));

  it('open and close in pairs, as plain <Slide> … </Slide>', () => {
    const opened = body.match(/<Slide\b[^>]*>/g) ?? [];
    expect(
      opened.every((tag) => tag === '<Slide>'),
      `unexpected tags: ${opened.join(' ')}`,
    ).toBe(true);
    expect(body.match(/<\/Slide>/g)?.length ?? 0).toBe(opened.length);
  });

  it('come at most once per section or continuation, right below its heading or break', () => {
    for (const { label, text } of summarised) {
      expect(text.match(/<Slide\b/g)?.length, `「${label}」 has more than one <Slide>`).toBe(1);
      expect(text.trimStart().startsWith('<Slide>'), `「${label}」: <Slide> must come first`).toBe(true);
    }
  });

  it.each(summarised.map((part) => [part.label, part.text] as const))(
    '「%s」 is a list of 3–6 short points within the character budget',
    (label, text) => {
      const inner = /<Slide>([\s\S]*?)<\/Slide>/.exec(text)?.[1] ?? '';
      // MDX reads a list as Markdown only with a blank line on each side inside the tag.
      expect(inner, 'blank lines around the list').toMatch(/^\n\n[\s\S]*\S\n\n$/);
      const lines = inner.trim().split('\n');
      const stray = lines.filter((line) => !line.startsWith('- '));
      expect(stray, 'every line is a list item').toEqual([]);
      const points = lines.map((line) => line.slice(2).trim());
      expect(points.length).toBeGreaterThanOrEqual(MIN_POINTS);
      expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
      for (const point of points)
        expect(wallChars(point), `「${point}」 is too long for one line`).toBeLessThanOrEqual(
          MAX_POINT_CHARS,
        );
      const total = points.reduce((sum, point) => sum + wallChars(point), 0);
      expect(total, `「${label}」 carries too much text`).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    },
  );
});
