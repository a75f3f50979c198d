/** What a number field holds: nothing, a number, or text that is not a number. */
export type ParsedNumber =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

/** Full-width digits and signs (as typed with a Chinese IME) turned into ASCII. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/**
 * Reads a number typed by a learner: "92", "92.5", "92%", "≤ 30", "1,200", "７８％" all work;
 * a value with words in it ("九十二", "30秒左右") is invalid rather than guessed.
 */
export function parseNumber(text: string): ParsedNumber {
  const raw = toHalfWidth(text).trim();
  if (raw === '') return { kind: 'empty' };
  const cleaned = raw
    .replace(/^[≤≥<>=约~]+\s*/, '')
    .replace(/\s*%$/, '')
    .replace(/,(?=\d{3}\b)/g, '')
    .trim();
  if (/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(cleaned)) return { kind: 'number', value: Number(cleaned) };
  return { kind: 'invalid', text: raw };
}

/** The first number written anywhere in a text (e.g. "从 72% 提到 78%" → 72), if any. */
export function firstNumber(text: string): number | undefined {
  const match = /[+-]?\d+(\.\d+)?/.exec(toHalfWidth(text).replace(/,(?=\d{3}\b)/g, ''));
  return match ? Number(match[0]) : undefined;
}

/** A number for display: at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
