/**
 * How big a copy the worker makes (workers/cube-store.ts): the limit is the memory a copy
 * holds, not its row count, so the vendor pairs of a million transactions (about 240,000
 * rows, no measure) are copied and the headline figures are answered without SQL, while an
 * aggregate with every measure stays limited to about 200,000 rows.
 */
import { describe, expect, it } from 'vitest';
import { tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { CubeStore } from '../../workers/cube-store';
import { kpiQuestion } from '../../src/lib/query/kpi-query';
import { breakdownQuestion } from '../../src/lib/query/breakdown-query';
import { NO_FILTERS, withValues } from '../../src/lib/query/filters';
import { asQuestion } from '../../src/lib/engine/question';
import type { CubeQuestion } from '../../src/lib/query/aggregate/cube-question';

const PROVINCES = ['11', '32', '33', '35'];

/**
 * A stand-in for DuckDB that answers a copy's SELECT with `rowsOf(table)` rows (at most the
 * statement's LIMIT): text cells cycle through the provinces, vendors are all distinct, the
 * year is 2025 and every measure 1.
 */
function sizedStore(rowsOf: (table: string) => number): { store: CubeStore; reads: string[] } {
  const reads: string[] = [];
  const store = new CubeStore(async (sql) => {
    reads.push(sql);
    const table = /FROM memory\.(\S+)/.exec(sql)![1]!;
    if (sql.startsWith('SELECT count(*) AS n')) return tableToIPC(tableFromArrays({ n: BigInt64Array.of(BigInt(rowsOf(table))) }));
    const limit = Number(/LIMIT (\d+)/.exec(sql)![1]);
    const rows = Math.min(limit, rowsOf(table));
    const names = [...sql.slice(0, sql.indexOf(' FROM ')).matchAll(/"([a-z_]+)"(?=,|$)/g)].map((match) => match[1]!);
    const columns = Object.fromEntries(
      names.map((name) => {
        if (name === 'tahun_anggaran') return [name, new Int16Array(rows).fill(2025)];
        if (name === 'penyedia_id') return [name, Array.from({ length: rows }, (_, i) => `vendor-${i}`)];
        if (sql.includes(`CAST("${name}" AS BIGINT)`)) return [name, new BigInt64Array(rows).fill(1n)];
        return [name, Array.from({ length: rows }, (_, i) => PROVINCES[i % PROVINCES.length]!)];
      })
    );
    return tableToIPC(tableFromArrays(columns));
  });
  return { store, reads };
}

const copyOf = (question: ReturnType<typeof kpiQuestion>): CubeQuestion => asQuestion(question).fast!.cube!;

describe('the size of the copies the worker makes', () => {
  it('copies 240,000 vendor pairs and answers the headline figures from them, distinct vendors exact', async () => {
    const question = copyOf(kpiQuestion(withValues(NO_FILTERS, 'provinsi', ['32'])));
    expect(question.kind).toBe('kpi');
    const { store } = sizedStore((table) => (table.includes('penyedia__') ? 240_000 : 1_000));
    expect(store.answer(question)).toBeNull();
    await store.copyWanted();
    const answer = store.answer(question);
    expect(answer).not.toBeNull();
    const row = tableFromIPC(answer!).get(0)!.toJSON() as Record<string, unknown>;
    // Every fourth pair is in province 32, each with its own vendor.
    expect(row.penyedia).toBe(60_000n);
  }, 30_000);

  it('does not copy an aggregate with every measure past 32 MiB, nor read it: its breakdown stays SQL', async () => {
    const question = copyOf(breakdownQuestion('kategori', NO_FILTERS));
    expect(question.kind).toBe('breakdown');
    // Just under and just over the limit (32 MiB / (4 bytes × 3 columns + 17 × 8 measures) rows).
    const fits = sizedStore(() => 226_000);
    fits.store.want(question);
    await fits.store.copyWanted();
    expect(fits.store.answer(question)).not.toBeNull();
    const { store, reads } = sizedStore(() => 230_000);
    store.want(question);
    await store.copyWanted();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toContain('count(*)');
    expect(store.answer(question)).toBeNull();
    // Refused until the data changes: not counted again.
    store.want(question);
    await store.copyWanted();
    expect(reads).toHaveLength(1);
  }, 30_000);

  it('does not read more than 500,000 rows for one copy, however small its rows', async () => {
    const question = copyOf(kpiQuestion(withValues(NO_FILTERS, 'provinsi', ['32'])));
    const { store, reads } = sizedStore((table) => (table.includes('penyedia__') ? 500_001 : 1_000));
    store.want(question);
    await store.copyWanted();
    const pairsReads = reads.filter((sql) => sql.includes('penyedia__'));
    expect(pairsReads).toHaveLength(1);
    expect(pairsReads[0]).toContain('count(*)');
    expect(store.answer(question)).toBeNull();
  }, 30_000);

  it('wants no copy from the warm-up after copies are made: one that could not be read is read again only when asked', async () => {
    const question = copyOf(kpiQuestion(withValues(NO_FILTERS, 'provinsi', ['32'])));
    const { store, reads } = sizedStore((table) => {
      if (table.includes('penyedia__')) throw new Error('the table was dropped meanwhile');
      return 1_000;
    });
    expect(store.answer(question)).toBeNull();
    await store.copyWanted();
    const afterCopies = reads.length;
    expect(reads.filter((sql) => sql.includes('penyedia__'))).toHaveLength(1);
    // The warm-up answered the question from what there is, and wanted nothing.
    await store.copyWanted();
    expect(reads).toHaveLength(afterCopies);
    // Asked again, the vendor pairs are wanted again.
    expect(store.answer(question)).toBeNull();
    await store.copyWanted();
    expect(reads.filter((sql) => sql.includes('penyedia__'))).toHaveLength(2);
  }, 30_000);
});
