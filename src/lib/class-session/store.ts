/**
 * Stored forms of class sessions, through the state layer: the trainer's sessions (kept,
 * reopened, exported, deleted with undo) and the phone's own participant id and nickname.
 * The session a phone is attached to is kept for the tab only (sessionStorage); the phone's
 * poll answers live in poll-answers.ts, which a lecture's poll loads without the rest.
 */
import * as s from '../state/shape';
import { openDocument, type DocType, type DocumentStore } from '../state/document';
import { registerDocType } from '../state/registry';
import { storage } from '../state/instance';
import { PREFIX } from '../state/storage';
import type { Activity } from './activities';
import { addCodes, type AddOutcome, type ClassSession } from './aggregate';
import type { CheckedCode } from './code';
import { isId, randomId } from './ids';
// The phone's poll answers are a record of the class too: loading the store registers them.
export * from './poll-answers';

export interface Participant {
  /** Random id made on this phone the first time it hands something in. */
  id: string;
  nickname: string;
}

export const participantType: DocType<Participant> = {
  label: '课堂参与者编号',
  version: 1,
  schema: s.object({ id: s.string(), nickname: s.string() }),
  initial: () => ({ id: '', nickname: '' }),
};

export interface SessionList {
  sessions: ClassSession[];
}

export const sessionListType: DocType<SessionList> = {
  label: '课堂收集记录',
  version: 1,
  schema: s.object({
    sessions: s.array(
      s.object({
        id: s.string(),
        unit: s.string(),
        unitTitle: s.string(),
        startedAt: s.string(),
        activities: s.array(s.unknown()),
        responses: s.array(
          s.object({
            activity: s.string(),
            participant: s.string(),
            nickname: s.string(),
            result: s.unknown(),
            at: s.string(),
          }),
        ),
      }),
    ),
  }) as s.Validator<SessionList>,
  initial: () => ({ sessions: [] }),
};

registerDocType('class:me', participantType);
registerDocType('class:sessions', sessionListType);

export const participantStore = (): DocumentStore<Participant> =>
  openDocument(participantType, `${PREFIX}class:me`, storage);
export const sessionsStore = (): DocumentStore<SessionList> =>
  openDocument(sessionListType, `${PREFIX}class:sessions`, storage);

/** This phone's participant, made (and kept) on first use. */
export function ensureParticipant(): Participant {
  const store = participantStore();
  const current = store.get();
  if (isId(current.id)) return current;
  const next = { ...current, id: randomId() };
  store.set(next);
  return next;
}

export function setNickname(nickname: string): void {
  const store = participantStore();
  store.set({ ...ensureParticipant(), nickname });
}

/** Starts and stores a new session for a unit; returns it. */
export function startSession(
  unit: string,
  unitTitle: string,
  activities: Activity[],
  now = new Date(),
): ClassSession {
  const session: ClassSession = {
    id: randomId(),
    unit,
    unitTitle,
    startedAt: now.toISOString(),
    activities,
    responses: [],
  };
  const store = sessionsStore();
  store.set({ sessions: [...store.get().sessions, session] });
  return session;
}

export function findSession(id: string): ClassSession | undefined {
  return sessionsStore()
    .get()
    .sessions.find((x) => x.id === id);
}

/** Adds collected codes to a stored session. */
export function collect(id: string, codes: readonly CheckedCode[]): AddOutcome | undefined {
  const store = sessionsStore();
  const list = store.get().sessions;
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) return undefined;
  const outcome = addCodes(list[index]!, codes);
  if (outcome.added || outcome.replaced) {
    const sessions = [...list];
    sessions[index] = outcome.session;
    store.set({ sessions });
  }
  return outcome;
}

/** Deletes a stored session; returns what puts it back. */
export function deleteSession(id: string): (() => void) | undefined {
  const store = sessionsStore();
  const list = store.get().sessions;
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) return undefined;
  const removed = list[index]!;
  store.set({ sessions: list.filter((x) => x.id !== id) });
  return () => {
    const now = store.get().sessions;
    if (now.some((x) => x.id === id)) return;
    const sessions = [...now];
    sessions.splice(Math.min(index, sessions.length), 0, removed);
    store.set({ sessions });
  };
}

/** The latest session of a unit, if any: the collector reopens it rather than starting over. */
export function latestSessionOf(unit: string): ClassSession | undefined {
  return sessionsStore()
    .get()
    .sessions.filter((x) => x.unit === unit)
    .at(-1);
}
