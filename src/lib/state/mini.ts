/**
 * The zod/mini spellings the exercises' stored forms use (`z.object`, `z.string().check(
 * z.maxLength(80))`, `z.enum`…), on the state layer's own small validator (./shape), so a
 * stored form reads like a zod schema and no zod code reaches the browser (issue 19).
 * Import it as `import * as z from '../state/mini'`.
 */
import * as s from './shape';
import { fail, type Refinement, type Shape, type Validator } from './shape';

export { array, boolean, nullable, number, object, optional, string } from './shape';
export { define, explained, literal } from './shape-extra';

/** A schema of values of type T (zod/mini's `ZodMiniType<T>`). */
export type ZodMiniType<T> = Shape<T>;
type Infer<S> = S extends Validator<infer T> ? T : never;
/** The type a schema accepts (`z.infer<typeof schema>`). */
export type { Infer as infer };

/** A whole number. */
export const int = () =>
  s.number().check((value, path, issues) => {
    if (!Number.isInteger(value)) fail(issues, path, '应为整数');
  });

/** One of these strings. */
function enumOf<const T extends readonly string[]>(values: T): Shape<T[number]> {
  return s.string().check((value, path, issues) => {
    if (!values.includes(value)) fail(issues, path, `应为 ${values.join('、')} 之一`);
  }) as Shape<T[number]>;
}
export { enumOf as enum };

/** An object with any string keys, each value of one shape (the key shape is always string). */
export const record = <T>(_key: Shape<string>, value: Shape<T>) => s.record(value);

/** At most `n` characters (or items). */
export const maxLength =
  (n: number): Refinement<{ length: number }> =>
  (value, path, issues) => {
    if (value.length > n) fail(issues, path, `不能超过 ${n} 个字`, n);
  };

/** At least `n`. */
export const minimum =
  (n: number): Refinement<number> =>
  (value, path, issues) => {
    if (value < n) fail(issues, path, `不能小于 ${n}`);
  };

/** At most `n`. */
export const maximum =
  (n: number): Refinement<number> =>
  (value, path, issues) => {
    if (value > n) fail(issues, path, `不能大于 ${n}`);
  };

/** Matches the pattern. */
export const regex =
  (pattern: RegExp): Refinement<string> =>
  (value, path, issues) => {
    if (!pattern.test(value)) fail(issues, path, '格式不对');
  };
