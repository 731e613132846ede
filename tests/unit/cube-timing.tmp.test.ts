import { it } from 'vitest';
import { join } from 'node:path';
import { Table } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { NO_FILTERS, withValues } from '../../src/lib/query/filters';
import { BUDGET_GROUPING, BUDGET_MEASURES, CUBE_MEASURES } from '../../src/lib/query/aggregate/cube-question';
import { Cube } from '../../src/lib/query/aggregate/cube';
import { AggregateStore } from '../../workers/aggregate-store';
import { cubeColumns } from '../../workers/cube-store';
import { answerIpc } from '../../workers/copy-answers';
import { kpiQuestion } from '../../src/lib/query/kpi-query';
import { monitoringQuestion } from '../../src/lib/query/monitoring-query';
import { breakdownQuestion } from '../../src/lib/query/breakdown-query';
import { trendQuestion } from '../../src/lib/query/trend-query';
import { int16Column, int64Column, utf8Column } from '../../src/lib/import/arrow-columns';
import { rowsOf } from './helpers/node-duckdb';
import { SAMPLE_DIR } from './global-setup';

it('times', async () => {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`ATTACH '${join(SAMPLE_DIR, 'telisik.duckdb')}' AS telisik (READ_ONLY)`);
  for (const { table_name } of await rowsOf(db, `SELECT table_name FROM duckdb_tables() WHERE database_name = 'telisik' AND schema_name = 'main'`)) {
    await db.run(`CREATE VIEW memory.main.${String(table_name)} AS SELECT * FROM telisik.main.${String(table_name)}`);
  }
  const store = new AggregateStore((sql) => db.run(sql));
  await store.reset();
  async function copyOf(table: string, grouping: readonly string[], measures: readonly string[]) {
    const columnsRead = grouping.map((name) => (name === 'minggu' || name === 'tanggal' ? `strftime(${name}, '%Y-%m-%d') AS ${name}` : name));
    const sel = [...columnsRead, ...measures.map((m) => `CAST(${m} AS BIGINT) AS ${m}`)];
    const rows = await rowsOf(db, `SELECT ${sel.join(', ')} FROM ${table}`);
    const n = rows.length;
    const columns: Record<string, ReturnType<typeof utf8Column>> = {};
    for (const name of grouping) columns[name] = name === 'tahun_anggaran' ? int16Column(n, (i) => rows[i]![name] as number | null) : utf8Column(n, (i) => rows[i]![name] as string | null);
    for (const m of measures) columns[m] = int64Column(n, (i) => rows[i]![m] as bigint | null);
    return Cube.of(cubeColumns(new Table(columns), grouping, measures))!;
  }
  const budget = await copyOf('memory.main.anggaran_pemda', BUDGET_GROUPING, BUDGET_MEASURES);
  const provs = ['33', '35', '73', '19', '75', '64', '92', '61', '82'];
  const kinds: Record<string, (p: string) => any> = {
    kpi: (p) => kpiQuestion(withValues(NO_FILTERS, 'provinsi', [p])),
    monitoring: (p) => monitoringQuestion(withValues(NO_FILTERS, 'provinsi', [p]), 2025, '2025-12-31'),
    pemda: (p) => breakdownQuestion('pemda', withValues(NO_FILTERS, 'provinsi', [p])),
    kategori: (p) => breakdownQuestion('kategori', withValues(NO_FILTERS, 'provinsi', [p])),
    trend: (p) => trendQuestion(withValues(NO_FILTERS, 'provinsi', [p]), 2025)
  };
  for (const [kind, make] of Object.entries(kinds)) {
    const q0 = make('33');
    await store.ensure(q0.fast.aggregates);
    const c = q0.fast.cube;
    const table = await copyOf(`memory.agregat.${c.table.name}`, c.table.grouping, CUBE_MEASURES);
    const vendors = c.kind === 'kpi' ? await copyOf(`memory.agregat.${c.vendors.name}`, [...c.vendors.grouping, 'penyedia_id'], []) : null;
    const times: string[] = [];
    for (const p of provs) {
      const q = make(p).fast.cube;
      const t = performance.now();
      answerIpc(q, table, budget, vendors);
      times.push((performance.now() - t).toFixed(1));
    }
    console.log(kind, c.table.name, 'rows', table.rows, vendors ? `vendors ${vendors.rows}` : '', times.join(' '));
  }
}, 120000);
