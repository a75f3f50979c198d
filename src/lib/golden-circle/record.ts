import * as z from 'zod/mini';
import type { DocType } from '../state/document';

/** The three rings, from the centre outwards. */
export const RINGS = ['why', 'how', 'what'] as const;
export type Ring = (typeof RINGS)[number];

/** One golden circle the learner works on, e.g. for a work task or the team's purpose. */
export interface Circle {
  id: string;
  /** The learner's name for it, e.g. 推行新的质检标准. */
  name: string;
  why: string;
  how: string;
  what: string;
  /** Loaded from the course's worked example (shown with a 示例 badge). */
  example?: boolean | undefined;
}

/** Everything the golden-circle builder keeps: every circle and the one on screen. */
export interface GoldenCircleDoc {
  circles: Circle[];
  activeId: string;
}

export const FIRST_CIRCLE_ID = 'gc-first';

const circleSchema = z.object({
  id: z.string(),
  name: z.string(),
  why: z.string(),
  how: z.string(),
  what: z.string(),
  example: z.optional(z.boolean()),
});

/** The stored form of the golden-circle builder (key `cs-course:ex:golden-circle`). */
export const goldenCircleType: DocType<GoldenCircleDoc> = {
  label: '黄金圈练习',
  version: 1,
  schema: z.object({ circles: z.array(circleSchema), activeId: z.string() }),
  // A fixed id keeps the server-rendered page and the first client render identical.
  initial: () => ({
    circles: [{ id: FIRST_CIRCLE_ID, name: '我的黄金圈', why: '', how: '', what: '' }],
    activeId: FIRST_CIRCLE_ID,
  }),
};
