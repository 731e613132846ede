/**
 * The worker's in-memory copies of aggregates (src/lib/query/aggregate/cube.ts) answer the
 * breakdowns without SQL. For random filter combinations on the sample, each answer equals
 * the breakdown's SQL on the canonical tables run by Node DuckDB: same rows, same order,
 * same exact rupiah. The copy is read here with Node DuckDB and through Arrow, as the
 * worker reads it, and the answer travels as Arrow IPC, as the worker sends it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Table, tableFromIPC } from 'apache-arrow';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, NO_FILTERS, filtersToSearch, withValues, type Filters } from '../../src/lib/query/filters';
import { BUDGET_DIMENSIONS, FACT_COLUMN } from '../../src/lib/query/columns';
import { breakdownQuestion } from '../../src/lib/query/breakdown-query';
import { BUDGET_GROUPING, BUDGET_MEASURES, CUBE_MEASURES, type BreakdownCopy } from '../../src/lib/query/aggregate/cube-question';
import { trendRows } from '../../src/lib/query/aggregate/cube-trend';
import { trendQuestion } from '../../src/lib/query/trend-query';
import { Cube, MAX_CUBE_ROWS, type CubeColumns, type DimensionValue } from '../../src/lib/query/aggregate/cube';
import { breakdownRows } from '../../src/lib/query/aggregate/cube-breakdown';
import { AggregateStore } from '../../workers/aggregate-store';
import { cubeColumns } from '../../workers/cube-store';
import { breakdownIpc, oneRowIpc, trendIpc } from '../../workers/copy-answers';
import { kpiRow } from '../../src/lib/query/aggregate/cube-kpi';
import { kpiQuestion } from '../../src/lib/query/kpi-query';
import { monitoringRow } from '../../src/lib/query/aggregate/cube-monitoring';
import { monitoringQuestion } from '../../src/lib/query/monitoring-query';
import { int16Column, int64Column, utf8Column } from '../../src/lib/import/arrow-columns';
import { rowsOf } from './helpers/node-duckdb';
import { random } from './helpers/random';
import { SAMPLE_DIR } from './global-setup';

/** A table read as the worker reads it: through an Arrow table (years SMALLINT, sums BIGINT). */
async function copyOf(db: DuckDBConnection, table: string, grouping: readonly string[], measures: readonly string[]): Promise<Cube | null> {
  const columnsRead = grouping.map((name) => (name === 'minggu' || name === 'tanggal' ? `strftime(${name}, '%Y-%m-%d') AS ${name}` : name));
  const rows = await rowsOf(db, `SELECT ${columnsRead.join(', ')}, ${measures.map((m) => `CAST(${m} AS BIGINT) AS ${m}`).join(', ')} FROM ${table}`);
  const n = rows.length;
  const columns: Record<string, ReturnType<typeof utf8Column>> = {};
  for (const name of grouping) {
    columns[name] = name === 'tahun_anggaran' ? int16Column(n, (i) => rows[i]![name] as number | null) : utf8Column(n, (i) => rows[i]![name] as string | null);
  }
  for (const m of measures) columns[m] = int64Column(n, (i) => rows[i]![m] as bigint | null);
  return Cube.of(cubeColumns(new Table(columns), grouping, measures));
}

/** Rows as the page receives them: decoded from the Arrow IPC the worker sends. */
const decoded = (ipc: Uint8Array) =>
  tableFromIPC(ipc)
    .toArray()
    .map((row) => ({ ...(row as { toJSON(): Record<string, unknown> }).toJSON() }));

const received = (question: BreakdownCopy, realised: Cube, budget: Cube | null) => decoded(breakdownIpc(breakdownRows(question, realised, budget)));

