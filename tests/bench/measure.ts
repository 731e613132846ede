import type { Browser, BrowserContext, Page } from '@playwright/test';
import { freshContext } from './browser.ts';
import { tabResidentBytes } from './tab-memory.ts';
import { inPage, pageSource } from './in-page.ts';
import { armReadyProbe, barPoint, databaseStorage, directBaseline, engineIdle, engineMemory, journalMark, probeOutcome, provinceKeys, startupMarks, takeLongTasks, watchLongTasks, type ProbeResult } from './probe.ts';

const COLD_START_TIMEOUT_MS = 180_000;
const ROUND_TIMEOUT_MS = 60_000;

/** What a page did besides what we measured: surfaced in errors and in the report. */
interface PageWatch {
  /** Requests that left the site's origin: the app must make none (a data leak or a CDN). */
  outside: string[];
  errors: string[];
}

/**
 * Listens passively: routing every request through Playwright (as the e2e guard does)
 * would add its interception latency to each of the cold start's fetches.
 */
function watch(page: Page, siteUrl: string): PageWatch {
  const origin = new URL(siteUrl).origin;
  const seen: PageWatch = { outside: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) seen.outside.push(url);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  return seen;
}

function withPageErrors(cause: unknown, seen: PageWatch): Error {
  const message = cause instanceof Error ? cause.message : String(cause);
  const errors = seen.errors.length > 0 ? `\npage errors:\n  ${seen.errors.slice(0, 5).join('\n  ')}` : '';
  return new Error(`${message}${errors}`);
}

/** How many starts read the database file from where, e.g. "stored 3/3" or "memory 1/3, stored 2/3". */
export function storageTally(starts: ColdStart[]): string {
  const counts = new Map<string, number>();
  // The kind only: a reason the file was not kept is in the progress lines.
  for (const { storage } of starts) {
    const kind = storage.split(' ')[0]!;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([storage, count]) => `${storage} ${count}/${starts.length}`).join(', ');
}

export interface ColdStart {
  /** Navigation start → ready and drawn, from the page's own clock. */
  ms: number;
  /** The same seen from Node (page.goto → probe answered): includes Playwright overhead. */
  wallMs: number;
  /** The app's start-up marks (ms since navigation start): where the time went. */
  steps: Record<string, number>;
  /** Where the engine read the database file from (memory, stored, reused: EngineInfo.databaseStorage). */
  storage: string;
}

interface OpenApp {
  context: BrowserContext;
  page: Page;
  seen: PageWatch;
  startup: ColdStart;
}

/**
 * Loads the app in a brand-new context (empty HTTP cache, no storage: the first-visit case)
 * and waits until it is ready on the unfiltered view. The caller closes the context.
 */
async function openApp(browser: Browser, url: string): Promise<OpenApp> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const seen = watch(page, url);
    // Armed before any of the app's scripts run, so the clock starts at navigation start.
    await page.addInitScript({ content: pageSource(armReadyProbe, { expectedView: '', from: 'navigation', timeoutMs: COLD_START_TIMEOUT_MS }) });
    const began = performance.now();
    try {
      await page.goto(url, { waitUntil: 'commit' });
      const result: ProbeResult = await inPage(page, probeOutcome, undefined);
      const wallMs = performance.now() - began;
      const steps = await inPage(page, startupMarks, undefined);
      const storage = await inPage(page, databaseStorage, undefined);
      return { context, page, seen, startup: { ms: result.ms, wallMs, steps, storage } };
    } catch (cause) {
      throw withPageErrors(cause, seen);
    }
  } catch (cause) {
    await context.close();
    throw cause;
  }
}

/**
 * Cold starts, each in a new context, each followed by a second visit in the same context
 * (HTTP cache and storage kept, as for a user who comes back): how much caching saves.
 */
