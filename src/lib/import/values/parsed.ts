/**
 * The result of reading one cell. Three outcomes, never an exception: an import of 100 000
 * rows must report every bad cell, not stop at the first one.
 */
export type Parsed<T> = { kind: 'value'; value: T } | { kind: 'empty' } | { kind: 'invalid'; reason: string };

export function parsedValue<T>(value: T): Parsed<T> {
  return { kind: 'value', value };
}

export function parsedEmpty<T>(): Parsed<T> {
  return { kind: 'empty' };
}

/** `reason` is one short sentence shown to the user as is, in the page's language (src/lib/i18n/values-id.ts; Indonesian in the worker). */
export function parsedInvalid<T>(reason: string): Parsed<T> {
  return { kind: 'invalid', reason };
}
