// The behaviour of StatusBadges.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts), not as a script of its own.
import { unitProgress, statusOf, completionOf } from '../lib/state';
import { unitBadgeText, unitIdsOf, dimensionBadgeText } from '../lib/state/badges';

for (const el of document.querySelectorAll<HTMLElement>('[data-unit-status]')) {
  unitProgress(el.dataset.unitStatus!).subscribe((p) => {
    const status = statusOf(p);
    el.textContent = unitBadgeText(status);
    el.dataset.status = status;
  });
}
for (const el of document.querySelectorAll<HTMLElement>('[data-dimension-status]')) {
  completionOf(unitIdsOf(el.dataset.units)).subscribe((completion) => {
    el.textContent = dimensionBadgeText(completion);
  });
}
