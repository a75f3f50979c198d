import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cellWeight,
  continuationLabel,
  planSlides,
  tableShape,
  tableWeight,
  textWeight,
  CELL_PADDING,
  LABEL_CHARS,
  MIN_COLUMN,
  TABLE_LINES,
  TABLE_STEP,
  TABLE_WIDTH,
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

  it('counts white space as nothing and a character beyond the BMP once, as the rule says, for any text', () => {
    // The rule as first written: code points, skipping what a regular expression calls space.
    const byRule = (text: string) =>
      [...text].reduce((sum, ch) => (/\s/.test(ch) ? sum : sum + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1)), 0);
    const sample = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          ' ',
          '\t',
          '\n',
          '\u00a0',
          '\u2003',
          '\u3000',
          '\ufeff',
          '\u200b',
          '𠀋',
          '😀',
          '\ud800',
        ),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      ),
    });
    fc.assert(fc.property(sample, (text) => textWeight(text) === byRule(text)));
    expect(textWeight('  学\u3000习\u00a0力 𠀋 ')).toBe(4);
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

  it('moves a block that fits a slide of its own to the next slide whole instead of cutting it', () => {
    const slides = planSlides([h('甲'), list(60, 20), callout(10, 30, 30)]);
    expect(walls(slides)).toEqual([[0, 1], [2]]);
  });

  it('starts a long block on a fresh slide when cutting it at the foot saves no slide', () => {
    const slides = planSlides([h('甲'), list(60), callout(10, 40, 40, 40, 40)]);
    expect(walls(slides)).toEqual([[0, 1], ['2[0,2)'], ['2[2,4)']]);
  });

  it('starts a diagram of steps that must be cut on a slide of its own', () => {
    const steps: Block = { kind: 'callout', weight: 20, pieces: [32, 32, 32, 32], drawn: true };
    expect(walls(planSlides([h('甲'), list(60), steps]))).toEqual([[0, 1], ['2[0,2)'], ['2[2,4)']]);
    // A list is cut at the foot of the slide as usual.
    const items = list(32, 32, 32, 32);
    expect(walls(planSlides([h('甲'), list(60), items]))[0]).toEqual([0, 1, '2[0,1)']);
  });

  it('evens out a cut block rather than leave one small item on its last slide', () => {
    const slides = planSlides([h('甲'), list(40, 40, 40, 10)]);
    expect(walls(slides)).toEqual([[0, '1[0,2)'], ['1[2,4)']]);
  });

  it('never ends a slide on a label that leads into the next piece', () => {
    const labelled: Block = { kind: 'callout', weight: 10, pieces: [50, 50, 6, 100], leads: [2] };
    expect(walls(planSlides([h('甲'), labelled]))).toEqual([[0, '1[0,2)'], ['1[2,4)']]);
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

/** The weights of a table's cells: the header row, then rows of a 「差距」 table like 第四讲's. */
const GAP_TABLE = [
  ['差距', '发生在哪里', '客服现场的样子', '对策'],
  [
    '差距1 认知差距',
    '顾客真实的期望 vs 管理层以为的期望',
    '管理层盯着接通率，客户最在意的却是「一次说清，别让我重复三遍」',
    '做客户调研和投诉分析；管理者定期听录音、接热线；畅通一线向上反馈的渠道；减少层级',
  ],
  [
    '差距2 标准差距',
    '管理层的理解 vs 写出来的服务标准',
    '明知客户要一次解决，质检却只考核话术规范和通话时长，坐席为压时长匆匆挂机',
    '先评估顾客期望能否做到，再按顾客的需要制定可衡量的标准；重复性、非技术性的服务尽量标准化',
  ],
  [
    '差距3 执行差距',
    '服务标准 vs 实际交付的服务',
    '标准写着「24 小时内回电」，可排班不足、系统查不到物流信息，坐席做不到',
    '培训和授权，配齐工具与信息，建立监控机制，合理排班，别让坐席夹在公司规定和客户诉求之间',
  ],
  [
    '差距4 承诺差距',
    '实际交付 vs 对外宣传与承诺',
    '活动页写着「7×24 小时专属客服」，夜间其实只有机器人',
    '对外承诺先与运营核对；不夸大、不隐瞒；宣传部门与客服互通信息',
  ],
  [
    '差距5 顾客差距',
    '顾客期望的服务 vs 顾客感知的服务',
    '客户的感受是「等太久、说了三遍还没解决」',
    '它是前四个差距叠加的结果，要回头逐个缩小差距1～4，并加强部门之间的信息协同',
  ],
].map((row) => row.map(cellWeight));

/** How many characters a line a column of `percent` holds. */
const lineChars = (percent: number) => (percent / 100) * TABLE_WIDTH - CELL_PADDING;

describe('tables', () => {
  it('weighs the width of a cell: spaces a third, symbols like ≤ a whole character', () => {
    expect(cellWeight('满意度 ≥ 92%')).toBeCloseTo(3 + 1 / 3 + 1 + 1 / 3 + 1.5);
    expect(cellWeight('  学习力 ')).toBe(3);
  });

  it('splits the width into steps that add up to the whole table', () => {
    const { columns } = tableShape(GAP_TABLE);
    expect(columns).toHaveLength(4);
    expect(columns.reduce((a, b) => a + b, 0)).toBe(100);
    for (const c of columns) expect(c % TABLE_STEP).toBe(0);
    // Seven columns share the width evenly, still in steps.
    const wide = tableShape([Array.from({ length: 7 }, () => 4)]).columns;
    expect(wide.reduce((a, b) => a + b, 0)).toBe(100);
    expect(wide.every((c) => c % TABLE_STEP === 0 && c >= 10)).toBe(true);
  });

  it('keeps a column of short row labels on one line', () => {
    const shape = tableShape(GAP_TABLE);
    expect(shape.labels).toBe(true);
    const longest = Math.max(...GAP_TABLE.map((row) => row[0]!));
    expect(longest).toBeLessThanOrEqual(LABEL_CHARS);
    expect(lineChars(shape.columns[0]!)).toBeGreaterThanOrEqual(longest);
  });

  it('never makes a column of long text narrower than its minimum', () => {
    const cells = [
      [2, 2, 2],
      [30, 60, 4],
      [28, 70, 3],
    ];
    const { columns, labels } = tableShape(cells);
    expect(labels).toBe(false);
    expect(lineChars(columns[0]!)).toBeGreaterThanOrEqual(MIN_COLUMN);
    expect(lineChars(columns[1]!)).toBeGreaterThanOrEqual(MIN_COLUMN);
    // The column with the most text gets the most room.
    expect(columns[1]).toBe(Math.max(...columns));
  });

  it('counts the lines each row takes at the chosen widths', () => {
    const shape = tableShape([
      [2, 2],
      [4, 40],
      [4, 4],
    ]);
    expect(shape.header).toBe(1);
    expect(shape.rows[1]).toBe(1);
    const room = Math.floor(lineChars(shape.columns[1]!) * 2) / 2;
    expect(shape.rows[0]).toBe(Math.ceil(40 / room));
  });

  it('fills the budget of a slide with TABLE_LINES lines of table', () => {
    expect(tableWeight(0)).toBe(0);
    // A line of table is worth a thirteenth of the slide, its padding included.
    expect(tableWeight(1) * TABLE_LINES).toBeGreaterThan(TEXT_BUDGET);
    expect(tableWeight(1) * TABLE_LINES).toBeLessThan(TEXT_BUDGET * 1.5);
  });

  it('packs several rows a slide when each row weighs the lines it takes', () => {
    const shape = tableShape(GAP_TABLE);
    const block = table(tableWeight(shape.header), ...shape.rows.map(tableWeight));
    const slides = planSlides([h('差距模型'), block]);
    // Five rows of four long cells: three slides of one or two rows (the last two evened
    // out), not five of one.
    expect(walls(slides)).toEqual([[0, '1[0,2)'], ['1[2,3)'], ['1[3,5)']]);
  });

  it('gives a table a line more on a slide without the section heading', () => {
    const row = tableWeight(1);
    // Nine one-line rows and a header fill a slide with the heading; a continuation takes ten.
    const block = table(row, ...Array.from({ length: 19 }, () => row));
    const slides = planSlides([h('甲'), block]);
    expect(walls(slides)).toEqual([[0, '1[0,9)'], ['1[9,19)']]);
  });
});
