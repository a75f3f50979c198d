/**
 * The phone's own answers to lecture polls, through the state layer, so a reload shows the
 * poll answered and 修改回答 can change it. Apart from the trainer's sessions (store.ts):
 * every unit page carries a poll, and it needs only this.
 */
import * as s from '../state/shape';
import { openDocument, type DocType, type DocumentStore } from '../state/document';
import { registerDocType } from '../state/registry';
import { storage } from '../state/instance';
import { PREFIX } from '../state/storage';
import type { Activity, ActivityResult } from './activities';
import { readBody, writeBody } from './body';

/** The phone's own answers to lecture polls, so a reload shows the poll answered. */
export interface PollAnswers {
  /** By poll id: the answer in the result code's compact form, and when it was given. */
  answers: Record<string, { body: string; at: string }>;
}

export const pollAnswersType: DocType<PollAnswers> = {
  label: '课堂投票的回答',
  version: 1,
  schema: s.object({ answers: s.record(s.object({ body: s.string(), at: s.string() })) }),
  initial: () => ({ answers: {} }),
};

registerDocType('class:polls', pollAnswersType);

export const pollAnswersStore = (): DocumentStore<PollAnswers> =>
  openDocument(pollAnswersType, `${PREFIX}class:polls`, storage);

/** This phone's answer to a poll, if it gave one that still fits the poll's options. */
export function pollAnswer(activity: Activity): ActivityResult | undefined {
  const saved = pollAnswersStore().get().answers[activity.id];
  return (saved && readBody(activity, saved.body)) ?? undefined;
}

/** Keeps this phone's answer to a poll (replacing an earlier one). */
export function savePollAnswer(activity: Activity, result: ActivityResult): void {
  const store = pollAnswersStore();
  const { answers } = store.get();
  store.set({
    answers: {
      ...answers,
      [activity.id]: { body: writeBody(activity, result), at: new Date().toISOString() },
    },
  });
}
