import { atom } from 'nanostores';

/**
 * Something about the learner's stored data that the learner must be told. It carries the
 * facts, not the words: `noticeText` (notice-messages.ts) words it, loaded only by a page
 * that has a notice to show.
 */
export interface Notice {
  id: string;
  kind: 'corrupt' | 'newer';
  key: string;
  /** The record's name as the learner knows it (its type's label). */
  label: string;
  /** A corrupt value: whether it was backed up, and whether part of it could be kept. */
  backedUp?: boolean;
  partly?: boolean;
}

export const notices = atom<Notice[]>([]);

export function addNotice(notice: Notice): void {
  if (notices.get().some((n) => n.id === notice.id)) return;
  notices.set([...notices.get(), notice]);
}

export function dismissNotice(id: string): void {
  notices.set(notices.get().filter((n) => n.id !== id));
}

export function corruptNotice(key: string, label: string, backedUp: boolean, partly = false): Notice {
  return { id: `corrupt:${key}`, kind: 'corrupt', key, label, backedUp, partly };
}

export function newerNotice(key: string, label: string): Notice {
  return { id: `newer:${key}`, kind: 'newer', key, label };
}

/** Bumped after records change in bulk (import, clear, undo), so overviews recompute. */
export const recordsChanged = atom(0);
