/**
 * The DOM side of the deck: reads the rendered unit into the splitter's node description,
 * shows one slide in place, makes inert copies of slides for previews and the handout,
 * and scales a slide to its box. Splitting itself is plain TypeScript in lib/slides.
 */
import { continuationLabel, splitSlides, type SlideNode, type SlidePlan } from '../../lib/slides/split';
import { canvasScale, chooseFit, stageScale, CANVAS_WIDTH, FIT_STEPS } from '../../lib/slides/fit';
import type { KeyTarget } from '../../lib/slides/keys';

/** A unit read from the page: its top-level elements and the slides made of them. */
export interface DeckModel {
  elements: HTMLElement[];
  slides: SlidePlan[];
}

/** How the splitter sees one top-level element of the rendered unit. */
export function describeElement(el: Element): SlideNode {
  if (el.tagName === 'H2') return { kind: 'heading', title: el.textContent ?? '' };
  if (el.hasAttribute('data-slide-start')) {
    return {
      kind: 'heading',
      title: el.getAttribute('data-slide-title') ?? el.querySelector('h2')?.textContent ?? '',
    };
  }
  if (el.matches('hr[data-slide-break]')) return { kind: 'break' };
  if (el.matches('[data-notes]')) return { kind: 'notes' };
  return { kind: 'content' };
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
  return { elements, slides: splitSlides(elements.map(describeElement)) };
}

/** The title the overview, the speaker window and screen readers use for a slide. */
export function slideTitle(model: DeckModel, index: number): string {
  const slide = model.slides[index];
  if (!slide) return '';
  return continuationLabel(slide) ?? slide.title;
}

/** Shows slide `index` in place: its elements visible, every other element hidden. */
export function showSlide(model: DeckModel, index: number): void {
  const visible = new Set(model.slides[index]?.nodes ?? []);
  model.elements.forEach((el, i) => {
    el.hidden = !visible.has(i) || el.matches('[data-notes]');
  });
}

/** Fills the kicker above a continuation slide (「…（续 2/3）」), or hides it. */
export function setKicker(kicker: HTMLElement, slide: SlidePlan | undefined): void {
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
    plan?.part === 1 &&
    plan.section === 0 &&
    plan.nodes.some((i) => model.elements[i]?.classList.contains('title-slide'))
  ) {
    slide.dataset.kind = 'title';
  }
  const kicker = document.createElement('p');
  kicker.className = 'slide-kicker';
  setKicker(kicker, plan);
  const content = document.createElement('div');
  content.className = 'slide-content';
  for (const i of plan?.nodes ?? []) {
    const el = model.elements[i];
    if (!el) continue;
    const copy = inertCopy(el);
    // The live deck hides the elements of other slides; a copy is always shown.
    copy.hidden = false;
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
 * Scales a `.slide` canvas to a box `width` × `height` CSS pixels wide, shrinking it
 * step by step while it is too tall. Returns the step used, or null if it still
 * overflows at the smallest one (the caller then lets it scroll or grow). The live
 * slide (`stage`) keeps readable type on a phone rather than shrinking to the box.
 */
export function fitSlide(
  slide: HTMLElement,
  width: number,
  height: number,
  { stage = false } = {},
): number | null {
  const { scale: base, shrink } = stage
    ? stageScale(width, height)
    : { scale: canvasScale(width, height), shrink: true };
  const heightAt = (step: number) => {
    slide.style.setProperty('--slide-zoom', String(base * step));
    return slide.getBoundingClientRect().height;
  };
  // chooseFit stops at the first step that fits, so the zoom last set is the one to keep.
  const step = chooseFit(heightAt, height, shrink ? FIT_STEPS : [1]);
  slide.dataset.fit = step === null ? 'overflow' : String(step);
  return step;
}

/** The scale of a preview box of `width` CSS pixels (the canvas is 800 wide). */
export function previewScale(width: number): number {
  return width / CANVAS_WIDTH;
}

/** What the focused element is, for the key map: a field, a control, or anything else. */
export function keyTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return 'other';
  if (
    target.closest(
      'input:not([type=button], [type=submit], [type=reset], [type=checkbox], [type=radio]), textarea, select, [contenteditable=""], [contenteditable="true"], [role=textbox], [role=combobox], [role=spinbutton], [role=slider]',
    )
  ) {
    return 'field';
  }
  // Arrow keys move between radio buttons and checkboxes in a group: leave them to the exercise.
  if (
    target.closest(
      'input[type=radio], input[type=checkbox], [role=radiogroup], [role=listbox], [role=tablist], [role=menu], [role=grid]',
    )
  )
    return 'field';
  if (target.closest('button, a[href], summary, [role=button], input')) return 'control';
  return 'other';
}
