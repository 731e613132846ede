/**
 * The SQL that derives kategori_id and basis_kategori from a reported category and a name,
 * for the ledger build (worker and Node). One pass, no join: one alternation of every keyword
 * decides whether any rule matches (a row that matches nothing costs a single regex), then a
 * binary search over the categories in priority order finds the first that matches.
 *
 * Order (first that applies):
 * 1. `reported` is the id of a rule's category           → reported id,       'dilaporkan'
 * 2. `reported` is other text (a commodity/etalase name,
 *    not a jenis_* or tidak_diketahui id) that a rule matches → that rule's id, 'dilaporkan'
 * 3. a rule matches `text` (package / order name)          → that rule's id,   'aturan_kata'
 * 4. `reported` is a coarse jenis_* id                     → reported id,      'jenis_pengadaan'
 * 5. otherwise                                             → 'tidak_diketahui','tidak_diketahui'
 * Rules are tried in ascending prioritas (ties: array order); the first match wins.
 */

import { literal } from '@uwdata/mosaic-sql';
import { kataPattern } from './pattern';
import { JENIS_KATEGORI, RESERVED_IDS, TIDAK_DIKETAHUI, type KategoriReferenceRow, type KategoriRule } from './types';

/** Every string reaches the SQL through mosaic-sql's literal escaping, never by concatenation. */
const lit = (value: string): string => String(literal(value));
const list = (values: readonly string[]): string => values.map(lit).join(', ');

/** Rules in the order they are tried; rules with a reserved or repeated id are ignored. */
export function orderedRules(rules: readonly KategoriRule[]): KategoriRule[] {
  const seen = new Set<string>();
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => a.rule.prioritas - b.rule.prioritas || a.index - b.index)
    .map(({ rule }) => rule)
    .filter((rule) => {
      if (RESERVED_IDS.has(rule.kategori_id) || seen.has(rule.kategori_id)) return false;
      seen.add(rule.kategori_id);
      return true;
    });
}

interface Matcher { id: string; kata: readonly string[] }

/**
 * The first matcher (in order) whose keywords match `x`, as a binary search over the list:
 * "does any of the first half match?" is one regex of the half's keywords, so a row costs
 * about log2(categories) regex calls instead of one per category tried (measured: a plain
 * CASE chain took 5–7 s on 1M names, single-threaded). The caller guarantees one matches.
 */
function firstMatch(x: string, items: readonly Matcher[], matches: (x: string, pattern: string) => string): string {
  const [only] = items;
  if (items.length === 1 && only !== undefined) return lit(only.id);
  const half = Math.ceil(items.length / 2);
  const head = items.slice(0, half);
  const pattern = kataPattern(head.flatMap((m) => m.kata));
  const rest = firstMatch(x, items.slice(half), matches);
  if (pattern === null) return rest;
  return `CASE WHEN ${matches(x, pattern)} THEN ${firstMatch(x, head, matches)} ELSE ${rest} END`;
}

export function kategoriColumnsSql(rules: KategoriRule[], columns: { reported: string; text: string }): string {
  const ordered = orderedRules(rules);
  const r = `(${columns.reported})`;
  const t = `(${columns.text})`;
  const matchers = ordered.flatMap((rule) => {
    return kataPattern(rule.kata) === null ? [] : [{ id: rule.kategori_id, kata: rule.kata }];
  });
  const all = kataPattern(ordered.flatMap((rule) => rule.kata));
  const matches = (x: string, pattern: string) => `regexp_matches(${x}, ${lit(pattern)}, 'i')`;
  const anyRule = (x: string) => (all === null ? 'FALSE' : matches(x, all));
  const chain = (x: string) => (matchers.length === 0 ? 'NULL' : firstMatch(x, matchers, matches));

  const fine = ordered.length === 0 ? 'FALSE' : `${r} IN (${list(ordered.map((rule) => rule.kategori_id))})`;
  const jenisIds = JENIS_KATEGORI.map((k) => k.kategori_id);
  const coarse = `${r} IN (${list([...jenisIds, TIDAK_DIKETAHUI.kategori_id])})`;
  const reportedName = `(${r} IS NOT NULL AND NOT ${coarse} AND ${anyRule(r)})`;
  const jenis = `${r} IN (${list(jenisIds)})`;
  const unknown = lit(TIDAK_DIKETAHUI.kategori_id);

  const kategori =
    `CASE WHEN ${fine} THEN ${r} WHEN ${reportedName} THEN ${chain(r)} WHEN ${anyRule(t)} THEN ${chain(t)} ` +
    `WHEN ${jenis} THEN ${r} ELSE ${unknown} END`;
  const basis =
    `CASE WHEN ${fine} OR ${reportedName} THEN ${lit('dilaporkan')} WHEN ${anyRule(t)} THEN ${lit('aturan_kata')} ` +
    `WHEN ${jenis} THEN ${lit('jenis_pengadaan')} ELSE ${unknown} END`;
  return `${kategori} AS kategori_id, ${basis} AS basis_kategori`;
}

/** Every category the rules can produce: the rules' own, the coarse jenis ones, and unknown. */
export function kategoriReferenceRows(rules: KategoriRule[]): KategoriReferenceRow[] {
  const own = orderedRules(rules).map((rule) => ({
    kategori_id: rule.kategori_id, nama: rule.nama, jenis_pengadaan: rule.jenis_pengadaan
  }));
  return [...own, ...JENIS_KATEGORI.map((k) => ({ ...k })), { ...TIDAK_DIKETAHUI }];
}
