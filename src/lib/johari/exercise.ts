/** The learner's window in local storage, through the site's state layer. */
import * as z from '../state/mini';
import { defineExercise } from '../state/drafts';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_TRAIT_ID } from './rules';
import { LEVELS } from './panes';
import { blankRecord, type JohariRecord } from './record';
import type { ExerciseEntry } from '../exercises';

const traitId = z.int().check(z.minimum(0), z.maximum(MAX_TRAIT_ID));
const level = z.int().check(z.minimum(0), z.maximum(LEVELS));
const text = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

const recordSchema = z.object({
  name: z.string().check(z.maxLength(MAX_NAME_LENGTH)),
  self: z.array(traitId),
  requestId: z.string().check(z.regex(/^([A-Za-z0-9_-]{5}[AQgw])?$/)),
  replies: z.array(
    z.object({
      replyId: z.string().check(z.regex(/^[A-Za-z0-9_-]{4}$/)),
      traits: z.array(traitId),
      addedAt: z.string(),
    }),
  ),
  disclosure: level,
  feedback: level,
  mask: z.object({ face: text, behind: text }),
  reflection: z.object({ trait: z.nullable(traitId), seen: text, meaning: text, action: text }),
});

/** Its place in the catalogue (src/lib/exercises.ts). */
export const johariExercise = {
  id: 'johari',
  stores: 'draft',
  component: 'JohariExercise',
  unit: 'communication',
  title: '沟通视窗',
} as const satisfies ExerciseEntry;

/** Opens the stored window (one per learner). */
export const openJohari = defineExercise<JohariRecord>(johariExercise.id, {
  label: '沟通视窗',
  version: 1,
  schema: recordSchema,
  initial: blankRecord,
});
