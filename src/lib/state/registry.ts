import type { DocType } from './document';
import { PREFIX } from './storage';

/**
 * Which kind of value lives under which key. Imports and exports validate every entry
 * against this, so each domain registers its kinds where it defines them.
 */
const kinds: { prefix: string; exact: boolean; type: DocType<unknown> }[] = [];

/** `name` is the key without the site prefix; a trailing `:` registers a whole family. */
export function registerDocType<T>(name: string, type: DocType<T>): void {
  const prefix = PREFIX + name;
  if (kinds.some((k) => k.prefix === prefix)) return;
  kinds.push({ prefix, exact: !name.endsWith(':'), type: type as DocType<unknown> });
}

export function docTypeFor(key: string): DocType<unknown> | undefined {
  return kinds.find((k) =>
    k.exact ? key === k.prefix : key.startsWith(k.prefix) && key.length > k.prefix.length,
  )?.type;
}

/** Backups of unreadable values: kept verbatim, never validated. */
export function isBackupKey(key: string): boolean {
  return key.startsWith(`${PREFIX}backup:`);
}
