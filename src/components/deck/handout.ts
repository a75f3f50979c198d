/**
 * The handout: every slide of the unit, two to an A4 page, each with the prose the trainer
 * says on it and ruled space for the trainee's notes. Exercises print as their cards (task,
 * steps, QR), never as the live exercise; the unit's self-tests and quiz follow the slides as
 * paper forms (HandoutAppendix.astro). Built from inert copies of the slides just before
 * printing; the print stylesheet (deck.css) shows it and hides everything else.
 */
import { deckUi } from '../../lib/slides/strings';
import { applyTheme } from '../../lib/theme';
import { fitSlide, notesCopy, slideCopy, slideTitle, type DeckModel } from './slide-dom';

const RULED_LINES = 5;

/** Fills `container` with the handout of the deck and scales each slide to its frame. */
export function buildHandout(container: HTMLElement, model: DeckModel, unitTitle: string): void {
  const heading = document.createElement('h1');
  heading.className = 'handout-heading';
  heading.textContent = deckUi.handoutTitle(unitTitle);
  const items = model.slides.map((_, index) => {
    const item = document.createElement('article');
    item.className = 'handout-item';
    const caption = document.createElement('p');
    caption.className = 'handout-caption';
    caption.textContent = `${unitTitle} · ${index + 1} / ${model.slides.length} · ${slideTitle(model, index)}`;
    const frame = document.createElement('div');
    frame.className = 'handout-frame';
    frame.append(slideCopy(model, index));
    const lines = document.createElement('div');
    lines.className = 'handout-lines';
    const label = document.createElement('p');
    label.className = 'handout-lines-label';
    label.textContent = deckUi.handoutNotes;
    lines.append(label, ...Array.from({ length: RULED_LINES }, () => document.createElement('span')));
    // What the trainer says on this slide: the prose the wall leaves out, so nothing is lost on paper.
    const prose = document.createElement('div');
    prose.className = 'handout-prose';
    prose.append(
      ...notesCopy(model, model.slides[index]?.prose ?? []).map((copy) => {
        copy.removeAttribute('class');
        return copy;
      }),
    );
    item.append(caption, frame, ...(prose.childElementCount ? [prose] : []), lines);
    return item;
  });
  const appendix = container.parentElement?.querySelector<HTMLTemplateElement>(
    'template[data-handout-appendix]',
  );
  container.replaceChildren(heading, ...items, ...(appendix ? [appendix.content.cloneNode(true)] : []));
  for (const frame of container.querySelectorAll<HTMLElement>('.handout-frame')) {
    const slide = frame.querySelector<HTMLElement>('.slide');
    if (!slide) continue;
    fitSlide(slide, frame.clientWidth, frame.clientHeight);
  }
}

/** Prints in the light theme whatever the screen shows: dark pages read badly on paper. */
export function printInLightTheme(): void {
  window.addEventListener('beforeprint', () => applyTheme('light'));
  // With no argument applyTheme goes back to the stored choice, or the system's.
  window.addEventListener('afterprint', () => applyTheme());
}