export async function measureColdStarts(
  browser: Browser,
  url: string,
  runs: number,
  progress: (line: string) => void
): Promise<{ runs: ColdStart[]; warm: ColdStart[]; outside: string[] }> {
  const all: ColdStart[] = [];
  const warm: ColdStart[] = [];
  const outside = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const { context, page, seen, startup: run } = await openApp(browser, url);
    try {
      all.push(run);
      warm.push(await revisit(page, url, seen));
    } finally {
      await context.close();
    }
    seen.outside.forEach((address) => outside.add(address));
    progress(`cold start ${i + 1}/${runs}: ${(run.ms / 1000).toFixed(2)} s (file ${run.storage}), second visit ${(warm.at(-1)!.ms / 1000).toFixed(2)} s (file ${warm.at(-1)!.storage})`);
  }
  return { runs: all, warm, outside: [...outside] };
}

/** A new navigation to the app in the same page; the init script arms the probe again. */
async function revisit(page: Page, url: string, seen: PageWatch): Promise<ColdStart> {
  const began = performance.now();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const result: ProbeResult = await inPage(page, probeOutcome, undefined);
    const wallMs = performance.now() - began;
    return { ms: result.ms, wallMs, steps: await inPage(page, startupMarks, undefined), storage: await inPage(page, databaseStorage, undefined) };
  } catch (cause) {
    throw withPageErrors(cause, seen);
  }
}

/**
 * Clicks the province bar of `key` with a real mouse event and returns the in-page times from
 * that click to ready on `expectedView`, and to the frame that shows it.
 */
async function timedBarClick(page: Page, key: string, expectedView: string): Promise<ProbeResult> {
  const point = await inPage(page, barPoint, key);
  if (point === null) throw new Error(`no clickable bar for province ${key} in [data-chart="provinsi"]`);
  await inPage(page, armReadyProbe, { expectedView, from: 'click', timeoutMs: ROUND_TIMEOUT_MS });
  await page.mouse.click(point.x, point.y);
  return await inPage(page, probeOutcome, undefined);
}

export interface RoundSample {
  province: string;
  /** Click a province not chosen before in this page → ready on provinsi=<code>. */
  selectMs: number;
  /** The same click → the first frame after ready rendered (ProbeResult.paintedMs). */
  selectPaintedMs: number;
  /** The longest main-thread task during the select round (0 when none passed 50 ms). */
  longestTaskMs: number;
  /** The worker's time for the round's statements while the round ran (aggregate builds included). */
  engineMs: number;
  /** The round's three slowest statements (first 80 characters) and their worker time. */
  slowest: string[];
  /** Engine-only time for the views' SQL on the canonical tables. */
  baseMs: number;
  /** Engine-only time for the statements the app runs (fast paths). */
  appMs: number;
  /** Native DuckDB (Node, one thread) for the views' SQL on the same file; filled in later. */
  nativeMs: number | null;
  statements: number;
  /** Click it again → ready on the unfiltered view (already in the coordinator's cache). */
  unselectMs: number;
}

function slowest(entries: readonly { sql: string; ms: number }[]): string[] {
  return [...entries]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((entry) => `${entry.ms.toFixed(0)} ms ${entry.sql.replace(/\s+/g, ' ').slice(0, 80)}`);
}

export interface RoundsResult {
  /** The first round, excluded from the statistics: it also pays one-off JIT and mounting. */
  warmup: RoundSample;
  rounds: RoundSample[];
  /** Main-thread JS heap after the rounds and a GC (CDP Performance.getMetrics); DuckDB's worker not included. */
  heap: { usedBytes: number; totalBytes: number } | null;
  /** DuckDB's own memory use in the worker after the rounds (buffer manager, aggregates included). */
  duckdbBytes: number | null;
  /** Resident memory of the tab's renderer process after the rounds (tab-memory.ts). */
  tabBytes: number | null;
  /** Where that tab's engine read the database file from (databaseStorage). */
  storage: string;
  /** Each round's canonical statements, for the native comparison (not written to results.json). */
  statementsByRound: string[][];
  /** Provinces drawn in the chart; rounds are capped by it (each round needs a fresh one). */
  provincesAvailable: number;
  outside: string[];
}

