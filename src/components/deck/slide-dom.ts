/**
 * The DOM side of the deck: reads the rendered unit into the splitter's node description,
 * shows one slide in place, makes inert copies of slides for previews and the handout,
 * and scales a slide to its box. Splitting itself is plain TypeScript in lib/slides.
 */
import { isTyping } from '../../lib/keyboard';
import {
  cellWeight,
  continuationLabel,
  planSlides,
  tableShape,
  tableWeight,
  textWeight,
  TABLE_WIDTH,
  type Block,
  type Slide,
  type TableShape,
} from '../../lib/slides/wall';
import { canvasScale, stageScale, CANVAS_WIDTH } from '../../lib/slides/fit';
import type { KeyTarget } from '../../lib/slides/keys';

/** A unit read from the page: its top-level elements and the slides made of them. */
export interface DeckModel {
  elements: HTMLElement[];
  slides: Slide[];
}

const CALLOUT = '.activity, figure.example, aside.tip, .takeaways';
const STEP_DIAGRAM = 'figure.diagram:has(> ol)';

/**
 * The pieces a block may be cut between, as elements: the items of a list, the body rows
 * of a table, the paragraphs and list items of a callout or a summary. The same query
 * works on the live element and on its copies, so both show the same cut.
 */
export function pieceElements(el: Element): HTMLElement[] {
  // A long item is cut between its sentences too.
  const items = (list: Element) =>
    ([...list.children].filter((c) => c.tagName === 'LI') as HTMLElement[]).flatMap((li) =>
      li.querySelector(':scope > [data-sentence]') ? sentences(li) : [li],
    );
  if (el.matches('ul, ol')) return items(el);
  // A diagram drawn as a list of steps is cut between its steps like a list.
  if (el.matches(STEP_DIAGRAM)) return [...el.querySelectorAll<HTMLElement>(':scope > ol > li')];
  if (el.matches('table') || el.matches('figure.diagram:has(table)')) {
    return [...el.querySelectorAll<HTMLElement>('tbody > tr')];
  }
  if (el.matches(`${CALLOUT}, [data-slide-summary]`)) {
    const body = el.matches('[data-slide-summary]') ? el : (el.querySelector(':scope > .body') ?? el);
    return [...body.children].flatMap((c) => {
      if (c.matches('ul, ol')) return items(c);
      if (c.matches('table, .scroll:has(> table)')) return [...c.querySelectorAll<HTMLElement>('tbody > tr')];
      return c.querySelector(':scope > [data-sentence]') ? sentences(c) : [c as HTMLElement];
    });
  }
  if (el.matches('p, blockquote')) return sentences(el);
  return [];
}

const sentences = (el: Element) => [...el.querySelectorAll<HTMLElement>(':scope > [data-sentence]')];

/** A paragraph longer than this is cut into sentences, so a slide can stop between them. */
const LONG_PARAGRAPH = 60;

/**
 * Wraps each sentence of a long paragraph in `<span data-sentence>`: the pieces a slide may
 * stop between. Inline markup (bold, links) stays whole inside its sentence.
 */
function markSentences(p: HTMLElement): void {
  if (textWeight(p.textContent ?? '') <= LONG_PARAGRAPH) return;
  // Only running text: an item holding paragraphs or lists of its own stays whole.
  if (p.querySelector(':scope > :is(p, ul, ol, div, table, figure, blockquote)')) return;
  const spans: HTMLElement[] = [];
  let current: HTMLElement | null = null;
  const open = () => {
    current ??= document.createElement('span');
    return current;
  };
  for (const node of [...p.childNodes]) {
    if (node.nodeType !== Node.TEXT_NODE) {
      open().append(node);
      continue;
    }
    for (const part of (node.textContent ?? '').split(/(?<=[。！？；!?])/)) {
      open().append(part);
      if (/[。！？；!?]\s*$/.test(part)) {
        spans.push(current!);
        current = null;
      }
    }
  }
  if (current) spans.push(current);
  if (spans.length < 2) {
    p.replaceChildren(...spans.flatMap((s) => [...s.childNodes]));
    return;
  }
  for (const span of spans) span.dataset.sentence = '';
  p.replaceChildren(...spans);
}

/** A callout's padding and rule take about two characters of a table's width. */
const CALLOUT_INSET = 2;

const shapes = new WeakMap<HTMLTableElement, TableShape | null>();

/**
 * How the slide rule lays a table out on the wall (lib/slides/wall), from the text of its
 * cells; null for a table with merged cells, which keeps the browser's own layout and is
 * weighed by its characters.
 */
