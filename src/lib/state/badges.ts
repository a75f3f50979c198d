import { dimensionDone } from '../ui-strings';
import { statusLabel, type Completion, type UnitStatus } from './progress';

/**
 * What a unit's status badge (`[data-unit-status]`) reads: nothing for a unit not yet
 * opened, the status otherwise, with a check mark once it is completed.
 */
export function unitBadgeText(status: UnitStatus): string {
  if (status === 'new') return '';
  return `${status === 'completed' ? '✓ ' : ''}${statusLabel[status]}`;
}

/** The unit ids a dimension's badge counts, from its `data-units="a,b,c"` attribute. */
export function unitIdsOf(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/** What a dimension's badge (`[data-dimension-status]`) reads: 已完成 n/m. */
export function dimensionBadgeText(completion: Completion): string {
  return dimensionDone(completion.completed, completion.total);
}
