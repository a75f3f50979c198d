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
 *    items, table rows, callout paragraphs or sentences. The type never shrinks.
 * 5. A diagram or an exercise has a slide of its own (with the subheading above it).
 * 6. Each note shows once: notes that close a section speak for all of it and show on its
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
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    weight += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
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
    if (!pieces.length) {
      const weight = fixed;
      if (draft.weight > 0 && draft.weight + headingWeight() + weight > budget) flush();
      place({ block: index }, weight);
      continue;
    }
    let from = 0;
    while (from < pieces.length) {
      const room = budget - draft.weight - headingWeight() - fixed;
      let to = from;
      let used = 0;
      while (to < pieces.length && used + pieces[to]! <= room) used += pieces[to++]!;
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
  return drafts;
}

/** What a continuation slide shows above its content, e.g. 「学习力的本质（续 2/3）」. */
export function continuationLabel(slide: Pick<Slide, 'title' | 'part' | 'parts'>): string | null {
  if (slide.part === 1 || !slide.title) return null;
  return `${slide.title}（续 ${slide.part}/${slide.parts}）`;
}
