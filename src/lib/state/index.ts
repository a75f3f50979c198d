/** The learner-state layer: every island and page script reads and writes through here. */
export { storage, announceChange } from './instance';
export { PREFIX, SafeStorage, type StorageHealth } from './storage';
export { notices, dismissNotice, recordsChanged, type Notice } from './notices';
export { messages } from './messages';
export * from './progress';
export * from './attempts';
export { defineExercise, autosave } from './drafts';
export { exerciseStatus, type ExerciseStatus } from './status';
export type { DocType, DocumentStore } from './document';
