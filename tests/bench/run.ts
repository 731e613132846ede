// npm run bench [-- --skip-build] [--cold-runs N] [--rounds N] [--rows N]
//
// Measures Telisik in headless Chromium: cold start to ready, and cross-filter rounds (a
// province bar click until every chart shows the new view) on the sample and on a big
// generated data set, against the engine-only time of the same SQL. It is a report, not a
// test: it exits 0 whatever the figures, and non-zero only when it could not measure.

import { mkdir, stat, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { launchChromium } from './browser.ts';
import { benchPaths, ensureBuild, ensureGeneratedDatabase, formatMegabytes, prepareSite } from './datasets.ts';
import { measureColdStarts, measureRounds, type ColdStart, type RoundsResult } from './measure.ts';
import { formatTable, judge, type Row } from './report.ts';
import { startStaticServer } from './static-server.ts';
import { summarize } from './stats.ts';

/** The product's goals (README): judged on p95. */
const GOALS = { coldStartMs: 4000, roundSampleMs: 150, roundMillionMs: 300 } as const;
const MILLION = 1_000_000;

interface Options {
  skipBuild: boolean;
  coldRuns: number;
  bigColdRuns: number;
  rounds: number;
  rows: number;
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got ${text}`);
  return value;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      'skip-build': { type: 'boolean', default: false },
      'cold-runs': { type: 'string' },
      'big-cold-runs': { type: 'string' },
      rounds: { type: 'string' },
      rows: { type: 'string' }
    },
    strict: true
  });
  return {
    skipBuild: values['skip-build'] ?? false,
    coldRuns: positive('cold-runs', values['cold-runs'], 7),
    // Informational only (no goal): fewer runs keep the whole bench within ~10 minutes.
    bigColdRuns: positive('big-cold-runs', values['big-cold-runs'], 3),
    rounds: positive('rounds', values.rounds, 20),
    rows: positive('rows', values.rows, MILLION)
  };
}

function rowsLabel(rows: number): string {
  return rows % MILLION === 0 ? `${rows / MILLION}M rows` : `${rows.toLocaleString('en-US')} rows`;
}

/** Transactions in a database file, read with the Node DuckDB (for the report's header). */
async function countTransactions(database: string): Promise<number | null> {
  try {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`ATTACH '${database.replaceAll("'", "''")}' AS bench (READ_ONLY)`);
    const reader = await connection.runAndReadAll('SELECT count(*) AS n FROM bench.transaksi');
    const value = reader.getRows()[0]?.[0];
    connection.closeSync();
    instance.closeSync();
    return value === undefined || value === null ? null : Number(value);
  } catch {
    return null; // Only a label: a schema change must not stop the measurement.
  }
}

interface DataSet {
  key: 'sample' | 'big';
  label: string;
  site: string;
  database: string;
  databaseBytes: number;
  transactions: number | null;
}

interface DataSetResult {
  dataSet: DataSet;
  coldStarts: ColdStart[];
  rounds: RoundsResult;
}

async function measureDataSet(browser: Browser, dataSet: DataSet, coldRuns: number, rounds: number, log: (line: string) => void): Promise<DataSetResult> {
  const server = await startStaticServer(dataSet.site);
  try {
    log(`\n[${dataSet.label}] serving ${dataSet.site} at ${server.url}`);
    const cold = await measureColdStarts(browser, server.url, coldRuns, (line) => log(`  ${line}`));
    const roundResult = await measureRounds(browser, server.url, rounds, (line) => log(`  ${line}`));
    roundResult.outside.push(...cold.outside.filter((address) => !roundResult.outside.includes(address)));
    return { dataSet, coldStarts: cold.runs, rounds: roundResult };
  } finally {
    await server.close();
  }
}

function rowsFor(result: DataSetResult, options: Options): Row[] {
  const { dataSet, rounds } = result;
  const isSample = dataSet.key === 'sample';
  const cold = summarize(result.coldStarts.map((run) => run.ms));
  const select = summarize(rounds.rounds.map((round) => round.selectMs));
  const roundGoal = isSample ? GOALS.roundSampleMs : options.rows === MILLION ? GOALS.roundMillionMs : undefined;
  const statements = Math.max(...rounds.rounds.map((round) => round.statements));
  return [
    { label: `cold start → ready, ${dataSet.label}`, unit: 's', summary: cold, goal: isSample ? judge(cold, GOALS.coldStartMs) : undefined },
    { label: `cross-filter round (select), ${dataSet.label}`, unit: 'ms', summary: select, goal: roundGoal === undefined ? undefined : judge(select, roundGoal) },
    { label: `  direct SQL, same view (${statements} statements)`, unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.directMs)) },
    { label: '  overhead: round / direct', unit: 'ratio', summary: summarize(rounds.rounds.map((round) => round.selectMs / round.directMs)) },
    { label: '  unselect round (cached view)', unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.unselectMs)) }
  ];
}