describe('breakdowns answered from in-memory copies of aggregates equal the canonical SQL', () => {
  let db: DuckDBConnection;
  let store: AggregateStore;
  const values = new Map<string, string[]>();

  beforeAll(async () => {
    db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(`ATTACH '${join(SAMPLE_DIR, 'telisik.duckdb')}' AS telisik (READ_ONLY)`);
    for (const { table_name } of await rowsOf(db, `SELECT table_name FROM duckdb_tables() WHERE database_name = 'telisik' AND schema_name = 'main'`)) {
      await db.run(`CREATE VIEW memory.main.${String(table_name)} AS SELECT * FROM telisik.main.${String(table_name)}`);
    }
    store = new AggregateStore((sql) => db.run(sql));
    await store.reset();
    for (const dimension of DIMENSIONS) {
      const rows = await rowsOf(db, `SELECT DISTINCT CAST(${FACT_COLUMN[dimension]} AS VARCHAR) AS v FROM fakta_realisasi WHERE ${FACT_COLUMN[dimension]} IS NOT NULL ORDER BY 1`);
      values.set(dimension, [...rows.map((row) => String(row.v)), dimension === 'tahun' ? '1999' : 'tidak_ada']);
    }
  });

  function randomFilters(next: () => number): Filters {
    let filters = NO_FILTERS;
    const chosen = [...DIMENSIONS].sort(() => next() - 0.5).slice(0, Math.floor(next() * 5));
    for (const dimension of chosen) {
      const options = values.get(dimension)!;
      filters = withValues(filters, dimension, Array.from({ length: 1 + Math.floor(next() * 3) }, () => options[Math.floor(next() * options.length)]!));
    }
    return filters;
  }

  it('for no filter and 40 random combinations, in every breakdown (budget joined for years and regions)', async () => {
    const next = random(40_2021);
    const budget = await copyOf(db, 'memory.main.anggaran_pemda', BUDGET_GROUPING, BUDGET_MEASURES);
    expect(budget).not.toBeNull();
    let answered = 0;
    for (const filters of [NO_FILTERS, ...Array.from({ length: 40 }, () => randomFilters(next))]) {
      for (const dimension of DIMENSIONS) {
        const label = `${dimension} ${filtersToSearch(filters) || 'no filter'}`;
        const question = breakdownQuestion(dimension, filters);
        const cubeQuestion = question.fast?.cube;
        expect(cubeQuestion, label).toBeDefined();
        expect((cubeQuestion as BreakdownCopy).budget !== undefined, label).toBe(BUDGET_DIMENSIONS.includes(dimension));
        await store.ensure(question.fast!.aggregates);
        const realised = await copyOf(db, `memory.agregat.${cubeQuestion!.table.name}`, cubeQuestion!.table.grouping, CUBE_MEASURES);
        expect(realised, label).not.toBeNull();
        expect(cubeQuestion!.kind, label).toBe('breakdown');
        expect(received(cubeQuestion as BreakdownCopy, realised!, budget), label).toEqual(await rowsOf(db, question.sql));
        answered++;
      }
    }
    expect(answered).toBe(41 * DIMENSIONS.length);
  }, 120_000);

  it('for no filter and 30 random combinations, the weekly trend of a random year (running totals, shares of the budget)', async () => {
    const next = random(9_5_2022);
    const budget = (await copyOf(db, 'memory.main.anggaran_pemda', BUDGET_GROUPING, BUDGET_MEASURES))!;
    const years = values.get('tahun')!.map(Number);
    for (const filters of [NO_FILTERS, ...Array.from({ length: 30 }, () => randomFilters(next))]) {
      const year = years[Math.floor(next() * years.length)]!;
      const label = `trend ${year} ${filtersToSearch(filters) || 'no filter'}`;
      const question = trendQuestion(filters, year);
      const copy = question.fast?.cube;
      expect(copy?.kind, label).toBe('trend');
      if (copy?.kind !== 'trend') continue;
      await store.ensure(question.fast!.aggregates);
      const weekly = (await copyOf(db, `memory.agregat.${copy.table.name}`, copy.table.grouping, CUBE_MEASURES))!;
      const rows = trendRows(copy, weekly, budget);
      expect(rows, label).not.toBeNull();
      expect(decoded(trendIpc(rows!)), label).toEqual(await rowsOf(db, question.sql));
    }
  }, 120_000);

  it('for no filter and 30 random combinations, the monitoring parts of a random year and day (three periods, the budget)', async () => {
    const next = random(12_2021);
    const budget = (await copyOf(db, 'memory.main.anggaran_pemda', BUDGET_GROUPING, BUDGET_MEASURES))!;
    const years = values.get('tahun')!.map(Number);
    for (const filters of [NO_FILTERS, ...Array.from({ length: 30 }, () => randomFilters(next))]) {
      const year = years[Math.floor(next() * years.length)]!;
      // Any day of the year, 29 February included when there is one.
      const asof = new Date(Date.UTC(year, 0, 1 + Math.floor(next() * 366))).toISOString().slice(0, 10);
      const label = `monitoring ${year} ${asof} ${filtersToSearch(filters) || 'no filter'}`;
      const question = monitoringQuestion(filters, year, asof);
      const copy = question.fast?.cube;
      expect(copy?.kind, label).toBe('monitoring');
      if (copy?.kind !== 'monitoring') continue;
      await store.ensure(question.fast!.aggregates);
      const daily = await copyOf(db, `memory.agregat.${copy.table.name}`, copy.table.grouping, CUBE_MEASURES);
      expect(daily, label).not.toBeNull();
      expect(decoded(oneRowIpc(monitoringRow(copy, daily!, budget))), label).toEqual(await rowsOf(db, question.sql));
    }
  }, 120_000);

  it('for no filter and 40 random combinations, the headline figures (distinct vendors over vendor pairs, the budget and its count)', async () => {
    const next = random(7_2025);
    const budget = (await copyOf(db, 'memory.main.anggaran_pemda', BUDGET_GROUPING, BUDGET_MEASURES))!;
    let answered = 0;
    for (const filters of [NO_FILTERS, ...Array.from({ length: 40 }, () => randomFilters(next))]) {
      const label = `kpi ${filtersToSearch(filters) || 'no filter'}`;
      const question = kpiQuestion(filters);
      const copy = question.fast?.cube;
      // Wide groupings count vendors on the fact table: those stay SQL.
      expect(copy === undefined, label).toBe(question.fast!.aggregates.length === 1);
      if (copy?.kind !== 'kpi') continue;
      await store.ensure(question.fast!.aggregates);
      const sums = (await copyOf(db, `memory.agregat.${copy.table.name}`, copy.table.grouping, CUBE_MEASURES))!;
      const vendors = (await copyOf(db, `memory.agregat.${copy.vendors.name}`, [...copy.vendors.grouping, 'penyedia_id'], []))!;
      expect(decoded(oneRowIpc(kpiRow(copy, sums, vendors, budget))), label).toEqual(await rowsOf(db, question.sql));
      answered++;
    }
    expect(answered).toBeGreaterThan(20);
  }, 120_000);

  it('has no copy question for breakdowns, trend and headline figures under an as-of day (their aggregates then hold every day)', () => {
    expect(breakdownQuestion('kategori', { ...NO_FILTERS, asof: '2024-06-30' }).fast?.cube).toBeUndefined();
    expect(breakdownQuestion('tahun', { ...NO_FILTERS, asof: '2024-06-30' }).fast?.cube).toBeUndefined();
    expect(trendQuestion({ ...NO_FILTERS, asof: '2024-06-30' }, 2024).fast?.cube).toBeUndefined();
    expect(kpiQuestion({ ...NO_FILTERS, asof: '2024-06-30' }).fast?.cube).toBeUndefined();
  });

  it('orders ties, missing keys and non-ASCII keys exactly as DuckDB does', async () => {
    const keys: DimensionValue[] = ['b', 'a', null, 'é', '\u{1F600}', '\uFF5E', 'A', 'a'];
    const nilai = [5n, 5n, 5n, 7n, 5n, 5n, null, 2n];
    await db.run('CREATE OR REPLACE TABLE memory.main.kecil (k VARCHAR, transaksi BIGINT, nilai BIGINT, nilai_umk BIGINT, nilai_pdn BIGINT)');
    for (const [i, k] of keys.entries()) {
      await db.run(`INSERT INTO memory.main.kecil VALUES (${k === null ? 'NULL' : `'${String(k)}'`}, 1, ${nilai[i] ?? 'NULL'}, NULL, ${i})`);
    }
    const expected = await rowsOf(
      db,
      `SELECT key, transaksi, coalesce(nilai, 0) AS nilai, coalesce(nilai_umk, 0) AS nilai_umk, coalesce(nilai_pdn, 0) AS nilai_pdn, CAST(NULL AS BIGINT) AS belanja_pengadaan ` +
        `FROM (SELECT k AS key, CAST(coalesce(sum(transaksi), 0) AS BIGINT) AS transaksi, CAST(sum(nilai) AS BIGINT) AS nilai, CAST(sum(nilai_umk) AS BIGINT) AS nilai_umk, CAST(sum(nilai_pdn) AS BIGINT) AS nilai_pdn FROM memory.main.kecil GROUP BY k) ORDER BY nilai DESC, key`
    );
    const columns: CubeColumns = {
      rows: keys.length,
      dimensions: { k: keys },
      measures: { transaksi: keys.map(() => 1n), nilai, nilai_umk: keys.map(() => null), nilai_pdn: keys.map((_, i) => BigInt(i)) }
    };
    const question: BreakdownCopy = { kind: 'breakdown', table: { name: 'kecil', kind: 'jumlah', grouping: ['k'] }, groupBy: 'k', filters: [] };
    expect(received(question, Cube.of(columns)!, null)).toEqual(expected);
  });

  it('full-joins the budget on the key as the SQL does: a missing key joins nothing', async () => {
    await db.run(`CREATE OR REPLACE TABLE memory.main.r (k VARCHAR, nilai BIGINT); INSERT INTO memory.main.r VALUES ('a', 3), (NULL, 4)`);
    await db.run(`CREATE OR REPLACE TABLE memory.main.b (k VARCHAR, belanja BIGINT); INSERT INTO memory.main.b VALUES ('a', 10), (NULL, 20), ('z', NULL)`);
    const expected = await rowsOf(
      db,
      `WITH r AS (SELECT k AS key, CAST(count(*) AS BIGINT) AS transaksi, CAST(sum(nilai) AS BIGINT) AS nilai, CAST(sum(nilai) AS BIGINT) AS nilai_umk, CAST(sum(nilai) AS BIGINT) AS nilai_pdn FROM memory.main.r GROUP BY k), ` +
        `b AS (SELECT k AS key, CAST(sum(belanja) AS BIGINT) AS belanja_pengadaan FROM memory.main.b GROUP BY k) ` +
        `SELECT coalesce(r.key, b.key) AS key, coalesce(r.transaksi, 0) AS transaksi, coalesce(r.nilai, 0) AS nilai, coalesce(r.nilai_umk, 0) AS nilai_umk, ` +
        `coalesce(r.nilai_pdn, 0) AS nilai_pdn, b.belanja_pengadaan FROM r FULL JOIN b ON b.key = r.key ORDER BY nilai DESC, key`
    );
    const realised = Cube.of({ rows: 2, dimensions: { k: ['a', null] }, measures: { transaksi: [1n, 1n], nilai: [3n, 4n], nilai_umk: [3n, 4n], nilai_pdn: [3n, 4n] } })!;
    const budget = Cube.of({ rows: 3, dimensions: { k: ['a', null, 'z'] }, measures: { belanja_pengadaan: [10n, 20n, null] } })!;
    const question: BreakdownCopy = { kind: 'breakdown', table: { name: 'r', kind: 'jumlah', grouping: ['k'] }, groupBy: 'k', filters: [], budget: { filters: [] } };
    expect(received(question, realised, budget)).toEqual(expected);
    expect(expected).toHaveLength(4);
  });

  it('keeps sums exact for any BIGINT (past 2^53, negative values), and refuses a copy past its row limit', () => {
    const values = [2n ** 62n, 2n ** 62n - 1n, -(2n ** 61n) - 12345n, 2n ** 53n + 1n, -1n, 9_007_199_254_740_993n, 4_294_967_295n, -(2n ** 63n) + 1n, 0n];
    const cube = Cube.of({ rows: values.length, dimensions: { k: values.map((_, i) => (i % 2 ? 'a' : 'b')) }, measures: { nilai: values } })!;
    const expected = (parity: number) => values.filter((_, i) => i % 2 === parity).reduce((a, b) => a + b, 0n);
    const sums = Object.fromEntries(cube.groupSums('k', [], ['nilai']).map((group) => [group.key, group.sums[0]]));
    expect(sums).toEqual({ a: expected(1), b: expected(0) });
    const rows = MAX_CUBE_ROWS + 1;
    expect(Cube.of({ rows, dimensions: { k: new Array<string>(rows).fill('a') }, measures: { nilai: new Array<bigint>(rows).fill(1n) } })).toBeNull();
  });
});
