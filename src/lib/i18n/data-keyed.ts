/**
 * A dictionary looked up with keys that come from data (a category id, a channel, a path):
 * it has no prototype, so a key such as `constructor`, `toString` or `__proto__` finds
 * nothing instead of a built-in function, and the caller's fallback (the data's own label)
 * is shown.
 */
export function dataKeyed(entries: Readonly<Record<string, string>>): Readonly<Record<string, string | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, string>, entries));
}