function shapeOf(table: HTMLTableElement): TableShape | null {
  if (shapes.has(table)) return shapes.get(table)!;
  const rows = [...table.rows];
  const head = table.tHead?.rows.length === 1 && rows[0]?.parentElement === table.tHead;
  const merged = rows.some((r) => [...r.cells].some((c) => c.colSpan > 1 || c.rowSpan > 1));
  const shape =
    merged || !rows.length
      ? null
      : tableShape(
          rows.map((r) => [...r.cells].map((c) => cellWeight(c.textContent ?? ''))),
          { header: head, width: TABLE_WIDTH - (table.closest(CALLOUT) ? CALLOUT_INSET : 0) },
        );
  shapes.set(table, shape);
  return shape;
}

/**
 * Gives a table the column widths its shape planned (`data-w` on its header cells, in
 * percent, read by slide-type.css), so every slide of it shows the same columns and its
 * rows take the lines the rule weighed them at.
 */
function layTable(table: HTMLTableElement): void {
  const shape = shapeOf(table);
  if (!shape || !table.tHead) return;
  table.dataset.wallColumns = '';
  table.toggleAttribute('data-labels', shape.labels);
  [...(table.tHead.rows[0]?.cells ?? [])].forEach((cell, i) => {
    cell.dataset.w = String(shape.columns[i] ?? 0);
  });
}

/**
 * A step of a drawn diagram is a card (a label, a title, a line or two under it), taller
 * than its few characters: it weighs at least this much, about three lines of table.
 */
const STEP_WEIGHT = 32;

/**
 * The weight of a piece on the wall: a table row by the lines it takes, a diagram's step
 * by its card, anything else by its text.
 */
function pieceWeight(piece: HTMLElement): number {
  if (piece.matches(`${STEP_DIAGRAM} > ol > li`)) {
    return Math.max(STEP_WEIGHT, textWeight(piece.textContent ?? ''));
  }
  const table = piece.closest('table');
  if (piece.matches('tr') && table) {
    const shape = shapeOf(table);
    const row = [...(table.tBodies[0]?.rows ?? [])].indexOf(piece as HTMLTableRowElement);
    if (shape && row >= 0) return tableWeight(shape.rows[row] ?? 1);
  }
  return textWeight(piece.textContent ?? '');
}

/** The text of a callout's frame or a table's header: what repeats on each slide it spans. */
function frameWeight(el: Element): number {
  const frame = el.querySelectorAll(
    ':scope > .meta, :scope > .title, :scope > figcaption, :scope > p, thead, :scope > h3',
  );
  const diagram = el.matches('figure.diagram');
  return [...frame].reduce((sum, f) => {
    const table = f.matches('thead') ? f.closest('table') : null;
    const shape = table && shapeOf(table);
    if (shape) return sum + tableWeight(shape.header);
    const weight = textWeight(f.textContent ?? '');
    // A diagram's caption (a drawn one's or a table's) weighs the lines it takes across the slide.
    return sum + (diagram && f.matches('figcaption') ? tableWeight(Math.ceil(weight / TABLE_WIDTH)) : weight);
  }, 0);
}

/**
 * Whether a piece of a callout is a label over what follows: a short subheading, or a short
 * paragraph in bold or ending in a colon (「现状分析」, 「步骤：」).
 */
function isLabel(piece: HTMLElement): boolean {
  const text = piece.textContent?.trim() ?? '';
  if (!text || textWeight(text) > 12) return false;
  if (piece.matches('h3, h4, h5, h6')) return true;
  if (!piece.matches('p')) return false;
  const bold = [...piece.querySelectorAll(':scope > :is(strong, b)')]
    .map((b) => b.textContent ?? '')
    .join('');
  return /[：:]$/.test(text) || bold.trim() === text;
}

