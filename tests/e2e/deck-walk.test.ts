import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { site, useBrowser } from './support/browser';
import { TEXT_BUDGET, textWeight } from '../../src/lib/slides/wall';

const b = useBrowser();

/** Every unit the build made a deck for. */
const UNITS = readdirSync(new URL('../../dist/present/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** "About 120 characters": the split aims at the budget; a single table row or point may run over a little. */
const MAX_WEIGHT = TEXT_BUDGET * 1.25;
/**
 * A knowledge-check question is one slide however long: its scenario and its four options
 * must be read together. It is held to what still fits at full size instead.
 */
const MAX_QUESTION_WEIGHT = TEXT_BUDGET * 2;

interface SlideFacts {
  position: string;
  overflow: number;
  smallest: number;
  smallestText: string;
  text: string;
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
        const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          const el = node.parentElement!;
          // Drawn diagrams scale as pictures; their text is not type on the slide.
          if (!node.textContent?.trim() || el.closest('svg') || !el.checkVisibility()) continue;
          shown++;
          const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
          if (size < smallest) [smallest, smallestText] = [size, node.textContent.trim().slice(0, 16)];
          // Body text: the section heading and the continuation kicker are not counted.
          if (!el.closest('h2, .title-slide')) text += node.textContent;
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
          text,
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
      const weight = textWeight(facts.text);
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
