import type { Cube } from './cube';
import type { BreakdownCopy } from './cube-question';

/** One row of a breakdown's answer, as its SQL gives it (breakdown-query.ts). */
export interface BreakdownAnswerRow {
  key: string | null;
  transaksi: bigint;
  nilai: bigint;
  nilai_umk: bigint;
  nilai_pdn: bigint;
  belanja_pengadaan: bigint | null;
}

/** DuckDB orders VARCHAR by its UTF-8 bytes, which is the order of code points. */
function byCodePoint(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const d = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return left.length - right.length;
}

/** ORDER BY nilai DESC, key (NULLS LAST, DuckDB's default). */
function breakdownOrder(a: BreakdownAnswerRow, b: BreakdownAnswerRow): number {
  if (a.nilai !== b.nilai) return a.nilai > b.nilai ? -1 : 1;
  if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
  return byCodePoint(a.key, b.key);
}

const NO_REALISATION = { transaksi: 0n, nilai: 0n, nilai_umk: 0n, nilai_pdn: 0n };
/** The measures a breakdown sums, in the order of its answer's columns. */
const SUMMED = ['transaksi', 'nilai', 'nilai_umk', 'nilai_pdn'] as const;

/**
 * The breakdown's rows from the copy of its aggregate and, for a year or region breakdown,
 * the copy of the budget: the realised sums per key (each coalesced to 0, as the SQL does),
 * full-joined on the key with the budget's sum (NULL when a key has none). As in SQL, a
 * missing key joins nothing: a budget row without a key stays a row of its own.
 */
export function breakdownRows(question: BreakdownCopy, realised: Cube, budget: Cube | null): BreakdownAnswerRow[] {
  const rows: BreakdownAnswerRow[] = realised.groupSums(question.groupBy, question.filters, SUMMED).map((group) => {
    const [transaksi, nilai, nilai_umk, nilai_pdn] = group.sums as [bigint, bigint, bigint, bigint];
    return { key: group.key, transaksi, nilai, nilai_umk, nilai_pdn, belanja_pengadaan: null };
  });
  if (question.budget && budget) {
    const byKey = new Map(rows.filter((row) => row.key !== null).map((row) => [row.key, row]));
    for (const group of budget.groupSums(question.groupBy, question.budget.filters, ['belanja_pengadaan'])) {
      const belanja = group.present[0]! > 0 ? group.sums[0]! : null;
      const row = group.key === null ? undefined : byKey.get(group.key);
      if (row) row.belanja_pengadaan = belanja;
      else rows.push({ key: group.key, ...NO_REALISATION, belanja_pengadaan: belanja });
    }
  }
  return rows.sort(breakdownOrder);
}