/** How the slide rule (lib/slides/wall) sees one top-level element of the rendered unit. */
export function describeElement(el: Element): Block {
  const pieces = () => pieceElements(el).map(pieceWeight);
  if (el.tagName === 'H2') return { kind: 'heading', title: el.textContent ?? '' };
  if (el.hasAttribute('data-slide-start')) {
    return {
      kind: 'heading',
      title: el.getAttribute('data-slide-title') ?? el.querySelector('h2')?.textContent ?? '',
    };
  }
  if (el.matches('hr[data-slide-break]')) return { kind: 'break' };
  if (el.matches('[data-notes]')) return { kind: 'notes' };
  if (el.matches('[data-slide-summary]')) return { kind: 'summary', pieces: pieces() };
  if (el.matches('h3, h4, h5, h6')) return { kind: 'subheading', weight: textWeight(el.textContent ?? '') };
  if (el.matches('p, blockquote')) {
    const cut = pieces();
    return cut.length
      ? { kind: 'prose', pieces: cut }
      : { kind: 'prose', weight: textWeight(el.textContent ?? '') };
  }
  if (el.matches('ul, ol')) return { kind: 'list', pieces: pieces() };
  if (el.matches('table, figure.diagram:has(table)')) {
    return { kind: 'table', weight: frameWeight(el), pieces: pieces() };
  }
  if (el.matches(`${CALLOUT}, ${STEP_DIAGRAM}`)) {
    const leads = pieceElements(el).flatMap((p, i) => (isLabel(p) ? [i] : []));
    return {
      kind: 'callout',
      weight: frameWeight(el),
      pieces: pieces(),
      ...(leads.length ? { leads } : {}),
      ...(el.matches(STEP_DIAGRAM) ? { drawn: true } : {}),
    };
  }
  if (el.matches('.exercise, [data-exercise-card]')) return { kind: 'exercise' };
  return { kind: 'figure' };
}

/** Reads the slides of the unit rendered inside `content`. */
export function readDeck(content: HTMLElement): DeckModel {
  // Stray top-level text (rare in MDX output) gets a wrapper so it can be shown and hidden.
  for (const node of [...content.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      const wrap = document.createElement('p');
      node.replaceWith(wrap);
      wrap.append(node);
    }
  }
  const elements = [...content.children] as HTMLElement[];
  for (const el of elements) {
    if (el.matches('p')) markSentences(el);
    else if (el.matches('ul, ol')) el.querySelectorAll<HTMLElement>(':scope > li').forEach(markSentences);
    else if (el.matches(CALLOUT)) {
      el.querySelectorAll<HTMLElement>(':scope > .body > p, :scope > .body > :is(ul, ol) > li').forEach(
        markSentences,
      );
    }
    if (el.matches('table')) layTable(el as HTMLTableElement);
    else if (el.matches(`figure.diagram, ${CALLOUT}`)) el.querySelectorAll('table').forEach(layTable);
  }
  return { elements, slides: planSlides(elements.map(describeElement)) };
}

/** The title the overview, the speaker window and screen readers use for a slide. */
export function slideTitle(model: DeckModel, index: number): string {
  const slide = model.slides[index];
  if (!slide) return '';
  return continuationLabel(slide) ?? slide.title;
}

/** Shows only pieces `from`–`to` of a block (all of them when the range is absent). */
function cutBlock(el: HTMLElement, from?: number, to?: number): void {
  const pieces = pieceElements(el);
  pieces.forEach((p, i) => {
    p.hidden = from !== undefined && (i < from || i >= (to ?? pieces.length));
  });
  // An item cut between sentences hides when none of its sentences shows.
  for (const holder of new Set(
    pieces.filter((p) => p.matches('[data-sentence]')).map((p) => p.parentElement!),
  )) {
    holder.hidden = [...holder.querySelectorAll(':scope > [data-sentence]')].every(
      (x) => (x as HTMLElement).hidden,
    );
  }
  // A table inside a callout shows with at least one of its rows, never its header alone.
  for (const table of el.querySelectorAll('table')) {
    const rows = [...table.querySelectorAll<HTMLElement>(':scope > tbody > tr')];
    const box = table.parentElement?.matches('.scroll') ? table.parentElement : table;
    box.hidden = rows.length > 0 && rows.every((r) => r.hidden);
  }
  // A numbered list that goes on from the slide before keeps counting.
  for (const ol of [el, ...el.querySelectorAll('ol')].filter((x) => x.tagName === 'OL')) {
    const first = [...ol.children].findIndex((li) => !(li as HTMLElement).hidden);
    if (first > 0) ol.setAttribute('start', String(first + 1));
    else ol.removeAttribute('start');
  }
  if (from === undefined) {
    el.removeAttribute('data-continued');
    return;
  }
  el.toggleAttribute('data-continued', from > 0);
}

/** Shows slide `index` in place: its elements (or their pieces) visible, every other element hidden. */
export function showSlide(model: DeckModel, index: number): void {
  const wall = new Map((model.slides[index]?.wall ?? []).map((w) => [w.block, w]));
  model.elements.forEach((el, i) => {
    const piece = wall.get(i);
    el.hidden = !piece || el.matches('[data-notes]');
    if (piece) cutBlock(el, piece.from, piece.to);
  });
}

/** Fills the kicker above a continuation slide (「…（续 2/3）」), or hides it. */
export function setKicker(kicker: HTMLElement, slide: Slide | undefined): void {
  const label = slide ? continuationLabel(slide) : null;
  kicker.textContent = label ?? '';
  kicker.hidden = !label;
}

