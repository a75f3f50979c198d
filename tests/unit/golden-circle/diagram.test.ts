import { describe, expect, it } from 'vitest';
import {
  DIAGRAM,
  lineWidthAt,
  ringTextLines,
  textWidth,
  wrapToWidths,
} from '../../../src/lib/golden-circle/diagram';
import { RINGS } from '../../../src/lib/golden-circle/record';

describe('wrapping text into the rings', () => {
  it('keeps short text on one line', () => {
    expect(wrapToWidths('让客户安心', [10, 10])).toEqual({ lines: ['让客户安心'], truncated: false });
  });

  it('breaks Chinese text anywhere to fill each line', () => {
    expect(wrapToWidths('一二三四五六七', [3, 4])).toEqual({
      lines: ['一二三', '四五六七'],
      truncated: false,
    });
  });

  it('ends with an ellipsis when the text does not fit', () => {
    const { lines, truncated } = wrapToWidths('一二三四五六七八九十', [3, 3]);
    expect(truncated).toBe(true);
    expect(lines).toEqual(['一二三', '四五…']);
  });

  it('does not start a line with closing punctuation', () => {
    expect(wrapToWidths('一二三，四五', [3, 3]).lines[1]?.startsWith('，')).toBe(false);
  });

  it('treats line breaks and runs of spaces as one space', () => {
    expect(wrapToWidths('ab\n\n  cd', [10]).lines).toEqual(['ab cd']);
  });

  it('gives nothing for empty text', () => {
    expect(wrapToWidths('  ', [5])).toEqual({ lines: [], truncated: false });
  });

  it('counts Latin letters narrower than Chinese characters', () => {
    expect(textWidth('abcd')).toBeLessThan(textWidth('一二三四'));
  });
});

describe('ring geometry', () => {
  it.each(RINGS.map((r) => [r]))(
    'keeps every text line of %s inside its circle and outside the inner one',
    (ring) => {
      const r = DIAGRAM.radius[ring];
      for (const y of DIAGRAM.lineY[ring]) {
        expect(lineWidthAt(y, r)).toBeGreaterThan(2);
        expect(Math.abs(y - DIAGRAM.centre)).toBeLessThan(r);
        if (ring === 'what')
          expect(y - DIAGRAM.fontSize).toBeGreaterThan(DIAGRAM.centre + DIAGRAM.radius.how);
        if (ring === 'how') expect(y - DIAGRAM.fontSize).toBeGreaterThan(DIAGRAM.centre + DIAGRAM.radius.why);
      }
    },
  );

  it('fills a long What over all its lines and truncates the rest', () => {
    const { lines, truncated } = ringTextLines('what', '字'.repeat(200));
    expect(lines).toHaveLength(DIAGRAM.lineY.what.length);
    expect(lines.at(-1)?.text.endsWith('…')).toBe(true);
    expect(truncated).toBe(true);
  });

  it('fits a short Why without truncating', () => {
    expect(ringTextLines('why', '让客户安心').truncated).toBe(false);
  });
});
