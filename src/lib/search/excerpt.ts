/**
 * Splits a pagefind excerpt (escaped text with `<mark>` around hits) into text runs, so
 * it can be shown without ever being parsed as HTML.
 */
export function excerptParts(excerpt: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last)
      parts.push({ text: decodeEntities(stripTags(excerpt.slice(last, match.index))), hit: false });
    parts.push({ text: decodeEntities(stripTags(match[1] ?? '')), hit: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(stripTags(excerpt.slice(last))), hit: false });
  // Pagefind marks each segmented word of a Chinese term on its own (复|盘): one term, one mark.
  const merged: { text: string; hit: boolean }[] = [];
  for (const part of parts.filter((p) => p.text.length > 0)) {
    const prev = merged.at(-1);
    if (prev && prev.hit === part.hit) prev.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

type Part = { text: string; hit: boolean };

/** Characters that end a sentence, after which an excerpt may start. */
const SENTENCE_END = /[。！？；!?]/;
/** How far into an excerpt a sentence boundary is looked for before giving up and showing "…". */
const LOOK_AHEAD = 16;

/**
 * Makes a pagefind excerpt read like a quotation: block separators (". " between a
 * heading, a list item and the next) become Chinese full stops, the section's own heading
 * is not repeated at its start, it starts at a sentence boundary (or says "…" where it
 * cannot without dropping a hit) and "…" marks text that goes on.
 */
export function tidyExcerpt(parts: readonly Part[], title = ''): Part[] {
  // One flat run of characters with a hit flag each, so cuts can be made anywhere.
  let chars = parts.flatMap((p) => [...p.text].map((ch) => ({ ch, hit: p.hit })));
  const text = () => chars.map((c) => c.ch).join('');
  // ". " that pagefind puts between blocks: after Chinese text it is a full stop.
  for (let i = chars.length - 2; i > 0; i--) {
    if (chars[i]!.ch !== '.' || !/\s/.test(chars[i + 1]!.ch)) continue;
    const before = chars[i - 1]!.ch;
    if (/[\x00-\x7f]/.test(before)) continue;
    const ends = SENTENCE_END.test(before) || /[：:，、]/.test(before);
    chars.splice(i, 2, ...(ends ? [] : [{ ch: '。', hit: false }]));
  }
  // Whether the excerpt is known to start where a block or a sentence starts.
  let atStart = false;
  const trimStart = () => {
    let n = 0;
    while (n < chars.length && /[\s.。，、；：,;:·]/.test(chars[n]!.ch) && !chars[n]!.hit) n++;
    if (n) atStart = true;
    chars = chars.slice(n);
  };
  trimStart();
  // The heading shown above the excerpt, or its tail where the window cut into it.
  const head = title.trim();
  if (head) {
    const whole = text().indexOf(`${head}。`);
    const stop = text().indexOf('。');
    const cut =
      whole >= 0 && whole <= LOOK_AHEAD
        ? whole + head.length + 1
        : stop > 0 && stop <= head.length && head.endsWith(text().slice(0, stop))
          ? stop + 1
          : 0;
    if (cut) {
      chars = chars.slice(cut);
      atStart = true;
      trimStart();
    }
  }
  if (!atStart) {
    // Mid-sentence: start after the first sentence end, unless that would drop a hit.
    const end = chars.findIndex((c, i) => i < LOOK_AHEAD && SENTENCE_END.test(c.ch));
    if (end >= 0 && !chars.slice(0, end).some((c) => c.hit) && chars.length - end > 12) {
      chars = chars.slice(end + 1);
      trimStart();
      atStart = true;
    }
  }
  const lead = atStart ? '' : '…';
  const out: Part[] = lead ? [{ text: lead, hit: false }] : [];
  for (const c of chars) {
    const prev = out.at(-1);
    if (prev && prev.hit === c.hit) prev.text += c.ch;
    else out.push({ text: c.ch, hit: c.hit });
  }
  const last = out.at(-1);
  if (last && !SENTENCE_END.test(last.text.at(-1) ?? '')) out.push({ text: '…', hit: false });
  return out;
}

/** The parts of a sub-result the ranking reads. */
export interface RankedSub {
  url: string;
  weighted_locations?: { weight: number }[] | undefined;
  locations?: number[] | undefined;
}

/**
 * Sub-results with the best-matching section first: the sum of the weights of its hits
 * (a hit in a heading weighs more than one in the text), pagefind's order on a tie.
 */
export function rankSubResults<S extends RankedSub>(subs: readonly S[]): S[] {
  const weight = (s: S) =>
    s.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? s.locations?.length ?? 0;
  return subs
    .map((s, i) => ({ s, i, w: weight(s) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map(({ s }) => s);
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#?[a-z0-9]+);/gi, (whole, name: string) => {
    const key = name.toLowerCase();
    if (key in ENTITIES) return ENTITIES[key]!;
    if (key.startsWith('#x')) return String.fromCodePoint(parseInt(key.slice(2), 16));
    if (key.startsWith('#')) return String.fromCodePoint(parseInt(key.slice(1), 10));
    return whole;
  });
}

/** Appends the excerpt (tidied, see `tidyExcerpt`) to `target` as text nodes and `<mark>` elements. */
export function appendExcerpt(target: HTMLElement, excerpt: string, title = ''): void {
  for (const part of tidyExcerpt(excerptParts(excerpt), title)) {
    if (part.hit) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else {
      target.append(document.createTextNode(part.text));
    }
  }
}
