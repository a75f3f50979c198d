import { atom } from 'nanostores';
import { noticeMessages as messages } from './notice-messages';

/** Something about the learner's stored data that the learner must be told. */
export interface Notice {
  id: string;
  kind: 'corrupt' | 'newer';
  message: string;
  key: string;
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
  return {
    id: `corrupt:${key}`,
    kind: 'corrupt',
    key,
    message: partly ? messages.partlyCorrupt(label, backedUp) : messages.corrupt(label, backedUp),
  };
}

export function newerNotice(key: string, label: string): Notice {
  return { id: `newer:${key}`, kind: 'newer', key, message: messages.newer(label) };
}

/** Bumped after records change in bulk (import, clear, undo), so overviews recompute. */
export const recordsChanged = atom(0);
