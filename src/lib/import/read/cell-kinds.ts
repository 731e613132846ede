/**
 * What kind of value a cell holds, judged by its text alone, and whether a whole record reads
 * as names (a header) or as data. A header row and a data row often have the same number of
 * cells; what tells them apart is that a column of dates, amounts or codes has a name above it
 * that is none of those.
 */
import { isBlank, type Cells } from './table-shape';

export type CellKind = 'number' | 'date' | 'time' | 'bool' | 'code' | 'text';

/** Placeholders for "no value" that say nothing about a column's kind. */
const NO_VALUE = new Set(['-', '--', '—', 'n/a', 'na', '#n/a', 'null', 'none', 'nan']);
const CURRENCY = /^(?:rp\.?|idr|usd|\$|€)\s?/i;
const NUMBER = /^[+-]?(?:\d[\d.,\s]*\d|\d)%?$/;
const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const BOOL = /^(?:true|false)$/i;

/** null for an empty cell or a no-value placeholder. */
export function cellKind(cell: string | null): CellKind | null {
  const text = (cell ?? '').trim();
  if (text === '' || NO_VALUE.has(text.toLowerCase())) return null;
  if (DATE.test(text)) return 'date';
  if (TIME.test(text)) return 'time';
  if (NUMBER.test(text.replace(CURRENCY, '').replace(/^([+-])\s+/, '$1'))) return 'number';
  if (BOOL.test(text)) return 'bool';
  // Identifiers, URLs, codes such as "MG-8769" or "1.02.0.00": no spaces and a digit.
  if (/\d/.test(text) && !/\s/.test(text)) return 'code';
  return 'text';
}

/** Digits in a number, to tell a year in a header ("2024") from the amounts below it. */
function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** A column's kind when its values agree on one (≥ 80 %), with the digit range of numbers. */
export interface ColumnProfile {
  kind: CellKind | null;
  minDigits: number;
  maxDigits: number;
  values: number;
}

const AGREEMENT = 0.8;

export function profileColumns(rows: readonly Cells[], width: number): ColumnProfile[] {
  const profiles: ColumnProfile[] = [];
  for (let c = 0; c < width; c++) {
    const counts = new Map<CellKind, number>();
    let values = 0;
    let minDigits = Infinity;
    let maxDigits = 0;
    for (const row of rows) {
      const cell = row[c] ?? null;
      const kind = cellKind(cell);
      if (kind === null) continue;
      values++;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      if (kind === 'number') {
        const d = digitCount(cell as string);
        minDigits = Math.min(minDigits, d);
        maxDigits = Math.max(maxDigits, d);
      }
    }
    let kind: CellKind | null = null;
    for (const [k, n] of counts) if (k !== 'text' && n >= values * AGREEMENT) kind = k;
    profiles.push({ kind, minDigits, maxDigits, values });
  }
  return profiles;
}

/** How many typed columns a record's cells fit (data) and how many they contradict (names). */
export interface Evidence {
  matches: number;
  mismatches: number;
}

function fits(cell: string, kind: CellKind, profile: ColumnProfile): boolean {
  if (kind !== profile.kind) return false;
  if (kind !== 'number') return true;
  // A small sample says less about the range: allow one digit either way.
  const slack = profile.values < 10 ? 1 : 0;
  const d = digitCount(cell);
  return d >= profile.minDigits - slack && d <= profile.maxDigits + slack;
}

export function evidence(cells: Cells, profiles: readonly ColumnProfile[]): Evidence {
  let matches = 0;
  let mismatches = 0;
  profiles.forEach((profile, c) => {
    if (profile.kind === null) return;
    const cell = cells[c] ?? null;
    const kind = cellKind(cell);
    if (kind === null) return;
    if (fits(cell as string, kind, profile)) matches++;
    else mismatches++;
  });
  return { matches, mismatches };
}

/** Two or more consecutive years side by side ("2022", "2023"): a pivot table's header. */
function yearRun(cells: Cells): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = Number(cells[i - 1]?.trim());
    const b = Number(cells[i]?.trim());
    if (/^\d{4}$/.test(cells[i - 1]?.trim() ?? '') && a >= 1900 && a <= 2100 && b === a + 1) return true;
  }
  return false;
}

/** The record's typed cells fit their columns (a few misfits allowed: data is messy). */
export function looksLikeData(cells: Cells, profiles: readonly ColumnProfile[]): boolean {
  const e = evidence(cells, profiles);
  return e.matches >= 1 && e.mismatches <= Math.floor(e.matches / 4) && !yearRun(cells);
}

/** The record's cells are names where the columns hold typed values. */
export function looksLikeHeader(cells: Cells, profiles: readonly ColumnProfile[]): boolean {
  if (isBlank(cells)) return false;
  if (yearRun(cells)) return true;
  const e = evidence(cells, profiles);
  return e.mismatches >= 1 && e.matches <= Math.floor(e.mismatches / 4);
}

/** Up to `limit` non-blank records from `from` (exclusive `end`): the sample a profile is built on. */
export function sampleAfter(records: readonly Cells[], from: number, end: number, limit = 200): Cells[] {
  const sample: Cells[] = [];
  for (let i = from; i < end && sample.length < limit; i++) {
    const r = records[i] as Cells;
    if (!isBlank(r)) sample.push(r);
  }
  return sample;
}
