import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { site, useBrowser } from './support/browser';
import { TEXT_BUDGET, tableWeight, textWeight } from '../../src/lib/slides/wall';

const b = useBrowser();

/** Every unit the build made a deck for. */
const UNITS = readdirSync(new URL('../../dist/present/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/**
 * "About 120 characters": the split aims at the budget; a single table row or point may run
 * over a little. A table (and its caption) weighs the lines it shows, as the rule weighs it.
 */
const MAX_WEIGHT = TEXT_BUDGET * 1.25;
/**
 * A knowledge-check question is one slide however long: its scenario and its four options
 * must be read together. It is held to what still fits at full size instead.
 */
const MAX_QUESTION_WEIGHT = TEXT_BUDGET * 2;
/**
 * The smallest label of a drawn diagram at 1024 × 768, in screen pixels. A drawing scales as
 * a picture, so it is held to less than body type (28 px), but still to what the back row of
 * a training room can read.
 */
const MIN_DRAWN = 20;

interface SlideFacts {
  position: string;
  overflow: number;
  smallest: number;
  smallestText: string;
  drawn: number;
  drawnText: string;
  drawing: string[];
  text: string;
  tableLines: number[];
  shown: number;
  question: boolean;
}

describe.each([
  [1024, 768],
  [1920, 1080],
])('every slide of every unit at %i × %i, with PageDown only', (width, height) => {
  it.each(UNITS)('%s', async (unit) => {
    const { page, context, errors } = await b.page({ viewport: { width, height } });
    await page.goto(site(`present/${unit}/`));
    await page.locator('slide-deck[data-kind]').waitFor({ state: 'attached' });
    const total = Number((await page.locator('.deck-position').textContent())?.split('/')[1]);
    expect(total).toBeGreaterThan(2);
    const problems: string[] = [];
    for (let n = 1; n <= total; n++) {
      await page.waitForFunction((i) => location.hash === `#${i}`, n);
      const facts: SlideFacts = await page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>('[data-slide]')!;
        const content = slide.querySelector<HTMLElement>('.slide-content')!;
        const zoom = parseFloat(getComputedStyle(slide).zoom) || 1;
        let smallest = Infinity;
        let smallestText = '';
        let text = '';
        let shown = 0;
        // A table weighs the lines it takes: each shown row's, and its caption's.
        const tableLines: number[] = [];
        const linesOf = (el: Element) => {
          const style = getComputedStyle(el);
          const inner = el.getBoundingClientRect().height / zoom;
          const pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
          return Math.round((inner - pad) / parseFloat(style.lineHeight));
        };
        for (const table of content.querySelectorAll('table')) {
          if (!table.checkVisibility()) continue;
          for (const row of table.rows) {
            if (row.checkVisibility()) tableLines.push(Math.max(...[...row.cells].map(linesOf)));
          }
          const caption = table.closest('figure.diagram')?.querySelector(':scope > figcaption');
          if (caption?.checkVisibility()) tableLines.push(linesOf(caption));
        }
        const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          const el = node.parentElement!;
          // Drawn diagrams scale as pictures; their text is not type on the slide.
          if (!node.textContent?.trim() || el.closest('svg') || !el.checkVisibility()) continue;
          shown++;
          const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
          if (size < smallest) [smallest, smallestText] = [size, node.textContent.trim().slice(0, 16)];
          // Body text: the section heading and the continuation kicker are not counted, nor
          // tables and their captions (weighed by their lines above).
          const tabled = el.closest('table, figure.diagram:has(table) > figcaption');
          if (!el.closest('h2, .title-slide') && !tabled) text += node.textContent;
        }
        // Drawn text shows at its font size times the drawing's scale on the screen. The screen
        // CTM already holds the slide's CSS zoom in Chromium; the check against each drawing's
        // box below fails the walk if a browser ever leaves it out.
        let drawn = Infinity;
        let drawnText = '';
        const drawing: string[] = [];
        const scaleOf = (m: DOMMatrix | null) => (m ? Math.hypot(m.a, m.b) : 0);
        for (const svg of content.querySelectorAll('svg')) {
          const vb = svg.viewBox.baseVal;
          if (!svg.checkVisibility() || !vb?.width || !svg.querySelector('text')) continue;
          const root = svg.getScreenCTM();
          const box = svg.getBoundingClientRect();
          // preserveAspectRatio's default (meet): the drawing fills the box along one side.
          const fitted = Math.min(box.width / vb.width, box.height / vb.height);
          if (Math.abs(scaleOf(root) / fitted - 1) > 0.02) {
            drawing.push(`its CTM scale ${scaleOf(root).toFixed(2)} is not its box's ${fitted.toFixed(2)}`);
          }
          // What the viewBox shows, on the screen: text beyond it is cut off on the reading page.
          const corner = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(root!);
          const [tl, br] = [corner(vb.x, vb.y), corner(vb.x + vb.width, vb.y + vb.height)];
          for (const t of svg.querySelectorAll('text')) {
            const label = t.textContent?.trim() ?? '';
            if (!label || !t.checkVisibility()) continue;
            const size = parseFloat(getComputedStyle(t).fontSize) * scaleOf(t.getScreenCTM());
            if (size < drawn) [drawn, drawnText] = [size, label.slice(0, 16)];
            const r = t.getBoundingClientRect();
            if (r.left < tl.x - 1 || r.top < tl.y - 1 || r.right > br.x + 1 || r.bottom > br.y + 1) {
              drawing.push(`「${label.slice(0, 16)}」 runs outside the drawing`);
            }
          }
        }
        // A drawn diagram alone is content too.
        if ([...content.querySelectorAll('svg')].some((svg) => svg.checkVisibility())) shown++;
        const box = slide.getBoundingClientRect();
        return {
          position: document.querySelector('.deck-position')!.textContent!.trim(),
          question: [...content.querySelectorAll('.check-slide')].some((el) => el.checkVisibility()),
          overflow: Math.max(content.scrollHeight - content.clientHeight, box.bottom - innerHeight),
          smallest,
          smallestText,
          drawn,
          drawnText,
          drawing,
          text,
          tableLines,
          shown,
        };
      });
      const at = `${unit} #${n}`;
      if (facts.position !== `${n} / ${total}`) problems.push(`${at}: the deck says ${facts.position}`);
      if (facts.shown === 0) problems.push(`${at}: empty slide`);
      if (facts.overflow > 1) problems.push(`${at}: ${facts.overflow}px beyond the slide`);
      if (width === 1024 && facts.smallest < 28) {
        problems.push(`${at}: text at ${facts.smallest.toFixed(1)}px (「${facts.smallestText}」)`);
      }
      if (width === 1024 && facts.drawn < MIN_DRAWN) {
        problems.push(`${at}: diagram text at ${facts.drawn.toFixed(1)}px (「${facts.drawnText}」)`);
      }
      for (const fault of facts.drawing) problems.push(`${at}: diagram: ${fault}`);
      const weight = textWeight(facts.text) + facts.tableLines.reduce((sum, n) => sum + tableWeight(n), 0);
      if (weight > (facts.question ? MAX_QUESTION_WEIGHT : MAX_WEIGHT))
        problems.push(`${at}: ${weight} characters of text`);
      if (n < total) await page.keyboard.press('PageDown');
    }
    // The last press before the end moved the deck on every time (else a hash wait above timed out).
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
