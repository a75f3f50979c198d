/**
 * Shapes only the export file's check needs (transfer.ts, loaded with the data tools), kept
 * out of shape.ts so the validator every page carries stays small.
 */
import { fail, shape, type Check, type Issue, type Shape } from './shape';

/** Exactly this value (zod's `literal`). */
export function literal<const T extends string | number | boolean>(expected: T): Shape<T> {
  return shape((value, path, issues) => {
    if (value !== expected) fail(issues, path, `应为 ${String(expected)}`);
    return value as T;
  });
}

/**
 * A shape of one's own: `run` checks the value found at `path` (its last part is the key,
 * inside a `record`), adds any issues, and returns what is kept.
 */
export function define<T>(run: Check<T>): Shape<T> {
  return shape(run);
}

/**
 * The same shape, with a missing or wrong value here reported as one issue carrying
 * `message` (the reader's own words); problems found deeper inside it (a record's items,
 * an object's fields) keep their own messages.
 */
export function explained<T>(inner: Shape<T>, message: string): Shape<T> {
  // Optional to the enclosing object, so that a missing value gets this message too.
  return shape((value, path, issues) => {
    if (value === undefined) {
      fail(issues, path, message);
      return value as T;
    }
    const found: Issue[] = [];
    const out = inner.run(value, path, found);
    let said = false;
    for (const issue of found) {
      if (issue.path.length > path.keys.length) issues.push(issue);
      else if (!said) {
        fail(issues, path, message);
        said = true;
      }
    }
    return out;
  }, true);
}
