/**
 * Three-way merge of one record edited in two windows: `base` is what this window started
 * from, `mine` what it holds now, `theirs` what another window saved meanwhile. Each field
 * keeps the side that changed it; where both changed the same field, this window's edit
 * (the later one) wins.
 */
export function mergeFields<T>(base: T, mine: T, theirs: T): T {
  return merge(base, mine, theirs) as T;
}

const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Structural equality of JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** Ids of a list of records, when every element has a distinct string id. */
function idsOf(list: unknown[]): string[] | undefined {
  const ids = list.map((x) => (isPlain(x) && typeof x.id === 'string' ? x.id : undefined));
  if (ids.some((id) => id === undefined)) return undefined;
  return new Set(ids).size === ids.length ? (ids as string[]) : undefined;
}

function merge(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (sameValue(mine, base)) return theirs;
  if (sameValue(theirs, base) || sameValue(mine, theirs)) return mine;
  if (isPlain(base) && isPlain(mine) && isPlain(theirs)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = merge(base[key], mine[key], theirs[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    // Lists of records keep their elements apart by id, so editing different items (or
    // different fields of one item) in two windows keeps both; when the lists differ in
    // membership or order, this window's list wins, with each shared item merged.
    const [b, m, t] = [idsOf(base), idsOf(mine), idsOf(theirs)];
    if (b && m && t) {
      const byId = (list: unknown[], ids: string[]) => new Map(list.map((x, i) => [ids[i]!, x]));
      const [inBase, inMine, inTheirs] = [byId(base, b), byId(mine, m), byId(theirs, t)];
      // Items removed over there but edited here are kept (below), after theirs.
      const order = sameValue(m, b)
        ? [...t, ...m.filter((id) => !inTheirs.has(id))]
        : [...m, ...t.filter((id) => !inBase.has(id) && !inMine.has(id))];
      return order.flatMap((id) => {
        if (inMine.has(id) && inTheirs.has(id))
          return [merge(inBase.get(id), inMine.get(id), inTheirs.get(id))];
        if (inTheirs.has(id)) return [inTheirs.get(id)];
        // Only here: removed over there, kept unless this window edited it.
        const kept = inMine.get(id);
        return inBase.has(id) && sameValue(kept, inBase.get(id)) ? [] : [kept];
      });
    }
    if (base.length === mine.length && mine.length === theirs.length)
      return mine.map((x, i) => merge(base[i], x, theirs[i]));
  }
  return mine;
}
