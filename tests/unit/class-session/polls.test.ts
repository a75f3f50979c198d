import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadPolls, POLLS_FILE } from '../../../src/lib/class-session/polls';
import { pollsFileSchema } from '../../../src/lib/schemas/poll';
import { loadJson } from '../../../src/lib/content/load-json';

const lectures = new URL('../../../content/lectures/', import.meta.url);
const units = readdirSync(lectures).map((f) => f.replace(/\.mdx$/, ''));
const placed = units.flatMap((unit) =>
  Array.from(readFileSync(new URL(`${unit}.mdx`, lectures), 'utf8').matchAll(/<Poll id="([^"]+)"/g), (m) => ({
    unit,
    id: m[1]!,
  })),
);

describe('the course polls', () => {
  it('gives every unit at least one poll, each defined once and placed in its own unit', () => {
    const polls = loadPolls();
    for (const unit of units) expect(placed.some((p) => p.unit === unit)).toBe(true);
    for (const p of placed) expect(polls.find((poll) => poll.id === p.id)?.unit).toBe(p.unit);
    expect(new Set(placed.map((p) => p.id)).size).toBe(polls.length);
  });

  it('names the file and the field of a mistake', () => {
    const broken = JSON.stringify({ polls: [{ id: 'x', unit: 'swot', kind: 'choice', question: '问？' }] });
    expect(() => loadJson(POLLS_FILE, pollsFileSchema, broken)).toThrow(
      /content\/polls\/polls\.json[\s\S]*options[\s\S]*单选投票需要 options/,
    );
  });
});
