import * as z from '../state/mini';
import type { Sheet, SheetCollection } from '../worksheet/sheets';

/** The four quadrants: internal S/W, external O/T. */
export const QUADRANTS = ['S', 'W', 'O', 'T'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The four TOWS strategy kinds, in the order of the grid (rows O/T, columns S/W). */
export const STRATEGY_KINDS = ['SO', 'WO', 'ST', 'WT'] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

/** One factor in a quadrant; its number (S1, O2 …) comes from its place in the list. */
export interface SwotItem {
  id: string;
  text: string;
}

/** One TOWS strategy: an internal and an external factor, cited by item id, and the action. */
export interface Strategy {
  id: string;
  kind: StrategyKind;
  /** Id of an S item (SO, ST) or a W item (WO, WT); '' while not chosen. */
  internal: string;
  /** Id of an O item (SO, WO) or a T item (ST, WT); '' while not chosen. */
  external: string;
  action: string;
}

/** What one SWOT sheet holds (its title and 示例 mark live on the sheet). */
export interface SwotData {
  scope: 'personal' | 'team';
  /** YYYY-MM-DD, or '' when not set. */
  date: string;
  /** The objective the analysis serves. */
  goal: string;
  items: Record<Quadrant, SwotItem[]>;
  strategies: Strategy[];
}

/** One SWOT analysis as the parts of the island see it: a sheet's data with its id and title. */
export interface Analysis extends SwotData {
  id: string;
  title: string;
  /** Loaded from the course's example (shown with a 示例 badge). */
  example?: boolean | undefined;
}

const item = z.object({ id: z.string(), text: z.string() });

/** The schema of one sheet's data. */
export const swotData = z.object({
  scope: z.enum(['personal', 'team']),
  date: z.string(),
  goal: z.string(),
  items: z.object({ S: z.array(item), W: z.array(item), O: z.array(item), T: z.array(item) }),
  strategies: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(STRATEGY_KINDS),
      internal: z.string(),
      external: z.string(),
      action: z.string(),
    }),
  ),
});

/** A fresh, empty analysis dated `date`. */
export function blankSwot(date = ''): SwotData {
  return { scope: 'personal', date, goal: '', items: { S: [], W: [], O: [], T: [] }, strategies: [] };
}

/** A fresh, empty analysis (tests and examples build on it). */
export function emptyAnalysis(id: string, title = '', date = ''): Analysis {
  return { ...blankSwot(date), id, title };
}

/** The analysis a sheet holds, as the island's parts read it. */
export function analysisOf(sheet: Sheet<SwotData>): Analysis {
  return { ...sheet.data, id: sheet.id, title: sheet.title, example: sheet.example };
}

/** The sheet data of an analysis (what is stored under `data`). */
export function dataOf(a: Analysis): SwotData {
  const { scope, date, goal, items, strategies } = a;
  return { scope, date, goal, items, strategies };
}

/** Stored form version 1 (until the SWOT moved onto the worksheet kit): `{ analyses, activeId }`. */
export interface SwotDocV1 {
  analyses: Analysis[];
  activeId: string;
}

/**
 * Version 1 → 2: every analysis becomes a sheet with the same id, title, 示例 mark and
 * content, in the same order, and the same one stays open. v1 kept no edit times, so a
 * sheet's times are its analysis date (or the moment of the upgrade when it had none).
 */
export function swotFromV1(stored: unknown, now: Date = new Date()): SheetCollection<SwotData> {
  const doc = stored as SwotDocV1;
  const sheets = doc.analyses.map((a): Sheet<SwotData> => {
    const at = timeOf(a.date, now);
    const sheet: Sheet<SwotData> = {
      id: a.id,
      title: a.title,
      createdAt: at,
      updatedAt: at,
      data: dataOf(a),
    };
    if (a.example) sheet.example = true;
    return sheet;
  });
  const activeId = sheets.some((s) => s.id === doc.activeId) ? doc.activeId : (sheets[0]?.id ?? null);
  return { sheets, activeId };
}

const timeOf = (date: string, now: Date) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date))
    ? new Date(`${date}T00:00:00.000Z`).toISOString()
    : now.toISOString();
