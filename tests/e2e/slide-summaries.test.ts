import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `<Slide>` summaries are written for the wall only: the reading page and the search
 * index must not repeat them beside the full text, and the presenter page must carry them.
 */
const dist = process.env.SITE_DIST ?? join(import.meta.dirname, '../../dist');
const lectures = join(import.meta.dirname, '../../content/lectures');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Each unit with the points of its summaries, as the list items they render to. */
const units = readdirSync(lectures)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const mdx = readFileSync(join(lectures, file), 'utf8');
    const points = [...mdx.matchAll(/<Slide>([\s\S]*?)<\/Slide>/g)].flatMap(([, inner]) =>
      inner!
        .trim()
        .split('\n')
        .map((line) => `<li>${escapeHtml(line.replace(/^- /, '').trim())}</li>`),
    );
    return { id: file.replace(/\.mdx$/, ''), points };
  })
  .filter((unit) => unit.points.length > 0);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

it('has units with wall summaries to check', () => {
  expect(units.length).toBeGreaterThan(0);
});

describe.each(units)('the wall summaries of $id', ({ id, points }) => {
  it('stay off the reading page', () => {
    const html = read(`units/${id}/index.html`);
    expect(html).not.toContain('data-slide-summary');
    expect(points.filter((point) => html.includes(point))).toEqual([]);
  });

  it('are on the presenter page', () => {
    const html = read(`present/${id}/index.html`);
    const missing = points.filter((point) => !html.includes(point));
    expect(missing).toEqual([]);
  });
});

it('keeps every summary out of the pages the search index reads', () => {
  expect(existsSync(dist)).toBe(true);
  const indexed = htmlFiles(dist)
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'));
  expect(indexed.length).toBeGreaterThan(0);
  expect(indexed.filter(({ html }) => html.includes('data-slide-summary')).map(({ file }) => file)).toEqual(
    [],
  );
});