async function pageHeap(context: BrowserContext, page: Page): Promise<RoundsResult['heap']> {
  try {
    const cdp = await context.newCDPSession(page);
    // Collect first: what the page retains, not how much garbage happened to be pending.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value;
    const used = metric('JSHeapUsedSize');
    const total = metric('JSHeapTotalSize');
    await cdp.detach();
    return used === undefined || total === undefined ? null : { usedBytes: used, totalBytes: total };
  } catch {
    // Optional figure: a browser without this CDP domain just leaves it out.
    return null;
  }
}

/**
 * Cross-filter rounds in one page. Each round selects a province never clicked before in
 * this page: the app's coordinator caches answers by SQL, so repeating a province would
 * measure the cache. After each select the direct baseline runs the same view's SQL, then
 * the province is clicked again to return to the unfiltered view for the next round.
 */
export async function measureRounds(browser: Browser, url: string, wanted: number, progress: (line: string) => void): Promise<RoundsResult> {
  const { context, page, seen } = await openApp(browser, url);
  try {
    try {
      const keys = await inPage(page, provinceKeys, undefined);
      if (keys.length < 2) throw new Error(`the province chart shows ${keys.length} bar(s); at least 2 are needed`);
      const count = Math.min(wanted, keys.length - 1);
      if (count < wanted) progress(`only ${keys.length} provinces are drawn: ${count} rounds instead of ${wanted}`);

      const samples: RoundSample[] = [];
      const statementsByRound: string[][] = [];
      for (const key of keys.slice(0, count + 1)) {
        const mark = await inPage(page, journalMark, undefined);
        await inPage(page, watchLongTasks, undefined);
        await inPage(page, takeLongTasks, undefined);
        const { ms: selectMs, paintedMs: selectPaintedMs } = await timedBarClick(page, key, `provinsi=${key}`);
        const longTasks = await inPage(page, takeLongTasks, undefined);
        const direct = await inPage(page, directBaseline, mark);
        const unselectMs = (await timedBarClick(page, key, '')).ms;
        const engineMs = direct.inRound.reduce((total, entry) => total + entry.ms, 0);
        samples.push({ province: key, selectMs, selectPaintedMs, longestTaskMs: Math.max(0, ...longTasks), engineMs, baseMs: direct.baseMs, appMs: direct.appMs, nativeMs: null, statements: direct.statements.length, unselectMs, slowest: slowest(direct.inRound) });
        statementsByRound.push(direct.statements);
        // After the warm-up, the engine makes the in-memory copies the round wanted (once per
        // data change): the rounds measured are those of a user who clicks again after that.
        if (samples.length === 1) await inPage(page, engineIdle, undefined);
        const label = samples.length === 1 ? 'warm-up' : `round ${samples.length - 1}/${count}`;
        progress(
          `${label} provinsi=${key}: select ${selectMs.toFixed(0)} ms (painted ${selectPaintedMs.toFixed(0)} ms, longest task ${Math.max(0, ...longTasks).toFixed(0)} ms, ${direct.statements.length} statements, ${engineMs.toFixed(0)} ms in the worker), ` +
            `again direct ${direct.appMs.toFixed(0)} ms, canonical SQL ${direct.baseMs.toFixed(0)} ms, unselect ${unselectMs.toFixed(0)} ms`
        );
        progress(`    slowest: ${samples.at(-1)!.slowest.join(' | ')}`);
      }
      const [warmup, ...rounds] = samples;
      const memory = await inPage(page, engineMemory, undefined).catch(() => null);
      return {
        warmup: warmup!,
        rounds,
        heap: await pageHeap(context, page),
        duckdbBytes: memory?.duckdbBytes ?? null,
        tabBytes: await tabResidentBytes(browser),
        storage: await inPage(page, databaseStorage, undefined),
        statementsByRound: statementsByRound.slice(1),
        provincesAvailable: keys.length,
        outside: seen.outside
      };
    } catch (cause) {
      throw withPageErrors(cause, seen);
    }
  } finally {
    await context.close();
  }
}
