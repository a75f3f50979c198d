// Fills the page's status badges from the learner's records: each `[data-unit-status="id"]`
// with that unit's status (学习中, 已读完, ✓ 已完成), each `[data-dimension-status]` with how
// many of the units in its `data-units` are completed (completionOf). The badges themselves
// are written by the pages and the course navigation; this is only their behaviour.
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
