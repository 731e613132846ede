import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { EngineError, EngineInfo, StartProgress } from '../../../workers/db-api';
import { DbClient } from '../engine/db-client';
import { shippedAggregateNames } from '../query/aggregate/first-round';
import { Priority, QueryCoordinator } from '../engine/coordinator';
import { ENGINE_RESET, QUERY_CANCELLED, QUERY_TIMEOUT, QueryError } from '../engine/query-error';
import { engineText } from '../i18n/engine-id';
import { rowsOf } from '../engine/rows';
import type { Target } from '../metrics/targets';
import { TARGETS_QUERY } from '../query/target-query';
import { OPTIONS_QUERY, type OptionRow } from '../query/options-query';
import { validDay } from '../query/filters';
import { ViewQuery } from './view-query.svelte';
import { OffscreenPolicy, until } from './offscreen.svelte';
import type { Question } from '../engine/question';
import { Datasets } from './datasets.svelte';
import { KategoriRulesState } from '../kategori/kategori-rules.svelte';
import { TargetBook } from '../targets/target-book.svelte';
import type { KategoriRule } from '../kategori/types';
import { id } from '../i18n/id';
import { markStartup, type StartupStep } from './startup-marks';

export type EnginePhase = 'loading' | 'ready' | 'error';

/**
 * The app's connection to its data: the worker client, the query coordinator, start-up
 * progress, the reference data every view needs (targets, years) and the views on screen.
 */
export class Workbench {
  phase = $state<EnginePhase>('loading');
  progress = $state.raw<StartProgress | null>(null);
  startError = $state.raw<QueryError | null>(null);
  notice = $state<string | null>(null);
  pending = $state(0);
  info = $state.raw<EngineInfo | null>(null);
  /** The seeded targets overlaid by the user's edits (kept in localStorage). */
  readonly targetBook = new TargetBook();
  /** The targets in force: what resolveTarget sees. */
  get targets(): Target[] {
    return this.targetBook.effective;
  }
  /** Every option of every filter dimension, with its label (src/lib/query/options-query.ts). */
  options = $state.raw<OptionRow[]>([]);
  /** The latest fiscal year in the data; 0 when there is none. */
  latestYear = $state(0);
  /** The latest transaction date in the data (YYYY-MM-DD): the default as-of date; null when none. */
  latestDate = $state<string | null>(null);
  /** Bumped when the data changed or the engine restarted, so every view asks again. */
  generation = $state(0);
  /** The data as pulled on this day (YYYY-MM-DD), or every pull (null); kept in the browser. */
  pulledBy = $state<string | null>(storedPulledBy());
  /** True while a fresh worker is starting; views wait for it, the page stays. */
  restarting = $state(false);
  /** Statements the engine is computing now (the cancel button shows while there are). */
  running = $state(0);
  readonly #views = new SvelteSet<ViewQuery>();
  /** Whether views off screen are asked and drawn too. */
  readonly offscreen = new OffscreenPolicy();

  readonly client: DbClient;
  readonly coordinator: QueryCoordinator;
  readonly datasets: Datasets;
  /** The user's category rules (kept in localStorage); the engine applies them in the ledger. */
  readonly kategoriRules = new KategoriRulesState();

  /** `base`: the site's base path; the sample database and the engine's worker script are under it. */
  constructor(base: string) {
    this.client = new DbClient({
      databaseUrl: `${base}/data/telisik.duckdb`,
      engineWorkerUrl: `${base}/duckdb-worker.js`,
      shippedAggregates: shippedAggregateNames(),
      onProgress: (p) => (this.progress = p),
      onRestart: (reason) => this.#afterRestart(reason),
      onRunningChange: (running) => (this.running = running)
    });
    // Two batches at a time: the engine runs them one after another, and the second (the
    // table's page) waits in the worker instead of in the page, so the engine computes it
    // while the page draws the charts' answers (with one, the engine sat idle meanwhile).
    // A third lane (background work) still waits in the page, where a click can drop it.
    this.coordinator = new QueryCoordinator(this.client, { concurrency: 2 });
    this.coordinator.onPendingChange((n) => (this.pending = n));
    this.datasets = new Datasets(this.client, () => this.dataChanged());
  }

