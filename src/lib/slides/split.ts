/**
 * Splits a rendered unit into slides. The deck describes each top-level node of the
 * rendered MDX (a heading that starts a section, a `<SlideBreak />` marker, speaker notes,
 * or ordinary content) and this function decides which nodes each slide shows. It knows
 * nothing of the DOM, so the audience window and the speaker window, which run it over
 * the same HTML, always agree on the numbering.
 */

/** How the splitter sees one top-level node of a rendered unit. */
export type SlideNode =
  /** Starts a new section: an `h2`, the title slide, the knowledge check. */
  | { kind: 'heading'; title: string }
  /** A `<SlideBreak />` marker: the section goes on on a new slide. */
  | { kind: 'break' }
  /** Speaker notes (`<Notes>`): never shown on a slide, read by the speaker window. */
  | { kind: 'notes' }
  /** Anything else: paragraphs, lists, examples, diagrams, exercises. */
  | { kind: 'content' };

/** One slide: which nodes it shows and which notes go with it. */
export interface SlidePlan {
  /** The title of the section the slide belongs to ('' before the first heading). */
  title: string;
  /** 0-based index of that section. */
  section: number;
  /** 1-based part of the section this slide shows. */
  part: number;
  /** How many slides the section spans. */
  parts: number;
  /** Indices of the nodes the slide shows, in document order (the heading on part 1). */
  nodes: number[];
  /** Indices of the notes written on this slide's stretch of the section. */
  notes: number[];
  /** Indices of all the notes of the slide's section. */
  sectionNotes: number[];
}

interface Part {
  nodes: number[];
  notes: number[];
}

interface Section {
  title: string;
  parts: Part[];
}

/** Turns the described nodes of a unit into slides: one per section, split at breaks. */
export function splitSlides(nodes: readonly SlideNode[]): SlidePlan[] {
  const sections: Section[] = [];
  let section: Section | undefined;
  let part: Part | undefined;

  const startSection = (title: string) => {
    part = { nodes: [], notes: [] };
    section = { title, parts: [part] };
    sections.push(section);
  };

  nodes.forEach((node, index) => {
    if (node.kind === 'heading') {
      startSection(node.title.trim());
      part!.nodes.push(index);
      return;
    }
    if (!section) startSection('');
    if (node.kind === 'break') {
      part = { nodes: [], notes: [] };
      section!.parts.push(part);
    } else if (node.kind === 'notes') {
      part!.notes.push(index);
    } else {
      part!.nodes.push(index);
    }
  });

  const slides: SlidePlan[] = [];
  let carried: number[] = [];
  sections.forEach((s) => {
    const parts = mergeEmptyParts(s.parts);
    if (!parts.length) {
      // A section with nothing to show: keep its notes for the next slide.
      carried.push(...s.parts.flatMap((p) => p.notes));
      return;
    }
    parts[0]!.notes.unshift(...carried);
    carried = [];
    const sectionNotes = parts.flatMap((p) => p.notes);
    const index = slides.length ? slides[slides.length - 1]!.section + 1 : 0;
    parts.forEach((p, i) => {
      slides.push({
        title: s.title,
        section: index,
        part: i + 1,
        parts: parts.length,
        nodes: p.nodes,
        notes: p.notes,
        sectionNotes,
      });
    });
  });
  if (carried.length && slides.length) {
    const last = slides[slides.length - 1]!;
    last.notes.push(...carried);
    for (const slide of slides)
      if (slide.section === last.section) slide.sectionNotes = [...slide.sectionNotes, ...carried];
  }
  return slides;
}

/**
 * Drops parts that would be empty slides (two breaks in a row, a break at the end of a
 * section); their notes move to the slide before, or to the next one at the start.
 */
function mergeEmptyParts(parts: readonly Part[]): Part[] {
  const kept: Part[] = [];
  let pendingNotes: number[] = [];
  for (const p of parts) {
    if (p.nodes.length) {
      kept.push({ nodes: [...p.nodes], notes: [...pendingNotes, ...p.notes] });
      pendingNotes = [];
    } else if (kept.length) {
      kept[kept.length - 1]!.notes.push(...p.notes);
    } else {
      pendingNotes.push(...p.notes);
    }
  }
  if (pendingNotes.length && kept.length) kept[kept.length - 1]!.notes.push(...pendingNotes);
  return kept;
}

/** The notes the speaker reads on a slide: its own, or else those of its whole section. */
export function notesForSlide(slide: SlidePlan): number[] {
  return slide.notes.length ? slide.notes : slide.sectionNotes;
}

/** What a continuation slide shows above its content, e.g. 「学习力的本质（续 2/3）」. */
export function continuationLabel(slide: SlidePlan): string | null {
  if (slide.part === 1 || !slide.title) return null;
  return `${slide.title}（续 ${slide.part}/${slide.parts}）`;
}
