import * as z from '../state/mini';
import type { Sheet, SheetCollection } from '../worksheet/sheets';

/** The three rings, from the centre outwards. */
export const RINGS = ['why', 'how', 'what'] as const;
export type Ring = (typeof RINGS)[number];

/** What one golden-circle sheet holds (its name and 示例 mark live on the sheet). */
export type CircleData = Record<Ring, string>;

/** One golden circle as the island's parts see it: a sheet's rings with its id and name. */
export interface Circle extends CircleData {
  id: string;
  /** The learner's name for it, e.g. 推行新的质检标准. */
  name: string;
  /** Loaded from the course's worked example (shown with a 示例 badge). */
  example?: boolean | undefined;
}

/** The schema of one sheet's data. */
export const circleData = z.object({ why: z.string(), how: z.string(), what: z.string() });

/** A circle with nothing written yet. */
export const blankCircle = (): CircleData => ({ why: '', how: '', what: '' });

/** The circle a sheet holds, as the island's parts read it. */
export function circleOf(sheet: Sheet<CircleData>): Circle {
  return { ...sheet.data, id: sheet.id, name: sheet.title, example: sheet.example };
}

/** Stored form version 1 (until the builder moved onto the worksheet kit): `{ circles, activeId }`. */
export interface GoldenCircleDocV1 {
  circles: Circle[];
  activeId: string;
}

/**
 * Version 1 → 2: every circle becomes a sheet with the same id, name (as its title), 示例
 * mark and rings, in the same order, and the same one stays open. v1 kept no times, so the
 * sheets are dated at the upgrade.
 */
export function circlesFromV1(stored: unknown, now: Date = new Date()): SheetCollection<CircleData> {
  const doc = stored as GoldenCircleDocV1;
  const at = now.toISOString();
  const sheets = doc.circles.map((c): Sheet<CircleData> => {
    const sheet: Sheet<CircleData> = {
      id: c.id,
      title: c.name,
      createdAt: at,
      updatedAt: at,
      data: { why: c.why, how: c.how, what: c.what },
    };
    if (c.example) sheet.example = true;
    return sheet;
  });
  const activeId = sheets.some((s) => s.id === doc.activeId) ? doc.activeId : (sheets[0]?.id ?? null);
  return { sheets, activeId };
}

/** The worked example a trainer keeps in content/golden-circle/example.json. */
export interface CircleExample {
  name: string;
  why: string;
  how: string;
  what: string;
}
