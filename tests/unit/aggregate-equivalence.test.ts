/**
 * Property test of the pre-aggregated path: for random filter combinations, every
 * question's fast path (its aggregates built by the worker's own AggregateStore) returns
 * exactly the rows of its SQL on the canonical tables: same columns, same order, same
 * exact rupiah. Runs on the sample database the browser attaches.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, filtersToSearch, withValues, NO_FILTERS, type Filters } from '../../src/lib/query/filters';
import { FACT_COLUMN } from '../../src/lib/query/columns';
import { kpiQuestion } from '../../src/lib/query/kpi-query';
import { breakdownQuestion } from '../../src/lib/query/breakdown-query';
import { trendQuestion } from '../../src/lib/query/trend-query';
import type { Question } from '../../src/lib/engine/question';
import { AggregateStore } from '../../workers/aggregate-store';
import { firstRoundBuilds, shippedAggregateNames } from '../../src/lib/query/aggregate/first-round';
import { monitoringQuestion, regionMonitoringQuestion } from '../../src/lib/query/monitoring-query';
import { regionQuestion } from '../../src/lib/query/region-query';
import { rowsOf } from './helpers/node-duckdb';
import { random } from './helpers/random';
import { SAMPLE_DIR } from './global-setup';

/** The sample attached read-only and seen through views in memory.main, as in the worker. */
async function workerLikeDatabase(): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`ATTACH '${join(SAMPLE_DIR, 'telisik.duckdb')}' AS telisik (READ_ONLY)`);
  const tables = await rowsOf(connection, `SELECT table_name FROM duckdb_tables() WHERE database_name = 'telisik' AND schema_name = 'main'`);
  for (const { table_name } of tables) {
    await connection.run(`CREATE VIEW memory.main.${String(table_name)} AS SELECT * FROM telisik.main.${String(table_name)}`);
  }
  return connection;
}

