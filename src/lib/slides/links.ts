import { withBase } from '../links';

/** The speaker window of a unit (notes, timer, next slide). */
export function speakerHref(unitId: string, base?: string): string {
  return withBase(`present/${unitId}/speaker/`, base);
}
