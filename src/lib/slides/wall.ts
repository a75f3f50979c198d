/**
 * What a unit projects, slide by slide: the rule that turns the blocks of a rendered unit
 * into slides for a room. It knows nothing of the DOM; the deck describes each top-level
 * block (kind, text weight, the pieces it can be cut between) and this decides, for every
 * slide, which blocks or pieces of blocks the wall shows, which paragraphs go to the
 * speaker window instead, and which notes the speaker reads there.
 *
 * The rule, per section (an `##` heading and what follows it up to the next one; a
 * `<SlideBreak />` starts a new stretch of the same section):
 *
 * 1. The wall shows the heading, lists, tables, callouts (Tip, Example, Activity,
 *    Takeaways), diagrams and exercises. Paragraphs of prose go to the speaker window,
 *    beside the notes, so the trainer keeps every word. A subheading goes with its text:
 *    on the wall if anything under it is, else to the speaker window.
 * 2. A `<Slide>` summary is what the wall shows for its stretch: it replaces the lists,
 *    prose and subheadings there (diagrams, tables, callouts and exercises stay).
 * 3. A stretch that would leave nothing on the wall but its heading keeps its prose on the
 *    wall, so no slide is empty; the prose is cut between sentences like a list.
 * 4. A text slide carries at most `TEXT_BUDGET` (about 120 Chinese characters); what does
 *    not fit goes on numbered continuation slides (「标题（续 2/3）」), cut between list
 *    items, table rows, callout paragraphs or sentences, never after a label that leads
 *    into what follows (「现状分析」, 「步骤：」). The type never shrinks. A block
 *    is not cut to fill the foot of a slide when, begun on the next one, it needs no more
 *    slides (so one that fits a slide of its own moves there whole; a diagram drawn as
 *    steps that must be cut always starts a slide), and a cut block is
 *    evened out between its slides so it does not end on one small item after a full one.
 * 5. A table is read cell by cell, not line by line, so it is held to the room it takes
 *    rather than to its characters. The slide lays it out at fixed column widths chosen
 *    once for the whole table (`tableShape`), so every slide of it has the same columns:
 *    multiples of `TABLE_STEP` percent, planned on the narrowest (4:3) canvas; of the
 *    widths that make the table shortest, the one closest to sharing the width by how
 *    much text each column holds. A first column of short row labels (none longer than
 *    `LABEL_CHARS`) is wide enough for each label on one line; every other column is at
 *    least `MIN_COLUMN` characters wide (or as wide as its longest cell), so no cell
 *    wraps to two or three characters a line. Each row then weighs the lines it takes
 *    (`tableWeight`): `TABLE_LINES` lines of table, the header row included, fill a
 *    slide with the section heading, and a continuation slide, whose kicker is smaller,
 *    has room for a row more. Many short rows share a slide; two or three rows of four
 *    long cells fill one.
 * 6. A diagram or an exercise has a slide of its own (with the subheading above it).
 * 7. Each note shows once: notes that close a section speak for all of it and show on its
 *    first slide; a note written mid-section shows on the first slide of its stretch.
 */

/** About how many Chinese characters of body text one slide carries at most. */
export const TEXT_BUDGET = 120;

/**
 * The weight of a text on the wall, in Chinese characters: each CJK character or
 * full-width mark counts 1, a Latin letter, digit or ASCII mark counts ½ (they are about
 * half as wide), and white space counts nothing.
 */
