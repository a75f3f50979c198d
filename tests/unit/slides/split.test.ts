import { describe, expect, it } from 'vitest';
import { continuationLabel, notesForSlide, splitSlides, type SlideNode } from '../../../src/lib/slides/split';

const h = (title: string): SlideNode => ({ kind: 'heading', title });
const p: SlideNode = { kind: 'content' };
const br: SlideNode = { kind: 'break' };
const note: SlideNode = { kind: 'notes' };

/** The slides as [title, part, parts, nodes] for short assertions. */
const shape = (nodes: SlideNode[]) => splitSlides(nodes).map((s) => [s.title, s.part, s.parts, s.nodes]);

describe('splitting a unit into slides', () => {
  it('makes one slide per section, each starting with its heading', () => {
    expect(shape([h('标题页'), h('甲'), p, p, h('乙'), p])).toEqual([
      ['标题页', 1, 1, [0]],
      ['甲', 1, 1, [1, 2, 3]],
      ['乙', 1, 1, [4, 5]],
    ]);
  });

  it('splits a long section at each break, leaving the marker off every slide', () => {
    expect(shape([h('甲'), p, br, p, p, br, p])).toEqual([
      ['甲', 1, 3, [0, 1]],
      ['甲', 2, 3, [3, 4]],
      ['甲', 3, 3, [6]],
    ]);
  });

  it('numbers sections in order, counting each section once however many slides it spans', () => {
    expect(splitSlides([h('甲'), p, br, p, h('乙'), p]).map((s) => s.section)).toEqual([0, 0, 1]);
  });

  it.each<[string, SlideNode[], unknown[]]>([
    [
      'two breaks in a row',
      [h('甲'), p, br, br, p],
      [
        ['甲', 1, 2, [0, 1]],
        ['甲', 2, 2, [4]],
      ],
    ],
    [
      'a break at the end of a section',
      [h('甲'), p, br, h('乙'), p],
      [
        ['甲', 1, 1, [0, 1]],
        ['乙', 1, 1, [3, 4]],
      ],
    ],
    [
      'a break right after the heading',
      [h('甲'), br, p],
      [
        ['甲', 1, 2, [0]],
        ['甲', 2, 2, [2]],
      ],
    ],
    ['a break at the very end', [h('甲'), p, br], [['甲', 1, 1, [0, 1]]]],
  ])('never makes an empty slide from %s', (_name, nodes, expected) => {
    expect(shape(nodes)).toEqual(expected);
  });

  it('puts content before the first heading on a slide of its own, without a title', () => {
    expect(shape([p, p, h('甲'), p])).toEqual([
      ['', 1, 1, [0, 1]],
      ['甲', 1, 1, [2, 3]],
    ]);
  });

  it('makes no slide at all from nothing', () => {
    expect(splitSlides([])).toEqual([]);
  });

  it('keeps notes off the slides but with the slide they were written on', () => {
    const slides = splitSlides([h('甲'), p, note, br, p, note, h('乙'), p]);
    expect(slides.map((s) => s.nodes)).toEqual([[0, 1], [4], [6, 7]]);
    expect(slides.map((s) => s.notes)).toEqual([[2], [5], []]);
  });

  it('gives every slide of a section the notes of the whole section', () => {
    const slides = splitSlides([h('甲'), p, br, p, note, h('乙'), p]);
    expect(slides.map((s) => s.sectionNotes)).toEqual([[4], [4], []]);
  });

  it('moves notes stranded on an empty part to the slide before', () => {
    const slides = splitSlides([h('甲'), p, br, note]);
    expect(slides).toHaveLength(1);
    expect(slides[0]!.notes).toEqual([3]);
  });

  it('moves notes before any content to the first slide', () => {
    const slides = splitSlides([note, h('甲'), p]);
    expect(slides).toHaveLength(1);
    expect(slides[0]!.notes).toEqual([0]);
  });

  it('handles a unit shaped like the real lectures', () => {
    // title slide, then sections with breaks, notes at each section's end, the knowledge check
    const unit: SlideNode[] = [
      h('学习力'),
      h('学习力的本质'),
      p,
      p,
      br,
      p,
      p,
      note,
      h('从个人学习到组织学习'),
      p,
      p,
      note,
      h('小组研讨'),
      p,
      note,
      h('知识检测'),
      p,
    ];
    const slides = splitSlides(unit);
    expect(slides.map((s) => continuationLabel(s) ?? s.title)).toEqual([
      '学习力',
      '学习力的本质',
      '学习力的本质（续 2/2）',
      '从个人学习到组织学习',
      '小组研讨',
      '知识检测',
    ]);
    expect(slides.map(notesForSlide)).toEqual([[], [7], [7], [11], [14], []]);
  });
});

describe('the notes the speaker reads', () => {
  it('prefers the notes written on the slide itself', () => {
    const [first, second] = splitSlides([h('甲'), p, note, br, p, note]);
    expect(notesForSlide(first!)).toEqual([2]);
    expect(notesForSlide(second!)).toEqual([5]);
  });

  it('falls back to the section notes on a slide without its own', () => {
    const [first] = splitSlides([h('甲'), p, br, p, note]);
    expect(notesForSlide(first!)).toEqual([4]);
  });
});

describe('continuation label', () => {
  it.each([
    [[h('甲'), p], 0, null],
    [[h('甲'), p, br, p], 1, '甲（续 2/2）'],
    [[p, br, p], 1, null],
  ] as [SlideNode[], number, string | null][])('labels slide %# as %j', (nodes, index, expected) => {
    expect(continuationLabel(splitSlides(nodes)[index]!)).toBe(expected);
  });
});
