/** The overview grid: a thumbnail of every slide, each a button that jumps to it. */
import { fitSlide, slideCopy, slideTitle, type DeckModel } from './slide-dom';

/** Fills `grid` with one button per slide (once; the copies do not change). */
export function fillOverview(grid: HTMLElement, model: DeckModel): void {
  if (grid.childElementCount) return;
  grid.append(
    ...model.slides.map((_, index) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'overview-item';
      button.dataset.go = String(index);
      const thumb = document.createElement('span');
      thumb.className = 'thumb';
      thumb.setAttribute('aria-hidden', 'true');
      thumb.append(slideCopy(model, index));
      const label = document.createElement('span');
      label.className = 'thumb-label';
      const number = document.createElement('span');
      number.className = 'thumb-number';
      number.textContent = String(index + 1);
      label.append(number, slideTitle(model, index));
      button.append(thumb, label);
      item.append(button);
      return item;
    }),
  );
}

/** Once the grid is shown: scales each thumbnail, marks the current slide and focuses it. */
export function showCurrentInOverview(grid: HTMLElement, current: number): void {
  grid.querySelectorAll<HTMLElement>('.thumb').forEach((thumb) => {
    const copy = thumb.querySelector<HTMLElement>('.slide');
    if (copy) fitSlide(copy, thumb.clientWidth, thumb.clientHeight);
  });
  const buttons = [...grid.querySelectorAll<HTMLButtonElement>('[data-go]')];
  buttons.forEach((b, i) =>
    i === current ? b.setAttribute('aria-current', 'true') : b.removeAttribute('aria-current'),
  );
  buttons[current]?.focus();
  buttons[current]?.scrollIntoView({ block: 'nearest' });
}

/**
 * Arrow keys in the overview move the focus through the grid (up and down by a row, as
 * laid out); Enter then opens the focused slide, as a button does. Returns whether the
 * key was one of them.
 */
export function moveInOverview(grid: HTMLElement, event: KeyboardEvent): boolean {
  const buttons = [...grid.querySelectorAll<HTMLButtonElement>('[data-go]')];
  const from = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const at = from < 0 ? 0 : from;
  const top = (b: HTMLElement) => b.getBoundingClientRect().top;
  const columns = Math.max(1, buttons.filter((b) => Math.abs(top(b) - top(buttons[0]!)) < 2).length);
  const step: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: columns,
    ArrowUp: -columns,
    Home: -buttons.length,
    End: buttons.length,
  };
  const delta = step[event.key];
  if (delta === undefined) return false;
  event.preventDefault();
  const next = buttons[Math.min(Math.max(at + delta, 0), buttons.length - 1)];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
  return true;
}
