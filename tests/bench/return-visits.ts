import { chromium, type CDPSession } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIET_CHROMIUM_ARGS, VIEWPORT, chromiumExecutable } from '../chromium';
import { inPage, pageSource } from './in-page.ts';
import { armReadyProbe, databaseStorage, probeOutcome, startupMarks } from './probe.ts';
import { profileRenderersResident } from './tab-memory.ts';
import type { ColdStart } from './measure.ts';

/** V8 writes a wasm module's code cache a couple of seconds after its last tier-up: the most a priming visit waits for it. */
const CACHE_WRITE_TIMEOUT_MS = 60_000;
/** Visits before the measured ones: the HTTP cache's copy is cached after the first, the offline worker's after the second. */
const PRIMING_VISITS = 2;
const TIMEOUT_MS = 180_000;

export interface ReturnVisits {
  runs: ColdStart[];
  /** Measured visits whose engine came from Chromium's compiled-wasm cache (trace event wasm.Deserialize). */
  fromCodeCache: number;
  /** A second tab opened while the first is still open, one at a time. */
  otherTabs: ColdStart[];
  /** Resident memory of the two tabs' processes after the last of those, largest first (bytes). */
  twoTabsBytes: number[];
}

/**
 * A user who comes back: a persistent browser profile (a Playwright context is off the record,
 * where Chromium keeps no compiled code), visited PRIMING_VISITS times, each left open until
 * V8 has written the engine's code cache (trace event wasm.SerializeModule), then visited
 * `runs` times. Tells how many of those starts took the engine's compiled
 * code from the cache instead of compiling it. Then, `runs` times, a second tab of the same
 * site opened and started while the first stays open (both read the kept database file).
 */
export async function measureReturnVisits(url: string, runs: number, progress: (line: string) => void): Promise<ReturnVisits> {
  const profile = await mkdtemp(join(tmpdir(), 'telisik-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable, args: QUIET_CHROMIUM_ARGS, viewport: VIEWPORT });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: pageSource(armReadyProbe, { expectedView: '', from: 'navigation', timeoutMs: TIMEOUT_MS }) });
    const visit = async (tab = page): Promise<ColdStart> => {
      const began = performance.now();
      await tab.goto(url, { waitUntil: 'commit' });
      const result = await inPage(tab, probeOutcome, undefined);
      const wallMs = performance.now() - began;
      return { ms: result.ms, wallMs, steps: await inPage(tab, startupMarks, undefined), storage: await inPage(tab, databaseStorage, undefined) };
    };
    const cdp = await context.newCDPSession(page);
    for (let i = 0; i < PRIMING_VISITS; i++) {
      let written = await counting(cdp, 'wasm.SerializeModule');
      await visit();
      // Traced in short windows until the write is seen (or the time is up: the count below then tells).
      const until = performance.now() + CACHE_WRITE_TIMEOUT_MS;
      while ((await written()) === 0 && performance.now() < until) written = await counting(cdp, 'wasm.SerializeModule');
    }
    const measured: ColdStart[] = [];
    let fromCodeCache = 0;
    for (let i = 0; i < runs; i++) {
      // Traced visit by visit: a visit counts once, whatever else another one read.
      const deserialized = await counting(cdp, 'wasm.Deserialize');
      measured.push(await visit());
      const cached = (await deserialized()) > 0;
      if (cached) fromCodeCache++;
      progress(`return visit ${i + 1}/${runs}: ${(measured.at(-1)!.ms / 1000).toFixed(2)} s${cached ? ', engine from the code cache' : ', engine compiled'}`);
    }
    const otherTabs: ColdStart[] = [];
    let twoTabsBytes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const tab = await context.newPage();
      await tab.addInitScript({ content: pageSource(armReadyProbe, { expectedView: '', from: 'navigation', timeoutMs: TIMEOUT_MS }) });
      otherTabs.push(await visit(tab));
      if (i === runs - 1) twoTabsBytes = (await profileRenderersResident(profile)).slice(0, 2);
      await tab.close();
      progress(`second tab ${i + 1}/${runs} (the first open): ${(otherTabs.at(-1)!.ms / 1000).toFixed(2)} s, file ${otherTabs.at(-1)!.storage}`);
    }
    return { runs: measured, fromCodeCache, otherTabs, twoTabsBytes };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Traces V8's wasm events until the returned function is called, which gives how many `name` events there were. */
async function counting(cdp: CDPSession, name: string): Promise<() => Promise<number>> {
  let count = 0;
  const collect = (event: { value: object[] }) => {
    count += (event.value as { name?: string }[]).filter((entry) => entry.name === name).length;
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'v8.wasm,disabled-by-default-v8.wasm.detailed', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return count;
  };
}
