/**
 * A very small validator with zod's `safeParse` contract, for every record the browser
 * reads (unit progress, last position, attempts, the exercises' drafts). zod/mini alone
 * would take the state layer past its 6 KB budget and added 7 KB gzip to every exercise
 * page (issue 19), so the browser validates with this; `state/mini.ts` gives it the few
 * zod/mini spellings the exercises' stored forms use. Content files are validated at build
 * time with zod (src/lib/schemas/).
 */
export interface Issue {
  path: PropertyKey[];
  message: string;
  /** The limit a too-long text broke (as zod reports it), so salvage can cut to it. */
  maximum?: number | bigint;
}

export type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** Anything that validates like zod: zod/mini schemas and the shapes below. */
export interface Validator<T> {
  safeParse(data: unknown): SafeParse<T>;
}

/**
 * Where the value being checked sits. One stack serves a whole check (a key is pushed on
 * the way into a list or an object and popped on the way out), so checking a year of
 * attempts allocates no path per value. An issue keeps a copy: report it with `fail`.
 */
export interface Path {
  readonly keys: PropertyKey[];
}

/** Adds an issue at the value being checked. */
export function fail(issues: Issue[], path: Path, message: string, maximum?: number): void {
  issues.push(
    maximum === undefined ? { path: [...path.keys], message } : { path: [...path.keys], message, maximum },
  );
}

export type Check<T> = (value: unknown, path: Path, issues: Issue[]) => T;

/** A further test on a value that has the right type: a length, a range, a pattern. */
export type Refinement<T> = (value: T, path: Path, issues: Issue[]) => void;

export interface Shape<T> extends Validator<T> {
  readonly run: Check<T>;
  readonly optional?: boolean;
  /** The same shape with further tests (zod/mini's `.check()`). */
  check(...refinements: Refinement<T>[]): Shape<T>;
}

/** A field that may be left out (`optional(…)`): its key is optional in the object's type too. */
export interface OptionalShape<T> extends Shape<T> {
  readonly optional: true;
}

/** A shape from its check (shape-extra.ts builds on it). */
export function shape<T>(run: Check<T>, optional = false): Shape<T> {
  return {
    run,
    optional,
    check(...refinements) {
      return shape((value, path, issues) => {
        const before = issues.length;
        const out = run(value, path, issues);
        if (issues.length === before) for (const refine of refinements) refine(out, path, issues);
        return out;
      }, optional);
    },
    safeParse(data) {
      const issues: Issue[] = [];
      const value = run(data, { keys: [] }, issues);
      return issues.length ? { success: false, error: { issues } } : { success: true, data: value };
    },
  };
}

const primitive = <T>(
  type: string,
  label: string,
  test: (v: unknown) => boolean = (v) => typeof v === type,
) =>
  shape<T>((value, path, issues) => {
    if (!test(value)) fail(issues, path, `应为${label}`);
    return value as T;
  });

export const string = () => primitive<string>('string', '文字');
export const number = () =>
  primitive<number>('number', '数字', (v) => typeof v === 'number' && Number.isFinite(v));
export const boolean = () => primitive<boolean>('boolean', '是或否');

export function optional<T>(inner: Shape<T>): OptionalShape<T | undefined> {
  return shape(
    (value, path, issues) => (value === undefined ? undefined : inner.run(value, path, issues)),
    true,
  ) as OptionalShape<T | undefined>;
}

export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return shape((value, path, issues) => (value === null ? null : inner.run(value, path, issues)));
}

export function array<T>(item: Shape<T>): Shape<T[]> {
  return shape((value, path, issues) => {
    if (!Array.isArray(value)) {
      fail(issues, path, '应为列表');
      return [];
    }
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      path.keys.push(i);
      out.push(item.run(value[i], path, issues));
      path.keys.pop();
    }
    return out;
  });
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets a field as its own property, even one named `__proto__` (JSON can hold that key). */
const keep = (out: Record<string, unknown>, key: string, value: unknown) => {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
};

export function record<T>(item: Shape<T>): Shape<Record<string, T>> {
  return shape((value, path, issues) => {
    if (!isPlainObject(value)) {
      fail(issues, path, '应为对象');
      return {};
    }
    const out: Record<string, T> = {};
    for (const key of Object.keys(value)) {
      path.keys.push(key);
      keep(out, key, item.run(value[key], path, issues));
      path.keys.pop();
    }
    return out;
  });
}

type Of<S> = S extends Shape<infer T> ? T : never;
type ObjectOf<S extends Record<string, Shape<unknown>>> = {
  [K in keyof S as S[K] extends OptionalShape<unknown> ? never : K]: Of<S[K]>;
} & {
  [K in keyof S as S[K] extends OptionalShape<unknown> ? K : never]?: Of<S[K]>;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

/** An object with exactly these fields; unknown fields are dropped. */
export function object<S extends Record<string, Shape<unknown>>>(fields: S): Shape<ObjectOf<S>> {
  const entries = Object.entries(fields);
  return shape((value, path, issues) => {
    if (!isPlainObject(value)) {
      fail(issues, path, '应为对象');
      return {} as ObjectOf<S>;
    }
    const out: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      path.keys.push(key);
      if (!(key in value) || value[key] === undefined) {
        if (!field.optional) fail(issues, path, '缺少此项');
        // An optional field still sees its absence (an `explained` one reports it in its words).
        else {
          const kept = field.run(undefined, path, issues);
          if (kept !== undefined) keep(out, key, kept);
        }
      } else keep(out, key, field.run(value[key], path, issues));
      path.keys.pop();
    }
    return out as ObjectOf<S>;
  });
}

/** Anything at all (kept as it is). */
export const unknown = () => shape<unknown>((value) => value);