function heapLine(result: DataSetResult): string {
  const heap = result.rounds.heap;
  if (heap === null) return `  ${result.dataSet.label}: not available`;
  return `  ${result.dataSet.label}: ${formatMegabytes(heap.usedBytes)} used of ${formatMegabytes(heap.totalBytes)}`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const paths = benchPaths(fileURLToPath(new URL('../../', import.meta.url)));
  const log = (line: string) => console.log(line);
  const began = performance.now();
  await mkdir(paths.work, { recursive: true });

  await ensureBuild(paths, options.skipBuild, log);
  const bigDatabase = await ensureGeneratedDatabase(paths, options.rows, log);
  const bigSite = await prepareSite(paths, `rows-${options.rows}`, bigDatabase);
  const sampleDatabase = join(paths.build, 'data', 'telisik.duckdb');
  const dataSets: DataSet[] = [
    // build/ as built: its data/telisik.duckdb is the sample the app ships with.
    { key: 'sample', label: 'sample', site: paths.build, database: sampleDatabase, databaseBytes: 0, transactions: null },
    { key: 'big', label: rowsLabel(options.rows), site: bigSite, database: bigDatabase, databaseBytes: 0, transactions: null }
  ];
  for (const dataSet of dataSets) {
    dataSet.databaseBytes = (await stat(dataSet.database)).size;
    dataSet.transactions = await countTransactions(dataSet.database);
  }

  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  const results: DataSetResult[] = [];
  try {
    for (const dataSet of dataSets) {
      const coldRuns = dataSet.key === 'sample' ? options.coldRuns : options.bigColdRuns;
      results.push(await measureDataSet(browser, dataSet, coldRuns, options.rounds, log));
    }
  } finally {
    await browser.close();
  }

  const rows = results.flatMap((result) => rowsFor(result, options));
  const describe = (dataSet: DataSet) =>
    `${dataSet.label} = ${dataSet.transactions === null ? '?' : dataSet.transactions.toLocaleString('en-US')} transactions, ${formatMegabytes(dataSet.databaseBytes)} database`;
  const outside = [...new Set(results.flatMap((result) => result.rounds.outside))];
  const output = [
    '',
    `Telisik benchmark · Chromium ${chromiumVersion} headless · ${cpus().length} CPUs · Node ${process.version}`,
    results.map((result) => describe(result.dataSet)).join('; '),
    '',
    formatTable(rows),
    '',
    'Cross-filter round: a real mouse click on a province bar not selected before in that page, until',
    'html[data-state=ready][data-view="provinsi=<code>"] (in-page clock, from the click event). Statistics',
    'count the select clicks only; a first warm-up round is excluded. The unselect click goes back to the',
    'unfiltered view, whose answers the coordinator already holds. Direct SQL = window.telisik.timeDirect()',
    'of viewSql() right after the select. Cold start: new browser context (empty HTTP cache) each run,',
    'navigation start → ready. p95 is nearest-rank (with 7 runs it is the slowest run).',
    `JS heap of the page's main thread after the rounds and a GC (DuckDB's worker not included):`,
    ...results.map(heapLine),
    ...(outside.length > 0 ? [`WARNING: requests left the site's origin: ${outside.join(', ')}`] : []),
    `Took ${((performance.now() - began) / 1000).toFixed(0)} s.`
  ].join('\n');
  console.log(output);

  const resultsFile = join(paths.work, 'results.json');
  const json = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, chromium: chromiumVersion, platform: process.platform },
    options,
    goals: GOALS,
    table: rows,
    dataSets: results.map((result) => ({
      key: result.dataSet.key,
      label: result.dataSet.label,
      transactions: result.dataSet.transactions,
      databaseBytes: result.dataSet.databaseBytes,
      coldStarts: result.coldStarts,
      warmupRound: result.rounds.warmup,
      rounds: result.rounds.rounds,
      provincesAvailable: result.rounds.provincesAvailable,
      heap: result.rounds.heap,
      outsideRequests: result.rounds.outside
    }))
  };
  await writeFile(resultsFile, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Results: ${relative(paths.root, resultsFile)}`);
}

main().catch((error: unknown) => {
  console.error(`\nbenchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
