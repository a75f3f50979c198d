import * as z from 'zod/mini';
import type { DocType } from '../state/document';

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

/** One SWOT analysis with its strategies. */
export interface Analysis {
  id: string;
  title: string;
  scope: 'personal' | 'team';
  /** YYYY-MM-DD, or '' when not set. */
  date: string;
  /** The objective the analysis serves. */
  goal: string;
  items: Record<Quadrant, SwotItem[]>;
  strategies: Strategy[];
  /** Loaded from the course's example (shown with a 示例 badge). */
  example?: boolean | undefined;
}

/** Everything the SWOT exercise keeps: every analysis and the one on screen. */
export interface SwotDoc {
  analyses: Analysis[];
  activeId: string;
}

export const FIRST_ANALYSIS_ID = 'swot-first';

const item = z.object({ id: z.string(), text: z.string() });

/** A fresh, empty analysis. */
export function emptyAnalysis(id: string, title = '', date = ''): Analysis {
  return {
    id,
    title,
    scope: 'personal',
    date,
    goal: '',
    items: { S: [], W: [], O: [], T: [] },
    strategies: [],
  };
}

/** The stored form of the SWOT exercise (key `cs-course:ex:swot`). */
export const swotType: DocType<SwotDoc> = {
  label: 'SWOT 分析',
  version: 1,
  schema: z.object({
    analyses: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
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
        example: z.optional(z.boolean()),
      }),
    ),
    activeId: z.string(),
  }),
  // A fixed id keeps the server-rendered page and the first client render identical.
  initial: () => ({
    analyses: [emptyAnalysis(FIRST_ANALYSIS_ID, '我的 SWOT 分析')],
    activeId: FIRST_ANALYSIS_ID,
  }),
};
