/**
 * Code that runs inside the page. Every function here is sent as source text (in-page.ts),
 * so it must be self-contained: no imports, no module-level values, only its argument.
 *
 * Timing happens in the page with performance.now(), and the end of a measurement is seen
 * by a MutationObserver on the <html> attributes of the automation contract (data-state,
 * data-view), so neither Playwright's round trips nor polling intervals enter the figures.
 */

export interface ProbeOptions {
  /** The data-view the round must end on (the canonical filter query string). */
  expectedView: string;
  /**
   * 'navigation': the clock starts at the document's time origin (navigation start), for a
   * cold start. 'click': it starts at the next click event's timestamp, for a cross-filter
   * round (event.timeStamp is when the browser created the input event, so time the click
   * waited behind other work on the main thread counts, as it does for a user).
   */
  from: 'navigation' | 'click';
  timeoutMs: number;
}

export interface ProbeResult {
  /** readyAt − startedAt: what the benchmark reports. */
  ms: number;
  startedAt: number;
  readyAt: number;
  /**
   * paintedAt − startedAt: until the page's thread has rendered the frame that shows ready
   * (that frame when ready was set in its animation-frame callbacks, else the next one).
   * What the user sees, whether the app draws in an animation frame or in another task.
   */
  paintedMs: number;
}

interface ProbeWindow {
  __benchProbe?: Promise<ProbeResult>;
}

/**
 * Arms a probe that settles window.__benchProbe when the page is ready showing
 * `expectedView`. "Ready" must still hold two animation frames later: a click is a
 * navigation in the app (the URL holds the filters), and a brief ready between two steps of
 * it must not end the round early. The time recorded is the moment ready was first seen,
 * so that confirmation wait is not counted.
 */
export function armReadyProbe(options: ProbeOptions): void {
  const holder = window as unknown as ProbeWindow;
  holder.__benchProbe = new Promise<ProbeResult>((resolve, reject) => {
    let startedAt: number | undefined = options.from === 'navigation' ? 0 : undefined;
    let candidate: number | undefined;
    let settled = false;
    /**
     * Where the page is in its frames while the probe is armed: an animation-frame callback
     * registered before the app's marks each frame open, and a task it posts runs once that
     * frame's style, layout and paint are done, closing it and telling who waits.
     */
    const frames = { open: false, waiting: [] as ((at: number) => void)[] };
    const afterFrame = new MessageChannel();
    afterFrame.port1.onmessage = () => {
      frames.open = false;
      const at = performance.now();
      for (const told of frames.waiting.splice(0)) told(at);
    };
    const onFrame = () => {
      frames.open = true;
      afterFrame.port2.postMessage(null);
      if (!settled) requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);

    function matches(): boolean {
      const root = document.documentElement as HTMLElement | null;
      return root?.dataset.state === 'ready' && root.dataset.view === options.expectedView;
    }

    function describe(): string {
      const root = document.documentElement as HTMLElement | null;
      return `data-state=${String(root?.dataset.state)} data-view=${JSON.stringify(root?.dataset.view ?? null)}`;
    }

    function finish(outcome: ProbeResult | Error): void {
      settled = true;
      afterFrame.port1.close();
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('click', onClick, true);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    }

    function check(): void {
      if (startedAt === undefined) return;
      if ((document.documentElement as HTMLElement | null)?.dataset.state === 'error') {
        finish(new Error(`the app reported an error (${describe()})`));
        return;
      }
      if (!matches()) {
        candidate = undefined;
        return;
      }
      if (candidate !== undefined) return;
      const seenAt = performance.now();
      const since = startedAt;
      candidate = seenAt;
      let paintedAt: number | undefined;
      // Ready set inside a frame's animation-frame callbacks is shown by that frame; set in
      // any other task, by the next one.
      if (frames.open) frames.waiting.push((at) => (paintedAt = at));
      else requestAnimationFrame(() => frames.waiting.push((at) => (paintedAt = at)));
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          // A later mutation replaced or cleared this candidate: that one decides.
          if (candidate !== seenAt) return;
          if (matches()) finish({ ms: seenAt - since, startedAt: since, readyAt: seenAt, paintedMs: (paintedAt ?? performance.now()) - since });
          else candidate = undefined;
        })
      );
    }

    function onClick(event: Event): void {
      if (startedAt !== undefined) return;
      const now = performance.now();
      // Same clock as performance.now() in Chromium; fall back if a synthetic event has none.
      startedAt = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      check();
    }

    const observer = new MutationObserver(() => check());
    const timer = setTimeout(() => finish(new Error(`not ready with data-view=${JSON.stringify(options.expectedView)} after ${options.timeoutMs} ms (${describe()})`)), options.timeoutMs);
    // Observing the document (not <html>) also works when this runs as an init script,
    // before the <html> element exists.
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-view'] });
    if (options.from === 'click') document.addEventListener('click', onClick, true);
    check();
  });
  // The caller reads the promise later; until then a rejection must not count as unhandled.
  holder.__benchProbe.catch(() => undefined);
}

/** The armed probe's outcome (rejects with the probe's message on timeout or app error). */
export function probeOutcome(): Promise<ProbeResult> {
  const probe = (window as unknown as ProbeWindow).__benchProbe;
  return probe ?? Promise.reject(new Error('no probe armed'));
}

