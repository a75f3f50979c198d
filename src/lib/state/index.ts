/**
 * The learner-state layer as every page loads it: storage, notices and reading
 * progress. Islands import the rest from its own module (`./attempts` for self-tests and
 * checks, `./drafts` for autosaved exercises, `./status` for 我的学习's exercise list), so pages without exercises never
 * carry it.
 */
export { storage, announceChange } from './instance';
export { PREFIX, SafeStorage, type StorageHealth } from './storage';
export { notices, dismissNotice, recordsChanged, type Notice } from './notices';
export * from './progress';
export type { DocType, DocumentStore } from './document';