  /** The data behind the views changed (import, removal, sample shown or hidden). */
  async dataChanged(): Promise<void> {
    this.coordinator.clearCache();
    await this.#loadReference();
    this.generation++;
  }

  /** True when every registered view shows the answer to its latest question. */
  get allSettled(): boolean {
    for (const view of this.#views) if (!view.settled) return false;
    return true;
  }

  /**
   * Runs `work` once every view of the page, off screen ones included, shows the answer to
   * its latest question (an evidence pack pictures every chart card of the page).
   */
  withEveryViewCurrent<T>(work: () => Promise<T>): Promise<T> {
    return this.offscreen.whileEager(async () => {
      // What html[data-state] calls ready, or an engine that stopped: then nothing is pictured.
      await until(() => this.phase !== 'ready' || (!this.restarting && this.datasets.changing === 0 && this.pending === 0 && this.allSettled));
      if (this.phase !== 'ready') throw new Error(engineText.pageNotCurrent);
      return work();
    });
  }

  /** The distinct SQL of every view on screen (for the benchmark's direct-engine baseline). */
  viewSql(): string[] {
    return [...new Set([...this.#views].map((view) => view.sql))];
  }

  get anyViewFailed(): boolean {
    for (const view of this.#views) if (view.error && view.resultSql === view.sql) return true;
    return false;
  }

  /**
   * A view of the calling component: it takes part in the app's readiness while the
   * component lives and asks its SQL again whenever that SQL or the engine changes.
   * Call during component initialisation.
   */
  view(key: string, questionOf: () => string | Question, priority: Priority = Priority.interactive): ViewQuery {
    const view = new ViewQuery(key, questionOf, () => this.coordinator, priority, () => this.offscreen.eager, () => this.generation);
    $effect(() => {
      this.#views.add(view);
      return () => this.#views.delete(view);
    });
    $effect(() => {
      if (this.phase !== 'ready') return;
      void this.generation;
      view.fetch();
    });
    return view;
  }

  async start(): Promise<void> {
    this.phase = 'loading';
    this.startError = null;
    try {
      // The browser's storage is read while the engine starts; then the datasets go in.
      const [info] = await Promise.all([this.client.start(), this.datasets.openLibrary()]);
      this.info = info;
      for (const [step, at] of Object.entries(info.steps)) markStartup(step as StartupStep, at);
      await this.#fillEngine();
      markStartup('filled');
      await this.#loadReference();
      this.phase = 'ready';
      markStartup('engine-ready');
    } catch (cause) {
      this.startError = cause instanceof QueryError ? cause : new QueryError({ name: 'Error', message: String(cause), fatal: true });
      this.phase = 'error';
    }
  }

  async #loadReference(): Promise<void> {
    const [targets, options, years, dates] = await Promise.all([
      this.client.query(TARGETS_QUERY),
      this.client.query(OPTIONS_QUERY),
      // The latest year in the data (realisation or budget), never the computer clock's.
      this.client.query(
        'SELECT CAST(max(tahun_anggaran) AS INTEGER) AS tahun FROM (SELECT tahun_anggaran FROM anggaran_pemda UNION ALL SELECT tahun_anggaran FROM fakta_realisasi)'
      ),
      this.client.query(`SELECT strftime(max(tanggal), '%Y-%m-%d') AS tanggal FROM fakta_realisasi`)
    ]);
    this.latestDate = rowsOf<{ tanggal: string | null }>(dates)[0]?.tanggal ?? null;
    this.options = rowsOf<OptionRow>(options);
    this.targetBook.seeded = rowsOf<Target>(targets).map((t) => ({ ...t, tahun_mulai: Number(t.tahun_mulai), tahun_akhir: t.tahun_akhir === null ? null : Number(t.tahun_akhir) }));
    // 0 when there is no data at all: views then show no year rather than a guessed one.
    this.latestYear = Number(rowsOf<{ tahun: number | null }>(years)[0]?.tahun ?? 0);
  }

  /** A fresh engine gets the user's category rules, then every stored dataset. */
  async #fillEngine(): Promise<void> {
    if (!this.kategoriRules.bawaan) await this.client.setKategoriRules(this.kategoriRules.rules);
    // The cutoff first, while the engine holds no dataset (cheap), so the one ledger build counts by it.
    if (this.pulledBy !== null) await this.client.setPulledBy(this.pulledBy);
    await this.datasets.reloadIntoEngine();
  }

  /** Count the data as it was pulled on `day` (null: the latest pulls); every view asks again. */
  async setPulledBy(day: string | null): Promise<void> {
    this.datasets.changing++;
    try {
      await this.client.setPulledBy(day);
      this.pulledBy = day;
      storePulledBy(day);
      await this.dataChanged();
    } catch (cause) {
      this.notice = cause instanceof Error ? cause.message : String(cause);
    } finally {
      this.datasets.changing--;
    }
  }

  /** The user changed the category rules: recount with them, then every view asks again. */
  async setKategoriRules(rules: KategoriRule[]): Promise<void> {
    this.datasets.changing++;
    try {
      await this.client.setKategoriRules(rules);
      await this.dataChanged();
    } catch (cause) {
      this.notice = cause instanceof Error ? cause.message : String(cause);
    } finally {
      this.datasets.changing--;
    }
  }

  /** The "reset engine" action: a fresh worker (memory released), same data, same filters. */
  async resetEngine(): Promise<void> {
    this.restarting = true;
    try {
      await this.client.restart({ name: ENGINE_RESET, message: id.engineReset, fatal: false });
    } catch (cause) {
      this.notice = `${id.engineFailed} ${cause instanceof Error ? cause.message : String(cause)}`;
    } finally {
      this.restarting = false;
    }
  }

  /** Stop what the engine is computing (the questions then say so, with "try again"). */
  cancelQueries(): Promise<void> {
    return this.client.cancel();
  }

  /** Ask the stopped questions again. */
  retryStopped(): void {
    this.client.forgetStopped();
    this.coordinator.clearCache();
    this.generation++;
  }

  /** Every restart ends here (a crash, a stopped question, the reset action): the data goes back in. */
  async #afterRestart(reason: EngineError): Promise<void> {
    // Views wait while the fresh engine gets its rules and datasets back.
    this.restarting = true;
    try {
      await this.#fillEngine();
    } finally {
      this.restarting = false;
    }
    this.notice = restartNotice(reason);
    await this.dataChanged();
  }
}

function restartNotice(reason: EngineError): string {
  switch (reason.name) {
    case ENGINE_RESET:
      return id.engineReset;
    case QUERY_TIMEOUT:
      return engineText.stoppedNotice;
    case QUERY_CANCELLED:
      return engineText.cancelledNotice;
    default:
      return `${id.engineRestarted} (${reason.message})`;
  }
}

const PULLED_BY_KEY = 'telisik.ditarik.v1';

function storedPulledBy(): string | null {
  try {
    return validDay(localStorage.getItem(PULLED_BY_KEY));
  } catch {
    return null;
  }
}

function storePulledBy(day: string | null): void {
  try {
    if (day === null) localStorage.removeItem(PULLED_BY_KEY);
    else localStorage.setItem(PULLED_BY_KEY, day);
  } catch {
    // Storage blocked: the choice holds for this visit.
  }
}

const KEY = Symbol('workbench');

export function provideWorkbench(workbench: Workbench): Workbench {
  return setContext(KEY, workbench);
}

/** The workbench of the enclosing page; throws when used outside one. */
export function useWorkbench(): Workbench {
  const workbench = getContext<Workbench | undefined>(KEY);
  if (!workbench) throw new Error('useWorkbench() dipanggil di luar halaman yang menyediakan Workbench.');
  return workbench;
}