/** Province codes of the bars in the province chart, in the order they are drawn. */
export function provinceKeys(): string[] {
  const bars = document.querySelectorAll<SVGElement>('[data-chart="provinsi"] [data-key]');
  return [...new Set([...bars].map((bar) => bar.dataset.key ?? '').filter((key) => key !== ''))];
}

/**
 * A viewport point where a real click lands on the bar of `key`: the bar is scrolled into
 * view and a point is taken where hit-testing finds the bar itself (the target rule or a
 * label may cover the bar's centre). Null when no such point exists.
 */
export function barPoint(key: string): { x: number; y: number } | null {
  const bars = [...document.querySelectorAll<SVGElement>('[data-chart="provinsi"] [data-key]')].filter((bar) => bar.dataset.key === key);
  for (const bar of bars) {
    bar.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = bar.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    for (const fraction of [0.5, 0.25, 0.75, 0.1, 0.9]) {
      const x = box.left + box.width * fraction;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit !== null && (hit === bar || bar.contains(hit))) return { x, y };
    }
  }
  return null;
}

interface AppAutomation {
  engineIdle(): Promise<void>;
  viewSql(): string[];
  sentSince(from: number): { next: number; entries: { sql: string; ranSql: string; ms: number }[] };
  timeDirect(statements: string[]): Promise<number>;
  queryRows(sql: string): Promise<Record<string, unknown>[]>;
  engineInfo?(): { databaseStorage: string; databaseNotKept?: string } | null;
}

export interface DirectTimes {
  /** Worker time of each statement the round sent, as the app ran it (aggregate builds included). */
  inRound: { sql: string; ms: number }[];
  /** The round's statements as the app runs them, again, straight on the worker's DuckDB. */
  appMs: number;
  /** The round's canonical SQL (what "Lihat SQL" shows), straight on the worker's DuckDB. */
  baseMs: number;
  /** The round's canonical statements, for the native DuckDB run in Node. */
  statements: string[];
}

/** Where the journal of sent statements stands now: pass it to directBaseline after the round. */
export function journalMark(): number {
  const app = (window as unknown as { telisik?: AppAutomation }).telisik;
  if (app === undefined) throw new Error('window.telisik is missing (automation contract)');
  return app.sentSince(Number.MAX_SAFE_INTEGER).next;
}

/**
 * Engine-only baselines of a round: the statements the round sent (from the app's journal),
 * run one after another straight on the worker's DuckDB (no coordinator, cache or drawing),
 * once as the app runs them and once as written on the canonical tables.
 */
export async function directBaseline(from: number): Promise<DirectTimes> {
  const app = (window as unknown as { telisik?: AppAutomation }).telisik;
  if (app === undefined) throw new Error('window.telisik is missing (automation contract)');
  const { entries } = app.sentSince(from);
  const statements = entries.map((entry) => entry.sql);
  const appMs = await app.timeDirect(entries.map((entry) => entry.ranSql));
  const baseMs = await app.timeDirect(statements);
  return { inRound: entries.map((entry) => ({ sql: entry.sql, ms: entry.ms })), appMs, baseMs, statements };
}

interface LongTaskWindow {
  __benchLongTasks?: number[];
}

/**
 * Records the duration of every main-thread task longer than 50 ms (the browser's long
 * tasks) from now on: while one runs, a click or a key press waits.
 */
export function watchLongTasks(): void {
  const holder = window as unknown as LongTaskWindow;
  if (holder.__benchLongTasks) return;
  const durations: number[] = [];
  holder.__benchLongTasks = durations;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))).observe({ type: 'longtask' });
}

/** The long tasks seen since the last call, and forget them. */
export function takeLongTasks(): number[] {
  const durations = (window as unknown as LongTaskWindow).__benchLongTasks ?? [];
  return durations.splice(0, durations.length);
}

/** The start-up marks of the app (src/lib/state/startup-marks.ts), ms since navigation start. */
export function startupMarks(): Record<string, number> {
  const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('telisik:'));
  return Object.fromEntries(marks.map((mark) => [mark.name.slice('telisik:'.length), mark.startTime]));
}

/**
 * Memory the engine reports: DuckDB's buffer manager (bytes). The SQL repeats the app's
 * ENGINE_MEMORY_SQL because code sent to the page cannot import.
 */
export async function engineMemory(): Promise<{ duckdbBytes: number }> {
  const app = (window as unknown as { telisik?: AppAutomation }).telisik;
  if (app === undefined) throw new Error('window.telisik is missing (automation contract)');
  const [row] = await app.queryRows('SELECT CAST(sum(memory_usage_bytes) AS BIGINT) AS bytes FROM duckdb_memory()');
  return { duckdbBytes: Number(row?.bytes ?? 0) };
}

/** Where the engine read the database file from at its start (EngineInfo.databaseStorage). */
export async function databaseStorage(): Promise<string> {
  const app = (window as unknown as { telisik?: AppAutomation }).telisik;
  if (app === undefined) throw new Error('window.telisik is missing (automation contract)');
  // engineInfo() is newer than some builds the benchmark is run against (A/B with older commits).
  const info = app.engineInfo?.();
  return info ? `${info.databaseStorage}${info.databaseNotKept ? ` (${info.databaseNotKept})` : ''}` : 'unknown';
}

/** Until the engine has nothing queued, its in-memory copies of aggregates included. */
export async function engineIdle(): Promise<void> {
  const app = (window as unknown as { telisik?: AppAutomation }).telisik;
  if (app === undefined) throw new Error('window.telisik is missing (automation contract)');
  await app.engineIdle();
}