describe('pre-aggregated answers equal the canonical tables', () => {
  let db: DuckDBConnection;
  let store: AggregateStore;
  /** Values each dimension takes in the data, plus one it never takes. */
  const values = new Map<string, string[]>();

  beforeAll(async () => {
    db = await workerLikeDatabase();
    store = new AggregateStore((sql) => db.run(sql));
    await store.reset();
    for (const dimension of DIMENSIONS) {
      const rows = await rowsOf(db, `SELECT DISTINCT CAST(${FACT_COLUMN[dimension]} AS VARCHAR) AS v FROM fakta_realisasi WHERE ${FACT_COLUMN[dimension]} IS NOT NULL ORDER BY 1`);
      const unseen = dimension === 'tahun' ? '1999' : dimension === 'provinsi' ? '99' : dimension === 'pemda' ? '99.99' : 'tidak_ada';
      values.set(dimension, [...rows.map((row) => String(row.v)), unseen]);
    }
  });

  async function expectSameRows(question: Question, label: string): Promise<void> {
    expect(question.fast, label).toBeDefined();
    await store.ensure(question.fast!.aggregates);
    const [fast, base] = [await rowsOf(db, question.fast!.sql), await rowsOf(db, question.sql)];
    expect(fast, label).toEqual(base);
  }

  /** One to four dimensions, each with one to three values, sometimes one absent from the data. */
  function randomFilters(next: () => number): Filters {
    let filters = NO_FILTERS;
    const chosen = [...DIMENSIONS].sort(() => next() - 0.5).slice(0, 1 + Math.floor(next() * 4));
    for (const dimension of chosen) {
      const options = values.get(dimension)!;
      const picked = Array.from({ length: 1 + Math.floor(next() * 3) }, () => options[Math.floor(next() * options.length)]!);
      filters = withValues(filters, dimension, picked);
    }
    // One case in three looks at the data as it stood on a day (the aggregates then keep the day).
    if (next() < 1 / 3) filters = { ...filters, asof: `${2021 + Math.floor(next() * 5)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15` };
    return filters;
  }

  it('for no filter and for 40 random combinations of filters, in every view', async () => {
    const next = random(20220509);
    const cases = [NO_FILTERS, ...Array.from({ length: 40 }, () => randomFilters(next))];
    const years = values.get('tahun')!.slice(0, -1).map(Number);
    for (const filters of cases) {
      const label = filtersToSearch(filters) || 'no filter';
      const questions: [string, Question][] = [
        ['kpi', kpiQuestion(filters)],
        ['trend', trendQuestion(filters, years[Math.floor(next() * years.length)]!)],
        ['monitoring', monitoringQuestion(filters, years.at(-1)!, filters.asof ?? '2025-06-30')],
        ['regions', regionQuestion('pemda', filters)],
        ['region monitoring', regionMonitoringQuestion('provinsi', filters, years.at(-2)!, filters.asof ?? '2024-03-01')],
        ...DIMENSIONS.map((dimension): [string, Question] => [dimension, breakdownQuestion(dimension, filters)])
      ];
      // As the worker does for a round: masters for the whole batch, then each question's own
      // aggregates, derived from a master or another built aggregate where one covers them.
      await store.prepare(questions.flatMap(([, question]) => question.fast!.aggregates));
      for (const [name, question] of questions) await expectSameRows(question, `${name} ${label}`);
    }
  }, 120_000);

  it('reads the first round from the aggregates the sample file ships, which equal the canonical answers', async () => {
    const shipped = await rowsOf(db, `SELECT table_name FROM duckdb_tables() WHERE database_name = 'telisik' AND schema_name = 'agregat' ORDER BY 1`);
    const names = shipped.map((row) => String(row.table_name));
    expect(names).toEqual([...new Set(firstRoundBuilds().map((step) => step.spec.name))].sort());
    expect(shippedAggregateNames().sort()).toEqual(names);
    const statements: string[] = [];
    const shippedStore = new AggregateStore(async (sql) => {
      statements.push(sql);
      await db.run(sql);
    });
    await shippedStore.reset({ catalog: 'telisik', names });
    const year = Number(values.get('tahun')![0]);
    const questions = [
      kpiQuestion(NO_FILTERS),
      trendQuestion(NO_FILTERS, year),
      monitoringQuestion(NO_FILTERS, year + 1, `${year + 1}-05-09`),
      regionMonitoringQuestion('provinsi', NO_FILTERS, year, `${year}-12-31`),
      ...DIMENSIONS.map((d) => breakdownQuestion(d, NO_FILTERS))
    ];
    statements.length = 0;
    for (const question of questions) {
      await shippedStore.ensure(question.fast!.aggregates);
      expect(await rowsOf(db, question.fast!.sql)).toEqual(await rowsOf(db, question.sql));
    }
    expect(statements.filter((sql) => sql.startsWith('CREATE')), 'nothing built for the first round').toEqual([]);
    await store.reset(); // the shared store's schema was replaced
  });

  it('takes the shipped aggregates it expects without asking the catalog, and asks it when the file lacks one', async () => {
    const expected = shippedAggregateNames();
    const listed = async () => {
      asked++;
      return (await rowsOf(db, `SELECT table_name FROM duckdb_tables() WHERE database_name = 'telisik' AND schema_name = 'agregat'`)).map((row) => String(row.table_name));
    };
    let asked = 0;
    const shippedStore = new AggregateStore((sql) => db.run(sql));
    await shippedStore.resetToShipped('telisik', expected, listed);
    expect(asked).toBe(0);
    expect(expected.every((name) => shippedStore.has(name))).toBe(true);
    // A file built with other aggregates (say, an older cached copy) than the page expects.
    const missing = 'jumlah__tahun_anggaran__kode_provinsi__kode_wilayah__kategori_id';
    await shippedStore.resetToShipped('telisik', [...expected, missing], listed);
    expect(asked).toBe(1);
    expect(shippedStore.has(missing)).toBe(false);
    expect(expected.every((name) => shippedStore.has(name))).toBe(true);
    const kpi = kpiQuestion(NO_FILTERS);
    expect(await rowsOf(db, kpi.fast!.sql)).toEqual(await rowsOf(db, kpi.sql));
    await store.reset(); // the shared store's schema was replaced
  });

  it('groups by year, province, the view and the filtered dimensions only', () => {
    const filters = withValues(withValues(NO_FILTERS, 'kategori', ['atk']), 'pemda', ['33.25']);
    const names = (question: Question) => question.fast!.aggregates.map((spec) => spec.name);
    expect(names(kpiQuestion(filters))).toEqual([
      'jumlah__tahun_anggaran__kode_provinsi__kode_wilayah__kategori_id',
      'penyedia__tahun_anggaran__kode_provinsi__kode_wilayah__kategori_id'
    ]);
    // A view ignores its own dimension's filter: the category chart groups by category anyway.
    expect(names(breakdownQuestion('kategori', filters))).toEqual(['jumlah__tahun_anggaran__kode_provinsi__kode_wilayah__kategori_id']);
    expect(names(trendQuestion(filters, 2024))).toEqual(['jumlah__tahun_anggaran__kode_provinsi__kode_wilayah__kategori_id__minggu']);
    // A click on another province or year needs no new table.
    const otherProvince = withValues(filters, 'provinsi', ['35']);
    expect(names(kpiQuestion(otherProvince))).toEqual(names(kpiQuestion(filters)));
  });
});
