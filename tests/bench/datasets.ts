import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, link, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isUpToDate, sampleFingerprint } from '../../data/generator/fingerprint.ts';
import { DEFAULT_SEED } from '../../data/generator/generate.ts';

/** Paths the benchmark reads and writes, all relative to the repository root. */
export interface BenchPaths {
  root: string;
  build: string;
  /** Gitignored scratch folder: cached databases, site copies, logs, results.json. */
  work: string;
}

export function benchPaths(root: string): BenchPaths {
  return { root, build: join(root, 'build'), work: join(root, '.bench') };
}

/** Runs a command with its output in a log file; on failure the error carries the log's tail. */
async function runLogged(command: string, args: readonly string[], cwd: string, logFile: string): Promise<void> {
  let output = '';
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', done);
  });
  await writeFile(logFile, output);
  if (code !== 0) {
    const tail = output.trimEnd().split('\n').slice(-20).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${code} (full log: ${logFile}):\n${tail}`);
  }
}

/**
 * Builds the site unless asked not to: the benchmark should measure the code as it is now,
 * and a stale build/ would silently measure an older app. `--skip-build` is for re-runs.
 */
export async function ensureBuild(paths: BenchPaths, skip: boolean, log: (line: string) => void): Promise<void> {
  const hasBuild = existsSync(join(paths.build, 'index.html')) && existsSync(join(paths.build, 'data', 'telisik.duckdb'));
  if (skip && hasBuild) {
    log('build: reusing build/ (--skip-build)');
    return;
  }
  const logFile = join(paths.work, 'build.log');
  log(`build: npm run build (log: ${relative(paths.root, logFile)}) …`);
  const began = performance.now();
  await runLogged('npm', ['run', 'build'], paths.root, logFile);
  log(`build: done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

/**
 * Returns the path of a generated database with `rows` transactions, cached under .bench/.
 * The generator's own fingerprint (code, schema, options) decides whether the cached file
 * is still what the generator would make now: a changed schema or generator is never
 * benchmarked against yesterday's file, which the app might not even open.
 */
export async function ensureGeneratedDatabase(paths: BenchPaths, rows: number, log: (line: string) => void): Promise<string> {
  const dir = join(paths.work, `rows-${rows}`);
  const database = join(dir, 'telisik.duckdb');
  if (isUpToDate(dir, sampleFingerprint(rows, DEFAULT_SEED))) {
    log(`data: reusing cached ${relative(paths.root, database)} (${formatMegabytes((await stat(database)).size)}; generator unchanged)`);
    return database;
  }
  const why = existsSync(database) ? 'the generator, schema or options changed since it was made' : 'not cached yet';
  log(`data: generating ${rows.toLocaleString('en-US')} rows into ${relative(paths.root, dir)} (${why}); about a minute …`);
  const began = performance.now();
  // The generator stamps the folder only once the database is complete, so an interrupted
  // run is regenerated next time rather than taken as cached.
  await runLogged('npx', ['tsx', 'data/generator/cli.ts', '--out', dir, '--rows', String(rows), '--seed', String(DEFAULT_SEED)], paths.root, join(paths.work, `generate-${rows}.log`));
  // Only the database is served; the intermediate CSVs are ~250 MB per million rows.
  for (const name of await readdir(dir)) if (name.endsWith('.csv')) await rm(join(dir, name));
  log(`data: generated in ${((performance.now() - began) / 1000).toFixed(1)} s (${formatMegabytes((await stat(database)).size)})`);
  return database;
}

/**
 * A copy of build/ whose data/telisik.duckdb is the given database: the app always loads
 * its data from its own origin, so another data set means another site folder. The sample's
 * CSVs in build/data are not fetched by the app and are left out of the copy.
 */
export async function prepareSite(paths: BenchPaths, name: string, database: string): Promise<string> {
  const site = join(paths.work, `site-${name}`);
  await rm(site, { recursive: true, force: true });
  const buildData = join(paths.build, 'data');
  const served = join(site, 'data', 'telisik.duckdb');
  await cp(paths.build, site, {
    recursive: true,
    filter: (source) => !(source.startsWith(buildData + sep) && (source.endsWith('.csv') || source.endsWith('.duckdb')))
  });
  // A hard link where the file system allows, not a copy: 1.26 GB written just before the
  // cold starts was still being flushed to disk during the first one (up to 4 s slower).
  await link(database, served).catch(() => copyFile(database, served));
  return site;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
