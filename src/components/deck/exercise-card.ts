/**
 * The exercise cards and QR codes of a deck: each card takes its task, steps and time
 * from the `<Activity>` that introduces the exercise, and every QR code opens its target
 * on a phone at this site's address (whatever host or sub-path serves it).
 */
import { qrSvg } from '../../lib/qr/svg';
import { textWeight } from '../../lib/slides/wall';
import { deckUi } from '../../lib/slides/strings';

/** Steps longer than this stay on the activity's own slides; the card keeps the task and time. */
const STEPS_ON_CARD = 70;

/** Fills each exercise card in `content` from the activity before it in its section. */
export function fillExerciseCards(content: HTMLElement): void {
  for (const card of content.querySelectorAll<HTMLElement>(':scope > [data-exercise-card]')) {
    let el = card.previousElementSibling;
    while (el && !el.matches('h2, [data-slide-start]') && !el.matches('.activity'))
      el = el.previousElementSibling;
    if (!el?.matches('.activity')) continue;
    const meta = [...el.querySelectorAll(':scope > .meta > span')].map((s) => s.textContent?.trim());
    const title = el.querySelector(':scope > .title')?.textContent?.trim();
    card.querySelector('[data-card-kind]')!.textContent = [...meta, title].filter(Boolean).join(' · ');
    const steps = el.querySelector(':scope > .body > ol');
    if (steps && textWeight(steps.textContent ?? '') <= STEPS_ON_CARD) {
      const copy = steps.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
      card.querySelector('[data-card-steps]')!.replaceChildren(copy);
    }
  }
}

/**
 * Draws the QR codes in `root` for the absolute address of each one's `data-href`, those
 * not drawn yet. The deck draws a slide's codes as it shows the slide (encoding every code
 * of a unit at load held the presenter page's first task), and all of them before it
 * copies slides for the overview or the handout.
 */
export function drawQrCodes(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-qr][data-href]:not([data-qr-drawn])')) {
    const href = new URL(box.dataset.href!, location.href).href;
    // qrSvg's markup carries no text of its own, only the drawn modules.
    const title =
      box.closest('[data-exercise-card]')?.querySelector('.exercise-card-title')?.textContent ??
      deckUi.knowledgeCheck;
    box.innerHTML = qrSvg(href, { label: deckUi.qrLabel(title) });
    box.dataset.qrDrawn = '';
    const caption = box.parentElement?.querySelector('[data-qr-link]');
    if (caption) caption.textContent = href.replace(/^https?:\/\//, '');
  }
}
