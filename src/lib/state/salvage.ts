import type { DocType } from './document';
import type { Issue } from './shape';

type Container = Record<PropertyKey, unknown> | unknown[];
const isContainer = (x: unknown): x is Container => typeof x === 'object' && x !== null;

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isContainer(value)) return undefined;
    value = Object.hasOwn(value, key as string) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/** Cuts a text to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * Repairs the place one issue points at, as narrowly as it can: a text over its limit is
 * cut to the limit; a bad field takes the blank record's value where it has one (outside
 * lists); otherwise the field goes, and if the record needs it, the nearest list element
 * that holds it goes. Returns false when nothing could be changed.
 */
function repair(root: { value: unknown }, issue: Issue, blank: unknown): boolean {
  const full: PropertyKey[] = ['value', ...issue.path];
  const maximum = (issue as { maximum?: unknown }).maximum;
  for (let depth = full.length; depth > 1; depth--) {
    const path = full.slice(0, depth);
    const parent = at(root, path.slice(0, -1));
    if (!isContainer(parent)) continue;
    const key = path[depth - 1]!;
    const value = at(root, path);
    if (depth === full.length && typeof value === 'string' && typeof maximum === 'number') {
      if (value.length > maximum) {
        (parent as Record<PropertyKey, unknown>)[key] = cut(value, maximum);
        return true;
      }
    }
    if (Array.isArray(parent)) {
      parent.splice(Number(key), 1);
      return true;
    }
    const insideList = path.slice(1, -1).some((_, i) => Array.isArray(at(root, path.slice(0, i + 1))));
    const fallback = insideList ? undefined : at({ value: blank }, path);
    if (fallback !== undefined && JSON.stringify(fallback) !== JSON.stringify(value)) {
      (parent as Record<PropertyKey, unknown>)[key] = structuredClone(fallback);
      return true;
    }
    if (fallback === undefined && value !== undefined) {
      delete (parent as Record<PropertyKey, unknown>)[key];
      return true;
    }
  }
  return false;
}

/**
 * Keeps what can be kept of a record that fails validation: every field that is valid
 * stays, the rest is repaired or dropped (see `repair`). Undefined when nothing valid can
 * be made of it. `data` is not changed.
 */
export function salvage<T>(type: DocType<T>, data: unknown): T | undefined {
  let root: { value: unknown };
  try {
    root = { value: structuredClone(data) };
  } catch {
    return undefined;
  }
  const blank = type.initial();
  for (let round = 0; round < 2000; round++) {
    const result = type.schema.safeParse(root.value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    if (!issue || issue.path.length === 0 || !repair(root, issue, blank)) return undefined;
  }
  return undefined;
}
