import { describe, expect, it } from 'vitest';
import {
  continuationLabel,
  planSlides,
  textWeight,
  TEXT_BUDGET,
  type Block,
  type Slide,
} from '../../../src/lib/slides/wall';

const h = (title: string): Block => ({ kind: 'heading', title, weight: title.length });
const h3 = (weight = 4): Block => ({ kind: 'subheading', weight });
const p = (...pieces: number[]): Block => ({ kind: 'prose', pieces });
const list = (...pieces: number[]): Block => ({ kind: 'list', pieces });
const callout = (weight: number, ...pieces: number[]): Block => ({ kind: 'callout', weight, pieces });
const table = (weight: number, ...pieces: number[]): Block => ({ kind: 'table', weight, pieces });
const figure: Block = { kind: 'figure' };
const exercise: Block = { kind: 'exercise' };
const summary = (...pieces: number[]): Block => ({ kind: 'summary', pieces });
const br: Block = { kind: 'break' };
const note: Block = { kind: 'notes' };

/** Each slide's wall as block indices (with item ranges where cut) for short assertions. */
const walls = (slides: Slide[]) =>
  slides.map((s) => s.wall.map((w) => (w.from === undefined ? w.block : `${w.block}[${w.from},${w.to})`)));

describe('text weight', () => {
  it.each([
    ['学习力', 3],
    ['学习力，是能力。', 8],
    ['GROW 模型', 4],
    ['  \n ', 0],
  ])('weighs %j as %d characters', (text, weight) => {
    expect(textWeight(text)).toBe(weight);
  });
});

describe('what goes on the wall and what goes to the speaker window', () => {
  it('shows the heading and lists on the wall and sends the paragraphs to the speaker window', () => {
    const slides = planSlides([h('甲'), p(30), list(20, 20), p(40)]);
    expect(walls(slides)).toEqual([[0, 2]]);
    expect(slides[0]!.prose).toEqual([1, 3]);
  });

  it('keeps diagrams, tables, callouts and exercises on the wall', () => {
    const slides = planSlides([h('甲'), p(20), callout(8, 20, 20), table(6, 10, 10)]);
    expect(walls(slides)).toEqual([[0, 2, 3]]);
    expect(slides[0]!.prose).toEqual([1]);
  });

  it('puts a subheading where its text goes', () => {
    const slides = planSlides([h('甲'), h3(), p(40), h3(), list(20, 20)]);
    expect(walls(slides)).toEqual([[0, 3, 4]]);
    expect(slides[0]!.prose).toEqual([1, 2]);
  });

  it('lets an authored summary replace the lists and prose of its stretch on the wall', () => {
    const slides = planSlides([h('甲'), p(60), list(30, 30, 30), summary(10, 10, 10), callout(6, 30)]);
    expect(walls(slides)).toEqual([[0, 3, 4]]);
    expect(slides[0]!.prose).toEqual([1, 2]);
  });

  it('gives a summary after a slide break to that stretch only', () => {
    const slides = planSlides([h('甲'), list(20, 20), br, p(50), list(30), summary(10, 10)]);
    expect(walls(slides)).toEqual([[0, 1], [5]]);
    expect(slides[1]!.prose).toEqual([3, 4]);
  });

  it('keeps the prose on the wall when nothing else would be there', () => {
    const slides = planSlides([h('甲'), p(40, 30)]);
    expect(walls(slides)).toEqual([[0, 1]]);
    expect(slides[0]!.prose).toEqual([]);
  });

  it('never makes an empty slide, and gives the title slide its own', () => {
    const slides = planSlides([h('标题页'), h('甲'), br, br, list(10), br]);
    expect(walls(slides)).toEqual([[0], [1, 4]]);
  });
});

describe('continuation slides', () => {
  it('cuts a long list between its items, within the budget', () => {
    const slides = planSlides([h('甲'), list(50, 50, 50, 50, 50)]);
    expect(walls(slides)).toEqual([[0, '1[0,2)'], ['1[2,4)'], ['1[4,5)']]);
    expect(slides.map((s) => [s.part, s.parts])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('repeats a callout frame on each slide it spans and counts it in the budget', () => {
    const slides = planSlides([h('甲'), callout(20, 40, 40, 40)]);
    expect(walls(slides)).toEqual([[0, '1[0,2)'], ['1[2,3)']]);
  });

  it('cuts a table between rows', () => {
    const slides = planSlides([h('甲'), table(10, 40, 40, 40)]);
    expect(walls(slides)).toEqual([[0, '1[0,2)'], ['1[2,3)']]);
  });

  it('gives a diagram and an exercise a slide of their own, with their subheading', () => {
    const slides = planSlides([h('甲'), list(20), h3(), figure, list(20), br, exercise]);
    expect(walls(slides)).toEqual([[0, 1], [2, 3], [4], [6]]);
  });

  it('never leaves a subheading alone at the foot of a slide', () => {
    const slides = planSlides([h('甲'), list(100), h3(), list(60)]);
    expect(walls(slides)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('puts a piece longer than the budget on a slide by itself', () => {
    const slides = planSlides([h('甲'), list(30, 200, 30)]);
    expect(walls(slides)).toEqual([[0, '1[0,1)'], ['1[1,2)'], ['1[2,3)']]);
  });

  it('keeps every slide of the default budget at or under it when pieces are small', () => {
    const pieces = Array.from({ length: 40 }, (_, i) => 10 + (i % 7) * 9);
    const blocks: Block[] = [h('甲'), list(...pieces), callout(12, ...pieces)];
    const slides = planSlides(blocks);
    for (const slide of slides) {
      const weight = slide.wall.reduce((sum, w) => {
        const b = blocks[w.block]!;
        if (b.kind === 'heading') return sum;
        const items = (b.pieces ?? []).slice(w.from ?? 0, w.to ?? b.pieces?.length);
        return sum + (b.weight ?? 0) + items.reduce((a, x) => a + x, 0);
      }, 0);
      expect(weight).toBeLessThanOrEqual(TEXT_BUDGET);
    }
    // Every piece is shown exactly once.
    const shown = slides.flatMap((s) => s.wall).filter((w) => w.block === 1);
    expect(shown.reduce((n, w) => n + ((w.to ?? pieces.length) - (w.from ?? 0)), 0)).toBe(pieces.length);
  });

  it('labels continuation slides with their number in the section', () => {
    expect(continuationLabel({ title: '学习力的本质', part: 2, parts: 3 })).toBe('学习力的本质（续 2/3）');
    expect(continuationLabel({ title: '学习力的本质', part: 1, parts: 3 })).toBeNull();
  });
});

describe('notes', () => {
  it('show the notes that close a section once, on its first slide', () => {
    const slides = planSlides([h('甲'), list(100), br, list(100), note, h('乙'), list(10)]);
    expect(slides.map((s) => s.notes)).toEqual([[4], [], []]);
  });

  it('show a note written mid-section on the first slide of its stretch', () => {
    const slides = planSlides([h('甲'), list(10), br, list(100, 100), note, br, list(10), note]);
    expect(slides.map((s) => s.notes)).toEqual([[7], [4], [], []]);
  });

  it('keep the notes of an empty stretch at the end of a section', () => {
    const slides = planSlides([h('甲'), list(10), br, note, br, h('乙'), list(10)]);
    expect(slides.map((s) => s.notes)).toEqual([[3], []]);
  });
});