export function textWeight(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A character beyond the BMP (a surrogate pair) counts once, as one character.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    if (!isSpace(code)) weight += code < 0x2e80 ? 0.5 : 1;
  }
  return weight;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` sees it. The
 * deck weighs every character of a unit when it opens: a test per character, not a regex.
 */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * How wide a text sets, in Chinese characters, for laying out a table's cells: like
 * `textWeight`, but a space between words takes a third of a character, and marks from
 * the symbol blocks (≤, →, “…”) set as wide as a character in Chinese type.
 */
export function cellWeight(text: string): number {
  let weight = 0;
  for (const ch of text.trim().replace(/\s+/g, ' ')) {
    const code = ch.charCodeAt(0);
    if (ch === ' ') weight += 1 / 3;
    else weight += code < 0x2000 ? 0.5 : 1;
  }
  return weight;
}

/** The kinds of top-level block a rendered unit is made of, as the rule sees them. */
export type BlockKind =
  /** Starts a section: an `h2`, the title slide, a knowledge-check question. */
  | 'heading'
  /** An `h3`/`h4` inside a section. */
  | 'subheading'
  /** A paragraph (or quotation) of running text. */
  | 'prose'
  /** A bulleted or numbered list: cut between its items. */
  | 'list'
  /** A table: cut between its body rows; the header row repeats. */
  | 'table'
  /** Tip, Example, Activity, Takeaways: cut between its paragraphs and list items; the frame repeats. */
  | 'callout'
  /** A diagram: a slide of its own. */
  | 'figure'
  /** An exercise (its card for the room): a slide of its own. */
  | 'exercise'
  /** A `<Slide>` summary: the wall text of its stretch. */
  | 'summary'
  /** Speaker notes: never on the wall. */
  | 'notes'
  /** A `<SlideBreak />` marker. */
  | 'break';

/** One top-level block of a rendered unit. */
export interface Block {
  kind: BlockKind;
  /** The section title, for a heading. */
  title?: string;
  /**
   * The weight of the part of the block that shows on every slide it spans: a heading's or
   * subheading's text, a callout's label and title, a table's header row.
   */
  weight?: number;
  /**
   * The weights of the pieces the block may be cut between (list items, table body rows,
   * callout paragraphs and items, sentences of a paragraph). A block without pieces is
   * never cut.
   */
  pieces?: number[];
  /**
   * The pieces that lead into the next one (a label such as 「现状分析」 or 「步骤：」 over
   * what follows): a slide never ends on one of them.
   */
  leads?: number[];
  /** A diagram drawn as steps: cut between them only on slides of its own, never at the foot of one. */
  drawn?: boolean;
}

/** A block on the wall, whole or only its pieces `from` (inclusive) to `to` (exclusive). */
export interface WallPiece {
  block: number;
  from?: number;
  to?: number;
}

/** One slide of the deck. */
export interface Slide {
  /** The title of the section the slide belongs to ('' before the first heading). */
  title: string;
  /** 0-based index of that section among sections that have slides. */
  section: number;
  /** 1-based position of the slide within its section. */
  part: number;
  /** How many slides the section spans. */
  parts: number;
  /** What the wall shows, in document order. */
  wall: WallPiece[];
  /** Blocks the speaker window shows beside the notes: the prose taken off this slide's wall. */
  prose: number[];
  /** The notes the speaker window shows with this slide (each note is on exactly one slide). */
  notes: number[];
}

interface Stretch {
  blocks: number[];
  notes: number[];
}

interface Draft {
  wall: WallPiece[];
  prose: number[];
  notes: number[];
  weight: number;
  /** Holds a diagram or an exercise, so nothing else joins it. */
  solo: boolean;
}

const WALL_ALWAYS: ReadonlySet<BlockKind> = new Set(['table', 'callout', 'figure', 'exercise', 'summary']);
const SOLO: ReadonlySet<BlockKind> = new Set(['figure', 'exercise']);

/** Turns the blocks of a unit into slides by the rule above. */
export function planSlides(blocks: readonly Block[], budget = TEXT_BUDGET): Slide[] {
  // 1. Sections, each a list of stretches between breaks.
  const sections: { title: string; stretches: Stretch[]; trailingNotes: number[] }[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' || !sections.length) {
      sections.push({
        title: block.kind === 'heading' ? (block.title ?? '').trim() : '',
        stretches: [{ blocks: [], notes: [] }],
        trailingNotes: [],
      });
    }
    const section = sections[sections.length - 1]!;
    const stretch = section.stretches[section.stretches.length - 1]!;
    if (block.kind === 'break') section.stretches.push({ blocks: [], notes: [] });
    else if (block.kind === 'notes') stretch.notes.push(index);
    else stretch.blocks.push(index);
  });
  // Notes after the last block of a section speak for the whole section.
  for (const section of sections) {
    for (let s = section.stretches.length - 1; s >= 0; s--) {
      const stretch = section.stretches[s]!;
      section.trailingNotes.unshift(...stretch.notes.filter((n) => n > (stretch.blocks.at(-1) ?? -1)));
      stretch.notes = stretch.notes.filter((n) => n < (stretch.blocks.at(-1) ?? -1));
      if (stretch.blocks.length) break;
    }
  }

  // 2. Each stretch into slides.
  const slides: Slide[] = [];
  let carried: number[] = [];
  let sectionIndex = 0;
  for (const section of sections) {
    const drafts: Draft[] = [];
    /** A heading whose stretch ends right after it joins the next stretch's first slide. */
    let heading: WallPiece[] = [];
    section.stretches.forEach((stretch, s) => {
      const made = planStretch(blocks, stretch.blocks, budget);
      if (!made.length) {
        carried.push(...stretch.notes);
        return;
      }
      made[0]!.wall.unshift(...heading);
      heading = [];
      made[0]!.notes.push(...carried, ...stretch.notes);
      carried = [];
      const later = section.stretches.slice(s + 1).some((t) => t.blocks.length);
      if (made.length === 1 && later && made[0]!.wall.every((w) => blocks[w.block]!.kind === 'heading')) {
        heading = made[0]!.wall;
        carried = made[0]!.notes;
        return;
      }
      drafts.push(...made);
    });
    if (!drafts.length) {
      carried.push(...section.trailingNotes);
      continue;
    }
    drafts[0]!.notes.unshift(...section.trailingNotes);
    drafts[0]!.notes.sort((a, b) => a - b);
    drafts.forEach((d, i) =>
      slides.push({
        title: section.title,
        section: sectionIndex,
        part: i + 1,
        parts: drafts.length,
        wall: d.wall,
        prose: d.prose,
        notes: d.notes,
      }),
    );
    sectionIndex++;
  }
  if (carried.length && slides.length) slides[slides.length - 1]!.notes.push(...carried);
  return slides;
}

/** Which blocks of a stretch go on the wall (the rest go to the speaker window). */
function wallBlocks(blocks: readonly Block[], stretch: readonly number[]): Set<number> {
  const kinds = stretch.map((i) => blocks[i]!.kind);
  const summary = kinds.includes('summary');
  const onWall = new Set<number>();
  const textKinds: ReadonlySet<BlockKind> = summary ? WALL_ALWAYS : new Set([...WALL_ALWAYS, 'list']);
  stretch.forEach((i) => {
    const kind = blocks[i]!.kind;
    if (kind === 'heading' || textKinds.has(kind)) onWall.add(i);
  });
  // Nothing but the heading: the prose stays on the wall rather than leave it empty.
  if (![...onWall].some((i) => blocks[i]!.kind !== 'heading')) {
    stretch.forEach((i) => {
      if (blocks[i]!.kind === 'prose') onWall.add(i);
    });
  }
  // A subheading goes where its text goes.
  stretch.forEach((i, at) => {
    if (blocks[i]!.kind !== 'subheading') return;
    for (const j of stretch.slice(at + 1)) {
      const kind = blocks[j]!.kind;
      if (kind === 'subheading') break;
      if (onWall.has(j)) {
        onWall.add(i);
        break;
      }
    }
  });
  return onWall;
}

function emptyDraft(): Draft {
  return { wall: [], prose: [], notes: [], weight: 0, solo: false };
}

/** Packs the wall blocks of one stretch into slides of at most `budget`. */
function planStretch(blocks: readonly Block[], stretch: readonly number[], budget: number): Draft[] {
  const onWall = wallBlocks(blocks, stretch);
  const drafts: Draft[] = [];
  let draft = emptyDraft();
  /** A subheading waiting for the first piece of its text, so it never ends a slide alone. */
  let pendingHeading: number[] = [];
  let pendingProse: number[] = [];

  const flush = () => {
    if (!draft.wall.some((p) => blocks[p.block]!.kind !== 'heading' || isLone(p))) return;
    drafts.push(draft);
    draft = emptyDraft();
  };
  // A section heading alone is a slide only when it is all the section has (the title slide).
  const isLone = (p: WallPiece) => stretch.length === 1 && p.block === stretch[0];
  const place = (piece: WallPiece, weight: number) => {
    draft.wall.push(...pendingHeading.map((block) => ({ block })), piece);
    draft.weight += pendingHeading.reduce((sum, b) => sum + (blocks[b]!.weight ?? 0), 0) + weight;
    draft.prose.push(...pendingProse);
    pendingHeading = [];
    pendingProse = [];
  };
  const headingWeight = () => pendingHeading.reduce((sum, b) => sum + (blocks[b]!.weight ?? 0), 0);

  for (const index of stretch) {
    const block = blocks[index]!;
    if (!onWall.has(index)) {
      if (block.kind === 'prose' || block.kind === 'subheading' || block.kind === 'list') {
        pendingProse.push(index);
      }
      continue;
    }
    if (block.kind === 'heading') {
      draft.wall.push({ block: index });
      continue;
    }
    if (block.kind === 'subheading') {
      pendingHeading.push(index);
      continue;
    }
    if (SOLO.has(block.kind)) {
      if (draft.solo || draft.weight > 0) flush();
      draft.solo = true;
      place({ block: index }, 0);
      flush();
      continue;
    }
    if (draft.solo) flush();
    const fixed = block.weight ?? 0;
    const pieces = block.pieces ?? [];
    const leads = new Set(block.leads ?? []);
    if (!pieces.length) {
      const weight = fixed;
      if (draft.weight > 0 && draft.weight + headingWeight() + weight > budget) flush();
      place({ block: index }, weight);
      continue;
    }
    // A table has a line more on a slide without the section heading (the kicker is smaller).
    const roomOf = (d: Draft) =>
      budget +
      (block.kind === 'table' && !d.wall.some((w) => blocks[w.block]!.kind === 'heading') ? KICKER_ROOM : 0);
    const later = roomOf(emptyDraft());
    // A block is not cut to fill the foot of this slide when, begun on a fresh one, it needs
    // no more new slides: one that fits a slide of its own moves whole.
    if (draft.weight > 0) {
      const here = spans(pieces, headingWeight(), fixed, roomOf(draft) - draft.weight, later);
      if (here > 1 && (block.drawn || spans(pieces, headingWeight(), fixed, later, later) <= here - 1))
        flush();
    }
    let from = 0;
    while (from < pieces.length) {
      const room = roomOf(draft) - draft.weight - headingWeight() - fixed;
      let to = from;
      let used = 0;
      while (to < pieces.length && used + pieces[to]! <= room) used += pieces[to++]!;
      // A label goes on with what it leads into, unless it is all this slide would show.
      while (to > from && to < pieces.length && leads.has(to - 1)) {
        if (to - 1 === from && draft.weight === 0) break;
        used -= pieces[--to]!;
      }
      if (to === from) {
        if (draft.weight > 0) {
          flush();
          continue;
        }
        // A single piece longer than the budget stands alone on its slide.
        used = pieces[to++]!;
      }
      place(to - from === pieces.length ? { block: index } : { block: index, from, to }, fixed + used);
      from = to;
      if (from < pieces.length) flush();
    }
  }
  // Prose after the last wall block goes with the last slide.
  if (pendingProse.length || pendingHeading.length) {
    const target = draft.wall.length ? draft : drafts.at(-1);
    if (target) target.prose.push(...pendingHeading, ...pendingProse);
    else draft.prose.push(...pendingHeading, ...pendingProse);
  }
  flush();
  if (!drafts.length && draft.wall.length) drafts.push(draft);
  balance(blocks, drafts, (block) => budget + (blocks[block]!.kind === 'table' ? KICKER_ROOM : 0));
  return drafts;
}

/**
 * How many slides the pieces of a block span, cut as `planStretch` cuts them, when the
 * first slide has `room` left: `head` (a subheading above the block) on the first of them
 * and `frame` (the block's repeating frame) on each.
 */
function spans(pieces: readonly number[], head: number, frame: number, room: number, budget: number): number {
  let count = 1;
  let left = room - head - frame;
  // A fresh slide takes a piece longer than the budget alone.
  let fresh = room >= budget;
  for (const piece of pieces) {
    if (piece > left && !fresh) {
      count++;
      left = budget - frame;
    }
    left -= piece;
    fresh = false;
  }
  return count;
}

/**
 * Evens out a block cut over several slides: a piece moves from the foot of a slide to the
 * head of the next while that makes the heavier of the two lighter, so a cut list or table
 * does not end on a slide of one small item after a full one.
 */
function balance(blocks: readonly Block[], drafts: Draft[], budgetOf: (block: number) => number): void {
  for (let moved = true; moved;) {
    moved = false;
    for (let i = drafts.length - 1; i > 0; i--) {
      const [a, b] = [drafts[i - 1]!, drafts[i]!];
      const last = a.wall.at(-1);
      const first = b.wall[0];
      if (!last || !first || last.block !== first.block || last.to === undefined) continue;
      if (first.from === undefined || first.from !== last.to) continue;
      const pieces = blocks[last.block]!.pieces ?? [];
      const budget = budgetOf(last.block);
      const leads = new Set(blocks[last.block]!.leads ?? []);
      while (last.to - 1 > (last.from ?? 0)) {
        // A piece moves with the label that leads into it.
        const count = leads.has(last.to - 2) && last.to - 2 > (last.from ?? 0) ? 2 : 1;
        const piece = pieces.slice(last.to - count, last.to).reduce((sum, w) => sum + w, 0);
        if (b.weight + piece > budget || b.weight + piece >= a.weight) break;
        last.to -= count;
        first.from -= count;
        a.weight -= piece;
        b.weight += piece;
        moved = true;
      }
    }
  }
}

/** What a continuation slide shows above its content, e.g. 「学习力的本质（续 2/3）」. */
export function continuationLabel(slide: Pick<Slide, 'title' | 'part' | 'parts'>): string | null {
  if (slide.part === 1 || !slide.title) return null;
  return `${slide.title}（续 ${slide.part}/${slide.parts}）`;
}

/* ---------- tables on the wall (rule 5) ---------- */

/** Characters of body type across a table on the narrowest (4:3) canvas: 704 px at 22 px. */
export const TABLE_WIDTH = 32;
/** A cell's padding and border, in characters of body type (16 px + 1 px at 22 px). */
export const CELL_PADDING = 0.8;
/** How many lines of table (its header row included) a slide holds within its budget. */
export const TABLE_LINES = 13;
/** The room a row's padding and rule take beyond its lines, in lines. */
export const ROW_GAP = 0.3;
/** The room a slide without the section heading has for one more row of a line. */
export const KICKER_ROOM = ((1 + ROW_GAP) * TEXT_BUDGET) / TABLE_LINES;
/** A first column whose cells are all at most this long is a column of labels, kept on one line. */
export const LABEL_CHARS = 8;
/** The narrowest a column is made, in characters (unless its longest cell is shorter). */
export const MIN_COLUMN = 5;
/** Column widths are multiples of this, in percent of the table's width. */
export const TABLE_STEP = 5;

/** How a table is laid out on the wall. */
export interface TableShape {
  /** Each column's width in percent of the table's, multiples of `TABLE_STEP` adding up to 100. */
  columns: number[];
  /** Whether the first column is a column of labels, kept whole on one line. */
  labels: boolean;
  /** The lines the header row takes (0 without one). */
  header: number;
  /** The lines each body row takes. */
  rows: number[];
}

/** The budget a stretch of table `lines` long takes on a slide, a row's padding included. */
export function tableWeight(lines: number): number {
  return lines > 0 ? ((lines + ROW_GAP) * TEXT_BUDGET) / TABLE_LINES : 0;
}

/** The lines a cell of `weight` characters takes in a column `percent` wide. */
function cellLines(weight: number, percent: number, width: number): number {
  if (weight <= 0) return 1;
  // Whole characters a line: a Chinese character never fits in part.
  const room = Math.max(1, Math.floor(((percent / 100) * width - CELL_PADDING) * 2) / 2);
  return Math.ceil(weight / room - 1e-9);
}

/** The lines a row takes: its tallest cell. */
function rowLines(row: readonly number[], columns: readonly number[], width: number): number {
  return Math.max(1, ...row.map((w, c) => cellLines(w, columns[c] ?? TABLE_STEP, width)));
}

/** Every way of writing `units` as `parts` numbers, each at least its floor. */
function* compositions(units: number, floors: readonly number[], at = 0): Generator<number[]> {
  if (at === floors.length - 1) {
    if (units >= floors[at]!) yield [units];
    return;
  }
  const rest = floors.slice(at + 1).reduce((a, b) => a + b, 0);
  for (let u = floors[at]!; u <= units - rest; u++) {
    for (const tail of compositions(units - u, floors, at + 1)) yield [u, ...tail];
  }
}

/**
 * The layout of a table on the wall, from the weights of its cells (`textWeight`), row by
 * row: the header row first when `header` is true. See the rule above.
 */
export function tableShape(
  cells: readonly (readonly number[])[],
  { header = true, width = TABLE_WIDTH }: { header?: boolean; width?: number } = {},
): TableShape {
  const count = Math.max(1, ...cells.map((r) => r.length));
  const longest = Array.from({ length: count }, (_, c) => Math.max(0, ...cells.map((r) => r[c] ?? 0)));
  const body = header ? cells.slice(1) : cells;
  const labels = count > 1 && longest[0]! <= LABEL_CHARS;
  const units = 100 / TABLE_STEP;
  const toUnits = (chars: number) => Math.ceil(((chars + CELL_PADDING) / width) * units - 1e-9);
  const floors = longest.map((w, c) =>
    Math.max(1, toUnits(c === 0 && labels ? w + 0.25 : Math.min(w, MIN_COLUMN))),
  );
  // Of the shortest layouts, the one closest to sharing the width by how much text each column holds.
  const text = Array.from({ length: count }, (_, c) => cells.reduce((sum, r) => sum + (r[c] ?? 0), 0));
  const total = text.reduce((a, b) => a + b, 0) || 1;
  let best: { columns: number[]; lines: number; spread: number } | null = null;
  // More than six columns is more than a slide can show well; they share the width evenly.
  const choices =
    count <= 6 && floors.reduce((a, b) => a + b, 0) <= units
      ? compositions(units, floors)
      : [Array.from({ length: count }, (_, c) => Math.floor(units / count) + (c < units % count ? 1 : 0))];
  for (const choice of choices) {
    const columns = choice.map((u) => u * TABLE_STEP);
    const lines = cells.reduce((sum, row) => sum + rowLines(row, columns, width), 0);
    const spread = columns.reduce((sum, p, c) => sum + (p - (100 * text[c]!) / total) ** 2, 0);
    if (!best || lines < best.lines || (lines === best.lines && spread < best.spread)) {
      best = { columns, lines, spread };
    }
  }
  const columns = best!.columns;
  return {
    columns,
    labels,
    header: header && cells[0] ? rowLines(cells[0], columns, width) : 0,
    rows: body.map((row) => rowLines(row, columns, width)),
  };
}
