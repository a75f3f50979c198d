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
  return parts.filter((p) => p.text.length > 0);
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

/** Appends the excerpt to `target` as text nodes and `<mark>` elements. */
export function appendExcerpt(target: HTMLElement, excerpt: string): void {
  for (const part of excerptParts(excerpt)) {
    if (part.hit) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else {
      target.append(document.createTextNode(part.text));
    }
  }
}
