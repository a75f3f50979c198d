import { computed, type ReadableAtom } from 'nanostores';
import * as z from './shape';
import { openDocument, type DocType, type DocumentStore } from './document';
import { registerDocType } from './registry';
import { storage } from './instance';
import { PREFIX } from './storage';

/** Reading progress of one unit. */
export interface UnitProgress {
  /** ISO time of the first and the latest visit. */
  firstVisit: string;
  lastVisit: string;
  /** Id and title of the last section the learner was reading. */
  lastSection?: string | undefined;
  lastSectionTitle?: string | undefined;
  /** The learner scrolled to the end of the unit. */
  readToEnd: boolean;
  /** The learner marked the unit complete. */
  completed: boolean;
  completedAt?: string | undefined;
}

export const unitProgressType: DocType<UnitProgress | null> = {
  label: '单元学习进度',
  version: 1,
  schema: z.nullable(
    z.object({
      firstVisit: z.string(),
      lastVisit: z.string(),
      lastSection: z.optional(z.string()),
      lastSectionTitle: z.optional(z.string()),
      readToEnd: z.boolean(),
      completed: z.boolean(),
      completedAt: z.optional(z.string()),
    }),
  ),
  initial: () => null,
};

/** Where the learner last was: shown as "continue where you left off". */
export interface LastPosition {
  unit: string;
  /** Heading id and text of the section. */
  section?: string | undefined;
  sectionTitle?: string | undefined;
  at: string;
}

export const lastPositionType: DocType<LastPosition | null> = {
  label: '上次学习位置',
  version: 1,
  schema: z.nullable(
    z.object({
      unit: z.string(),
      section: z.optional(z.string()),
      sectionTitle: z.optional(z.string()),
      at: z.string(),
    }),
  ),
  initial: () => null,
};

registerDocType('unit:', unitProgressType);
registerDocType('last', lastPositionType);

export const unitKey = (unitId: string) => `${PREFIX}unit:${unitId}`;

export function unitProgress(unitId: string): DocumentStore<UnitProgress | null> {
  return openDocument(unitProgressType, unitKey(unitId), storage);
}

export const lastPosition: DocumentStore<LastPosition | null> = openDocument(
  lastPositionType,
  `${PREFIX}last`,
  storage,
);

export type UnitStatus = 'new' | 'started' | 'read' | 'completed';

export function statusOf(p: UnitProgress | null | undefined): UnitStatus {
  if (!p) return 'new';
  if (p.completed) return 'completed';
  return p.readToEnd ? 'read' : 'started';
}

export const statusLabel: Record<UnitStatus, string> = {
  new: '未开始',
  started: '学习中',
  read: '已读完',
  completed: '已完成',
};

const nowIso = () => new Date().toISOString();

/** Records a visit to a unit and makes it the place to continue from. */
export function recordVisit(unitId: string, at: string = nowIso()): void {
  const store = unitProgress(unitId);
  const p = store.get();
  store.set(
    p ? { ...p, lastVisit: at } : { firstVisit: at, lastVisit: at, readToEnd: false, completed: false },
  );
  lastPosition.set({ unit: unitId, section: p?.lastSection, sectionTitle: p?.lastSectionTitle, at });
}

/** Remembers the section being read, for "continue where you left off". */
export function recordSection(
  unitId: string,
  sectionId: string,
  sectionTitle?: string,
  at: string = nowIso(),
): void {
  const store = unitProgress(unitId);
  const p = store.get();
  if (!p || p.lastSection === sectionId) return;
  store.set({ ...p, lastSection: sectionId, lastSectionTitle: sectionTitle });
  lastPosition.set({ unit: unitId, section: sectionId, sectionTitle, at });
}

export function markReadToEnd(unitId: string): void {
  const store = unitProgress(unitId);
  const p = store.get();
  if (p && !p.readToEnd) store.set({ ...p, readToEnd: true });
}

/** Marks a unit complete or not; calling it again with the opposite value is the undo. */
export function setCompleted(unitId: string, completed: boolean, at: string = nowIso()): void {
  const store = unitProgress(unitId);
  const p = store.get() ?? { firstVisit: at, lastVisit: at, readToEnd: false, completed: false };
  store.set({ ...p, completed, completedAt: completed ? at : undefined });
}

/** Completion of a set of units: how many are completed, read, started. */
export interface Completion {
  total: number;
  completed: number;
  read: number;
  started: number;
}

export function completionOf(unitIds: readonly string[]): ReadableAtom<Completion> {
  const stores = unitIds.map(unitProgress);
  return computed(stores, (...values) => {
    const statuses = values.map(statusOf);
    return {
      total: unitIds.length,
      completed: statuses.filter((s) => s === 'completed').length,
      read: statuses.filter((s) => s === 'read').length,
      started: statuses.filter((s) => s === 'started').length,
    };
  });
}
