// npm run bench [-- --skip-build] [--cold-runs N] [--rounds N] [--rows N[,N…]]
//
// Measures Telisik in headless Chromium: cold start to ready (and where its time goes), and
// cross-filter rounds (a province bar click until every chart shows the new view) on the
// sample and on big generated data sets (1 million by default; `--rows 1000000,10000000`
// adds 10 million), side by side with the same statements run directly on the worker's
// engine and the views' SQL run by native DuckDB (one thread) on the same file. It is a
// report, not a test: it exits 0 whatever the figures, and non-zero only when it could not
// measure.

import { mkdir, stat, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { launchChromium } from './browser.ts';
import { benchPaths, ensureBuild, ensureGeneratedDatabase, formatMegabytes, prepareSite } from './datasets.ts';
import { measureColdStarts, measureRounds, storageTally, type ColdStart, type RoundsResult } from './measure.ts';
import { measureReturnVisits, type ReturnVisits } from './return-visits.ts';
import { timeNative } from './native.ts';
import { formatTable, judge, type Row } from './report.ts';
import { startStaticServer } from './static-server.ts';
import { summarize } from './stats.ts';

/** The product's goals (README, issue 7): judged on p95. */
const GOALS = { coldStartMs: 2500, roundSampleMs: 80, overhead: 1.2, roundPerNativeMillion: 0.3 } as const;
const ROUND_GOAL_BY_ROWS: Record<number, number> = { 1_000_000: 100, 10_000_000: 200 };
const MILLION = 1_000_000;

interface Options {
  skipBuild: boolean;
  coldRuns: number;
  bigColdRuns: number;
  rounds: number;
  rows: number[];
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
    // `--rows none` measures the sample only.
    rows: values.rows === 'none' ? [] : (values.rows ?? String(MILLION)).split(',').map((text) => positive('rows', text, MILLION))
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
  rows: number | null;
  label: string;
  site: string;
  database: string;
  databaseBytes: number;
  transactions: number | null;
}

interface DataSetResult {
  dataSet: DataSet;
  coldStarts: ColdStart[];
  /** The same context visiting again: HTTP cache and storage kept. */
  warmStarts: ColdStart[];
  /** A user coming back in a kept browser profile, after two visits (compiled engine cached). */
  returnVisits: ReturnVisits;
  rounds: RoundsResult;
}

async function measureDataSet(browser: Browser, dataSet: DataSet, coldRuns: number, rounds: number, log: (line: string) => void): Promise<DataSetResult> {
  const server = await startStaticServer(dataSet.site);
  try {
    log(`\n[${dataSet.label}] serving ${dataSet.site} at ${server.url}`);
    const cold = await measureColdStarts(browser, server.url, coldRuns, (line) => log(`  ${line}`));
    const returnVisits = await measureReturnVisits(server.url, coldRuns, (line) => log(`  ${line}`));
    const roundResult = await measureRounds(browser, server.url, rounds, (line) => log(`  ${line}`));
    roundResult.outside.push(...cold.outside.filter((address) => !roundResult.outside.includes(address)));
    log(`  native DuckDB (1 thread): the same ${roundResult.rounds.length} rounds on ${dataSet.database}`);
    const native = await timeNative(dataSet.database, roundResult.statementsByRound);
    roundResult.rounds.forEach((round, index) => (round.nativeMs = native[index] ?? null));
    return { dataSet, coldStarts: cold.runs, warmStarts: cold.warm, returnVisits, rounds: roundResult };
  } finally {
    await server.close();
  }
}

/** The median time of each start-up step across the cold starts, in start order. */
function stepsLine(result: DataSetResult, visit: 'first' | 'second' | 'return'): string {
  const names = ['app', 'worker', 'compiled', 'downloaded', 'attached', 'filled', 'engine-ready', 'figures', 'ready'];
  const runs = { first: result.coldStarts, second: result.warmStarts, return: result.returnVisits.runs }[visit];
  const parts = names.flatMap((name) => {
    const values = runs.map((run) => run.steps[name]).filter((value): value is number => value !== undefined);
    return values.length === 0 ? [] : [`${name} ${(summarize(values).median / 1000).toFixed(2)}`];
  });
  const which = { first: '', second: ', second visit', return: ', return visit (profile kept)' }[visit];
  return `  ${result.dataSet.label}${which}: ${parts.join(' · ')}`;
}

function rowsFor(result: DataSetResult): Row[] {
  const { dataSet, rounds } = result;
  const isSample = dataSet.key === 'sample';
  const cold = summarize(result.coldStarts.map((run) => run.ms));
  const select = summarize(rounds.rounds.map((round) => round.selectMs));
  const roundGoal = isSample ? GOALS.roundSampleMs : dataSet.rows === null ? undefined : ROUND_GOAL_BY_ROWS[dataSet.rows];
  const statements = Math.max(...rounds.rounds.map((round) => round.statements));
  const native = rounds.rounds.filter((round) => round.nativeMs !== null);
  const overhead = summarize(rounds.rounds.map((round) => round.selectMs / round.appMs));
  const perNative = native.length === 0 ? null : summarize(native.map((round) => round.selectMs / round.nativeMs!));
  const rows: Row[] = [
    { label: `cold start → ready, ${dataSet.label} (file ${storageTally(result.coldStarts)})`, unit: 's', summary: cold, goal: isSample ? judge(cold, GOALS.coldStartMs) : undefined },
    { label: `  second visit (HTTP cache kept; file ${storageTally(result.warmStarts)}) → ready`, unit: 's', summary: summarize(result.warmStarts.map((run) => run.ms)) },
    {
      label: `  return visit, profile kept (engine from code cache ${result.returnVisits.fromCodeCache}/${result.returnVisits.runs.length}; file ${storageTally(result.returnVisits.runs)}) → ready`,
      unit: 's',
      summary: summarize(result.returnVisits.runs.map((run) => run.ms))
    },
    { label: `  a second tab, the first open (file ${storageTally(result.returnVisits.otherTabs)}) → ready`, unit: 's', summary: summarize(result.returnVisits.otherTabs.map((run) => run.ms)) },
    { label: `cross-filter round (select), ${dataSet.label}`, unit: 'ms', summary: select, goal: roundGoal === undefined ? undefined : judge(select, roundGoal) },
    { label: `  until the frame showing it is rendered`, unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.selectPaintedMs)) },
    { label: `  longest main-thread task in the round (0 = none over 50 ms)`, unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.longestTaskMs)) },
    { label: `  worker time of the round's statements`, unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.engineMs)) },
    { label: `  the round's statements again, direct on the worker's engine`, unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.appMs)) },
    { label: '  overhead of the app: round / its statements direct', unit: 'ratio', summary: overhead, goal: judge(overhead, GOALS.overhead) },
    { label: `  the round's canonical SQL, direct (${statements} statements)`, unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.baseMs)) }
  ];
  if (perNative !== null) {
    rows.push(
      { label: `  the same SQL in native DuckDB, 1 thread`, unit: 'ms', summary: summarize(native.map((round) => round.nativeMs!)) },
      { label: '  round / native DuckDB', unit: 'ratio', summary: perNative, goal: dataSet.rows === MILLION ? judge(perNative, GOALS.roundPerNativeMillion) : undefined },
      { label: '  worker time / native DuckDB (answering only, no drawing)', unit: 'ratio', summary: summarize(native.map((round) => round.engineMs / round.nativeMs!)) }
    );
  }
  rows.push({ label: '  unselect round (cached view)', unit: 'ms', summary: summarize(rounds.rounds.map((round) => round.unselectMs)) });
  return rows;
}

