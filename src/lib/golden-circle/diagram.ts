import type { Ring } from './record';

/**
 * Geometry of the golden-circle diagram: three concentric circles in a 400 × 400 view box.
 * Each ring has its label at the top of its band and the learner's text at the bottom,
 * laid out on lines whose widths follow the curve so no text leaves its ring.
 */
export const DIAGRAM = {
  size: 400,
  centre: 200,
  radius: { what: 195, how: 125, why: 60 } satisfies Record<Ring, number>,
  labelY: { what: 44, how: 108, why: 168 } satisfies Record<Ring, number>,
  fontSize: 13,
  lineHeight: 18,
  /** Baselines of the learner's text in each ring. */
  lineY: { what: [347, 365, 383], how: [281, 299, 317], why: [189, 207, 225, 243] } satisfies Record<
    Ring,
    number[]
  >,
  padding: 8,
} as const;

/** Width of one character in em: Chinese and full-width forms are square, Latin is narrower. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === ' ') return 0.3;
  if (code < 0x80) return /[A-Z0-9mwMW@%&]/.test(ch) ? 0.65 : /[.,:;'!|il()\[\]]/.test(ch) ? 0.32 : 0.55;
  return 1;
}

/** Width of a text in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

// Closing punctuation should not start a line; it may hang past the edge a little instead.
const NO_LINE_START = new Set([...'，。、；：！？）」』》〉…,.;:!?)']);

/**
 * Breaks `text` into lines that fit `widths` (in em, one per available line). White space
 * runs become one space. If the text does not fit, the last line ends in an ellipsis.
 */
export function wrapToWidths(
  text: string,
  widths: readonly number[],
): { lines: string[]; truncated: boolean } {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let i = 0;
  for (; i < chars.length; i++) {
    const ch = chars[i]!;
    const max = widths[lines.length];
    if (max === undefined) break;
    const w = charWidth(ch);
    if (width + w <= max || line === '' || (NO_LINE_START.has(ch) && width + w <= max + 1)) {
      if (!(line === '' && ch === ' ')) {
        line += ch;
        width += w;
      }
      continue;
    }
    lines.push(line.trimEnd());
    line = '';
    width = 0;
    i--; // place this character on the next line
  }
  const truncated = i < chars.length;
  if (line && lines.length < widths.length) lines.push(line.trimEnd());
  if (truncated && lines.length) {
    const max = widths[lines.length - 1]!;
    let last = [...lines[lines.length - 1]!];
    while (last.length && textWidth(last.join('')) + 1 > max) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.join('').trimEnd()}…`;
  }
  return { lines, truncated };
}

/** Horizontal room (in em) for a text line with baseline `y` inside a circle of radius `r`. */
export function lineWidthAt(y: number, r: number): number {
  const { centre, fontSize, padding } = DIAGRAM;
  const top = y - fontSize;
  const bottom = y + fontSize * 0.3;
  const d = Math.max(Math.abs(top - centre), Math.abs(bottom - centre));
  if (d >= r) return 0;
  return Math.max(0, 2 * Math.sqrt(r * r - d * d) - 2 * padding) / fontSize;
}

/** The learner's text of one ring as positioned lines, and whether some of it did not fit. */
export function ringTextLines(
  ring: Ring,
  text: string,
): { lines: { text: string; y: number }[]; truncated: boolean } {
  const ys = DIAGRAM.lineY[ring];
  const widths = ys.map((y) => lineWidthAt(y, DIAGRAM.radius[ring]));
  const { lines, truncated } = wrapToWidths(text, widths);
  return { lines: lines.map((t, i) => ({ text: t, y: ys[i]! })), truncated };
}