/**
 * Makes a copy that looks like the original and does nothing: islands are not started
 * again, ids are dropped (no duplicates), and nothing in it can take focus.
 */
export function inertCopy(el: Element): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const island of [copy, ...copy.querySelectorAll('*')].filter((n) => n.tagName === 'ASTRO-ISLAND')) {
    const plain = document.createElement('div');
    plain.className = 'island-copy';
    plain.append(...island.childNodes);
    island.replaceWith(plain);
  }
  for (const node of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
    node.removeAttribute('id');
    node.removeAttribute('for');
    node.removeAttribute('name');
    node.removeAttribute('aria-labelledby');
    node.removeAttribute('aria-describedby');
    node.removeAttribute('aria-controls');
    if (node.matches('a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]')) {
      node.setAttribute('tabindex', '-1');
      if (node.matches('button, input, select, textarea')) node.setAttribute('disabled', '');
    }
  }
  return copy;
}

/** A finished copy of slide `index`: a `.slide` canvas with the kicker and the slide's elements. */
export function slideCopy(model: DeckModel, index: number): HTMLElement {
  const slide = document.createElement('div');
  slide.className = 'slide';
  const plan = model.slides[index];
  if (
    plan?.section === 0 &&
    plan.wall.some((w) => model.elements[w.block]?.classList.contains('title-slide'))
  ) {
    slide.dataset.kind = 'title';
  }
  const kicker = document.createElement('p');
  kicker.className = 'slide-kicker';
  setKicker(kicker, plan);
  const content = document.createElement('div');
  content.className = 'slide-content';
  for (const piece of plan?.wall ?? []) {
    const el = model.elements[piece.block];
    if (!el) continue;
    const copy = inertCopy(el);
    // The live deck hides the elements of other slides; a copy is always shown.
    copy.hidden = false;
    cutBlock(copy, piece.from, piece.to);
    content.append(copy);
  }
  slide.append(kicker, content);
  slide.setAttribute('inert', '');
  return slide;
}

/** Copies of the notes the speaker reads for a set of node indices. */
export function notesCopy(model: DeckModel, indices: readonly number[]): HTMLElement[] {
  return indices.flatMap((i) => {
    const aside = model.elements[i];
    if (!aside) return [];
    const copy = inertCopy(aside);
    copy.hidden = false;
    copy.removeAttribute('data-notes');
    copy.className = 'notes-copy';
    return [copy];
  });
}

/**
 * Scales a `.slide` canvas to a box `width` × `height` CSS pixels, never below the size
 * its type was set for: a slide that does not fit is a fault of the split, not a reason
 * for smaller type. Returns whether the content fits. The live slide (`stage`) keeps
 * readable type on a phone and may scroll there.
 */
export function fitSlide(slide: HTMLElement, width: number, height: number, { stage = false } = {}): boolean {
  if (!sizeSlide(slide, width, height, { stage })) return true;
  const content = slide.querySelector<HTMLElement>('.slide-content');
  const fits = !content || content.scrollHeight <= content.clientHeight + 1;
  slide.dataset.fit = fits ? 'fits' : 'overflow';
  return fits;
}

/**
 * The writing half of `fitSlide`: sets the scale and the canvas height, reads nothing, so
 * a preview can be sized without laying the page out. False for a phone, where the slide
 * keeps its type and grows instead.
 */
export function sizeSlide(
  slide: HTMLElement,
  width: number,
  height: number,
  { stage = false } = {},
): boolean {
  const { scale, shrink } = stage
    ? stageScale(width, height)
    : { scale: canvasScale(width, height), shrink: true };
  slide.style.setProperty('--slide-zoom', String(scale));
  // The canvas is as tall as the box, in canvas pixels, so diagrams can fill what is left;
  // on a phone the slide keeps its type and grows instead.
  slide.style.setProperty('--slide-height', shrink ? `${Math.floor(height / scale)}px` : 'auto');
  if (!shrink) slide.dataset.fit = 'phone';
  return shrink;
}

/** The scale of a preview box of `width` CSS pixels (the canvas is 800 wide). */
export function previewScale(width: number): number {
  return width / CANVAS_WIDTH;
}

/** What the focused element is, for the key map: a text field, a control, or anything else. */
export function keyTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return 'other';
  if (isTyping(target)) return 'field';
  if (
    target.closest('button, a[href], summary, input, [role=button], [role=slider], [role=radio], [tabindex]')
  )
    return 'control';
  return 'other';
}
