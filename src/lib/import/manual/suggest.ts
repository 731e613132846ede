/**
 * A first mapping for the preview step: each field is matched to a column by its header
 * (exact synonym > synonym contained in the header, a longer one scoring higher), and the
 * match holds only if the column's values look like the field's kind (a date field's
 * column must mostly read as dates). The target is the table whose required fields the
 * file covers best. The user confirms or corrects it; nothing here is final.
 */

import type { RawTable } from '../raw-table';
import { detectDateFormat, detectNumberStyle, isBlank, type NumberStyle } from '../values';
import { problemOf } from './cell-values';
import { MANUAL_FIELDS, MANUAL_TARGETS } from './fields';
import { matchKey } from './header';
import type { ColumnMapping, FieldKind, FieldSource, FieldSpec, ManualTarget } from './types';

// Enough to judge a column's kind and formats; the preview must stay quick.
const SAMPLE = 300;
const EXACT = 1;
/** Below any exact match (at most ~30 synonyms a field), above any contained one (< 0.9). */
const EXACT_FLOOR = 0.95;

/**
 * Share of a column's samples that must read as the kind: most, not all, since the bad
 * cells are what the import reports row by row; channel and status words vary more.
 */
const MIN_FIT: Readonly<Record<FieldKind, number>> = {
  text: 0, region: 0.6, identifier: 0.6, money: 0.6, percent: 0.6, date: 0.6, year: 0.6, boolean: 0.6, channel: 0.4, status: 0.4
};

interface Column {
  name: string;
  key: string;
  samples: string[];
  style: NumberStyle;
}

function columnsOf(raw: RawTable): Column[] {
  return raw.columns.map((name, i) => {
    const samples: string[] = [];
    for (const row of raw.rows) {
      const cell = row[i] ?? null;
      if (cell !== null && !isBlank(cell)) samples.push(cell.trim());
      if (samples.length >= SAMPLE) break;
    }
    return { name, key: matchKey(name), samples, style: detectNumberStyle(samples.filter((s) => /[.,]/.test(s))) };
  });
}

/**
 * Synonyms are listed most telling first, so of two exact headers the earlier synonym wins
 * ('Total Harga' over 'Jumlah', which in a marketplace export is often the quantity).
 */
function headerScore(key: string, spec: FieldSpec): number {
  if (key === '') return 0;
  let best = 0;
  for (const [rank, synonym] of spec.synonyms.entries()) {
    const s = matchKey(synonym);
    if (s === key) return EXACT - rank / 1000;
    if (` ${key} `.includes(` ${s} `)) best = Math.max(best, 0.5 + (0.4 * s.length) / key.length);
  }
  return best;
}

/** Share of samples that read as `kind`; a region is a code or a name (it has letters). */
function valueFit(kind: FieldKind, column: Column): number {
  const { samples } = column;
  if (kind === 'text') return 1;
  const fits = samples.filter((s) => {
    if (kind === 'region') return /^\d{2}(\.\d{2})?$/.test(s) || /[a-z]/i.test(s);
    // Any date format will do: the column's one is chosen afterwards, from the fitting cells.
    if (kind === 'date') return detectDateFormat([s]) !== null;
    return problemOf(kind, s, column.style, null) === null;
  });
  return fits.length / samples.length;
}

function score(column: Column, spec: FieldSpec): number {
  if (column.samples.length === 0) return 0; // an empty column can fill no field
  const header = headerScore(column.key, spec);
  if (header === 0) return 0;
  const fit = valueFit(spec.kind, column);
  // An exact header is strong evidence on its own: fewer fitting values are asked of it.
  const needed = MIN_FIT[spec.kind] * (header > EXACT_FLOOR ? 0.8 : 1);
  return fit < needed ? 0 : header * (0.7 + 0.3 * fit);
}

interface Proposal {
  target: ManualTarget;
  chosen: Map<string, { column: Column; score: number }>;
  coverage: number;
  covered: number;
  total: number;
}

/** Best pairs first, each field and each column used once. */
function propose(target: ManualTarget, columns: readonly Column[]): Proposal {
  const specs = MANUAL_FIELDS[target];
  const pairs = specs.flatMap((spec, f) => columns.map((column, c) => ({ spec, f, column, c, score: score(column, spec) })));
  pairs.sort((a, b) => b.score - a.score || a.f - b.f || a.c - b.c);
  const chosen = new Map<string, { column: Column; score: number }>();
  const used = new Set<Column>();
  for (const p of pairs) {
    if (p.score === 0 || chosen.has(p.spec.name) || used.has(p.column)) continue;
    chosen.set(p.spec.name, { column: p.column, score: p.score });
    used.add(p.column);
  }
  const required = specs.filter((s) => s.required);
  const requiredScores = required.map((s) => chosen.get(s.name)?.score ?? 0);
  return {
    target,
    chosen,
    coverage: requiredScores.reduce((a, b) => a + b, 0) / required.length,
    covered: requiredScores.filter((s) => s > 0).length,
    total: [...chosen.values()].reduce((a, b) => a + b.score, 0)
  };
}

/**
 * Highest share of required fields covered; then more of them (kd_rup + pagu + pemda +
 * tahun is a plan even though 'pagu' alone fits a budget too); then the better matches;
 * then transaksi, the commonest file.
 */
function better(a: Proposal, b: Proposal): boolean {
  const EPS = 1e-9;
  if (Math.abs(a.coverage - b.coverage) > EPS) return a.coverage > b.coverage;
  if (a.covered !== b.covered) return a.covered > b.covered;
  return a.total > b.total + EPS;
}

export function suggestMapping(raw: RawTable): ColumnMapping {
  const columns = columnsOf(raw);
  let best = propose('transaksi', columns);
  for (const target of MANUAL_TARGETS.slice(1)) {
    const next = propose(target, columns);
    if (better(next, best)) best = next;
  }
  const fields: Record<string, FieldSource> = {};
  const money: string[] = [];
  const dates: string[] = [];
  for (const spec of MANUAL_FIELDS[best.target]) {
    const column = best.chosen.get(spec.name)?.column;
    fields[spec.name] = column ? { column: column.name } : null;
    if (column && (spec.kind === 'money' || spec.kind === 'percent')) money.push(...column.samples);
    if (column && spec.kind === 'date') dates.push(...column.samples);
  }
  const numberStyle: NumberStyle = { decimal: detectNumberStyle(money.filter((s) => /[.,]/.test(s))).decimal };
  // A few bad cells must not hide the column's format: detect it on the cells some format reads.
  const readable = dates.filter((s) => detectDateFormat([s]) !== null);
  return { target: best.target, fields, numberStyle, dateFormat: detectDateFormat(readable) };
}
