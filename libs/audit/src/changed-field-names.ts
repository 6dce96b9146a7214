/** Bookkeeping columns that change on every save and say nothing about what a user changed. */
const ALWAYS_IGNORED = ['updatedAt'];

/**
 * Names of the fields whose values differ between `before` and `after`, in the order of
 * `after`, for an audit entry's `changedFields`: names only, never the values.
 *
 * `after` may be a partial patch: a key that is absent or `undefined` there is not part of
 * the update, while `null` is (the field was cleared). Dates compare by instant, arrays and
 * plain objects by content. `updatedAt` is always ignored, and so are any `ignore` keys.
 */
export function changedFieldNames(before: object, after: object, ignore: readonly string[] = []): string[] {
  const skipped = new Set([...ALWAYS_IGNORED, ...ignore]);
  const old = before as Record<string, unknown>;
  return Object.entries(after)
    .filter(([key, value]) => value !== undefined && !skipped.has(key) && !sameValue(old[key], value))
    .map(([key]) => key);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