function memoryLine(result: DataSetResult): string {
  const { heap, duckdbBytes, tabBytes } = result.rounds;
  const page = heap === null ? 'page JS heap not available' : `page JS heap ${formatMegabytes(heap.usedBytes)} used of ${formatMegabytes(heap.totalBytes)}`;
  const engine =
    (duckdbBytes === null ? 'DuckDB memory not available' : `DuckDB ${formatMegabytes(duckdbBytes)}`) +
    (tabBytes === null ? '' : `, the tab's process ${formatMegabytes(tabBytes)} resident (file ${result.rounds.storage})`);
  const twoTabs = result.returnVisits.twoTabsBytes;
  const tabs = twoTabs.length === 0 ? '' : `, two tabs of a kept profile ${twoTabs.map(formatMegabytes).join(' + ')} resident`;
  return `  ${result.dataSet.label}: ${engine}${tabs}, database file ${formatMegabytes(result.dataSet.databaseBytes)}, ${page}`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const paths = benchPaths(fileURLToPath(new URL('../../', import.meta.url)));
  const log = (line: string) => console.log(line);
  const began = performance.now();
  await mkdir(paths.work, { recursive: true });

  await ensureBuild(paths, options.skipBuild, log);
  const sampleDatabase = join(paths.build, 'data', 'telisik.duckdb');
  const dataSets: DataSet[] = [
    // build/ as built: its data/telisik.duckdb is the sample the app ships with.
    { key: 'sample', rows: null, label: 'sample', site: paths.build, database: sampleDatabase, databaseBytes: 0, transactions: null }
  ];
  for (const rows of options.rows) {
    const database = await ensureGeneratedDatabase(paths, rows, log);
    const site = await prepareSite(paths, `rows-${rows}`, database);
    dataSets.push({ key: 'big', rows, label: rowsLabel(rows), site, database, databaseBytes: 0, transactions: null });
  }
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

  const rows = results.flatMap((result) => rowsFor(result));
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
    'count the select clicks only; a first warm-up round is excluded. "Until the frame showing it is rendered"',
    'ends when the page\'s thread has done the style, layout and paint of the frame that shows ready (a task',
    'posted from that frame\'s animation-frame callback runs then). The unselect click goes back to the',
    "unfiltered view, whose answers the coordinator already holds. Right after each select, the statements",
    'the round sent (window.telisik.sentSince(): as the app ran them, and their canonical SQL) run again',
    'through window.telisik.timeDirect(); after the rounds, native DuckDB (@duckdb/node-api, 1 thread) runs',
    "each round's canonical SQL on the same database file, warmed up once (the worker's time is each question's,",
    'from its start to its answer: no drawing, no building of aggregates, no queue). Cold start: new browser context',
    '(empty HTTP cache) each run, navigation start → ready. Return visit: one persistent browser profile (off-the-record contexts keep no',
    'compiled code), visited twice, each open until V8 has written its code cache, then visited as often as the cold starts; "engine from code cache k/n"',
    'counts the visits whose DuckDB wasm V8 read from its code cache (trace event wasm.Deserialize) instead of compiling.',
    'Second tab: in that profile, with its page still open, a new tab started as often again, one at a time (both engines read the kept file);',
    "the two tabs' memory is the resident size of that profile's two largest renderer processes (Linux /proc) with the last one open.",
    'p95 is nearest-rank (with 7 runs it is the slowest run).',
    'Start-up steps, median s since navigation start (app = script running, worker = engine worker running, compiled = DuckDB-WASM instantiated,',
    'downloaded = database file in, attached = views and settings, filled = stored datasets loaded, figures =',
    'headline figures drawn, ready = every view drawn):',
    ...results.flatMap((result) => [stepsLine(result, 'first'), stepsLine(result, 'second'), stepsLine(result, 'return')]),
    'Memory after the rounds:',
    ...results.map(memoryLine),
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
      warmStarts: result.warmStarts,
      returnVisits: result.returnVisits,
      warmupRound: result.rounds.warmup,
      rounds: result.rounds.rounds,
      provincesAvailable: result.rounds.provincesAvailable,
      heap: result.rounds.heap,
      duckdbBytes: result.rounds.duckdbBytes,
      tabBytes: result.rounds.tabBytes,
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
