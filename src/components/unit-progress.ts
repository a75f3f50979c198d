// The behaviour of UnitProgress.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts), not as a script of its own.
import { recordVisit, recordSection, markReadToEnd, setCompleted, unitProgress } from '../lib/state';
import { completed, completedHint, markComplete, undoComplete } from '../lib/ui-strings';

/** Tracks reading (visit, section, end) and the learner's own "completed" mark for one unit. */
class UnitProgress extends HTMLElement {
  connectedCallback() {
    const unitId = this.dataset.unit!;
    recordVisit(unitId);
    const button = this.querySelector<HTMLButtonElement>('[data-complete]')!;
    const state = this.querySelector<HTMLElement>('.state')!;
    unitProgress(unitId).subscribe((p) => {
      const done = Boolean(p?.completed);
      button.setAttribute('aria-pressed', String(done));
      button.textContent = done ? `✓ ${completed}（${undoComplete}）` : markComplete;
      state.textContent = done ? completedHint : '';
    });
    button.addEventListener('click', () => setCompleted(unitId, !unitProgress(unitId).get()?.completed));

    // The section being read is the last heading above the upper 40% of the viewport.
    const headings = [...document.querySelectorAll<HTMLHeadingElement>('.prose h2[id]')];
    let queued = false;
    const track = () => {
      queued = false;
      const line = window.innerHeight * 0.4;
      const current = headings.filter((h) => h.getBoundingClientRect().top < line).at(-1);
      if (current) recordSection(unitId, current.id, current.textContent?.trim());
    };
    window.addEventListener(
      'scroll',
      () => {
        if (!queued) {
          queued = true;
          requestAnimationFrame(track);
        }
      },
      { passive: true },
    );

    const end = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        markReadToEnd(unitId);
        end.disconnect();
      }
    });
    end.observe(this.querySelector('[data-end]')!);
  }
}
customElements.define('unit-progress', UnitProgress);
