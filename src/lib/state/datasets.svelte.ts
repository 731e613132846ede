import { DatasetLibrary, type DatasetMeta } from '../storage/dataset-library';
import { ImportJob } from '../engine/import-client';
import { sha256Hex } from '../import/sha256';
import type { QualityReport } from '../import/quality-report';
import { headerSignature, type ColumnMapping, type MappingPreset } from '../import/manual';
import type { ReadOptions } from '../import/read';
import type { ImportProgress, ImportReply, ImportRequest } from '../../../workers/import-api';
import type { DbClient } from '../engine/db-client';
import { importText } from '../i18n/import-id';
import { planBatch } from '../import/inaproc/plan-batch';
import { BoundaryState, PROVINCES_SQL } from '../map/boundary-state.svelte';
import type { ProvinceRef } from '../map/boundary-file';
import { rowsOf } from '../engine/rows';
import { metaOf, nextSeq, pullOf } from './dataset-meta';
import { maxImportBytes, type ImportStatus, type Notice, type PendingMapping } from './import-status';

export type { ImportStatus, Notice, PendingMapping } from './import-status';

/**
 * The user's imported datasets: importing files (in a worker, cancellable), the preview
 * step for files that need a column mapping, keeping everything in the browser's private
 * storage, and putting it into the engine beside or instead of the sample.
 */
export class Datasets {
  list = $state.raw<DatasetMeta[]>([]);
  presets = $state.raw<MappingPreset[]>([]);
  sampleVisible = $state(true);
  importing = $state.raw<ImportStatus | null>(null);
  pending = $state.raw<PendingMapping | null>(null);
  lastReport = $state.raw<QualityReport | null>(null);
  notice = $state.raw<Notice | null>(null);
  /** Changes to the data under way (import, removal, sample shown or hidden): the app is busy. */
  changing = $state(0);
  /** Keep the imported files as they were (with personal data) beside the pseudonymised tables. */
  keepOriginals = $state(false);
  /** The secret of this browser's pseudonyms; one for this visit when there is no storage. */
  #pseudonymKey: Promise<Uint8Array> | undefined;
  #library: DatasetLibrary | undefined;
  #job: ImportJob | undefined;
  readonly #client: DbClient;
  readonly #onChange: () => Promise<void>;
  /** Province boundaries from a GeoJSON/TopoJSON file the user dropped: shapes for the map, not data. */
  readonly boundary = new BoundaryState(async () => rowsOf<ProvinceRef>(await this.#client.query(PROVINCES_SQL)));

  constructor(client: DbClient, onChange: () => Promise<void>) {
    this.#client = client;
    this.#onChange = onChange;
  }

  /** Open the storage and read what it holds; runs while the engine starts. */
  async openLibrary(): Promise<void> {
    void this.boundary.restore(); // never throws; the map switches when it is back
    try {
      this.#library ??= await DatasetLibrary.open();
    } catch {
      this.notice = { kind: 'error', text: importText.storageUnavailable };
      return;
    }
    const [settings, list, presets] = await Promise.all([this.#library.settings(), this.#library.list(), this.#library.presets()]);
    this.sampleVisible = settings.sampleVisible;
    this.keepOriginals = settings.keepOriginals ?? false;
    this.list = list;
    this.presets = presets;
  }

  /** Put every stored dataset into the engine: at start-up, and after a restart emptied it. */
  async reloadIntoEngine(): Promise<void> {
    if (!this.#library) return;
    // One ledger build for the whole list, not one per dataset.
    for (const meta of this.list) await this.#client.loadDataset(meta.id, await this.#library.tables(meta), pullOf(meta, this.list), false);
    if (this.list.length > 0) await this.#client.rebuildLedger();
    await this.#client.setSampleVisible(this.sampleVisible);
  }

  importFiles(files: readonly File[], replacing?: DatasetMeta): Promise<void> {
    return this.#changingWhile(() => this.#importBatch([...files], replacing));
  }

  cancel(): void {
    this.#job?.cancel();
  }

  /** Read the pending file again with other reading options (delimiter, header row, …). */
  rereadPending(read: ReadOptions): Promise<void> {
    const pending = this.pending;
    if (!pending) return Promise.resolve();
    return this.#changingWhile(async () => {
      const reply = await this.#run(pending.file, { read, presets: this.presets, lookups: this.#lookups(), pages: pending.pages });
      if (reply?.ok && reply.proposal) {
        this.pending = { ...pending, read, preview: reply.preview, mapping: reply.proposal.mapping, preset: reply.proposal.preset };
      }
    });
  }

  /** Import the pending file with the mapping the user confirmed (and keep it as a preset). */
  confirmPending(mapping: ColumnMapping, presetName: string | null): Promise<void> {
    const pending = this.pending;
    if (!pending) return Promise.resolve();
    return this.#changingWhile(async () => {
      const reply = await this.#run(pending.file, { read: pending.read, mapping, lookups: this.#lookups(), pages: pending.pages });
      if (!reply?.ok) return;
      this.pending = null;
      if (presetName && this.#library) {
        const preset = { name: presetName, signature: headerSignature(reply.preview.columns), mapping, read: pending.read };
        this.presets = await this.#library.savePreset(preset);
      }
      await this.#keep(pending.file, reply, pending.replacing);
      await this.#importBatch(pending.rest, undefined);
    });
  }

  discardPending(): void {
    this.pending = null;
  }

  remove(meta: DatasetMeta): Promise<void> {
    return this.#changingWhile(async () => {
      await this.#client.dropDataset(meta.id);
      await this.#library?.remove(meta.id);
      this.list = this.list.filter((m) => m.id !== meta.id);
      await this.#onChange();
    });
  }

  setSampleVisible(visible: boolean): Promise<void> {
    return this.#changingWhile(async () => {
      await this.#client.setSampleVisible(visible);
      this.sampleVisible = visible;
      await this.#library?.saveSettings({ sampleVisible: visible, keepOriginals: this.keepOriginals });
      await this.#onChange();
    });
  }

  /**
   * Whether later imports keep their file as it was. Turning it off also deletes the files
   * kept so far: only the pseudonymised tables stay.
   */
  async setKeepOriginals(keep: boolean): Promise<void> {
    this.keepOriginals = keep;
    try {
      await this.#library?.saveSettings({ sampleVisible: this.sampleVisible, keepOriginals: keep });
      if (!keep) await this.#library?.dropOriginals(this.list);
    } catch (error) {
      this.notice = { kind: 'error', text: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The secret of this browser's pseudonyms (made on first use, kept with the datasets). */
  #key(): Promise<Uint8Array> {
    this.#pseudonymKey ??= (this.#library?.pseudonymKey() ?? Promise.reject(new Error('no storage'))).catch(() =>
      crypto.getRandomValues(new Uint8Array(32))
    );
    return this.#pseudonymKey;
  }

  /** What the stored datasets teach a new import (an e-katalog v5 file names no pemda). */
  #lookups() {
    return this.list.flatMap((meta) => (meta.lookups ? [meta.lookups] : []));
  }

  /** Counted from the first synchronous step, so the app reports busy before any await. */
  async #changingWhile(change: () => Promise<void>): Promise<void> {
    this.changing++;
    try {
      await change();
    } catch (error) {
      this.notice = { kind: 'error', text: error instanceof Error ? error.message : String(error) };
    } finally {
      this.changing--;
    }
  }

  async #importBatch(files: File[], replacing: DatasetMeta | undefined): Promise<void> {
    // A boundary file gives the province map its shapes; it is no dataset, so the import never sees it.
    const boundaries = await this.boundary.takeFrom(files);
    if (boundaries.notice) this.notice = { kind: 'info', text: boundaries.notice };
    files = boundaries.rest;
    // The cursor pages of one INAPROC pull are one import (one dataset, one pull).
    const { units, notices } = await planBatch(files);
    for (const [index, { file, pages }] of units.entries()) {
      const reply = await this.#run(file, { presets: this.presets, lookups: this.#lookups(), pages });
      if (!reply) continue;
      if (!reply.ok) {
        if (reply.code === 'cancelled') return;
        continue;
      }
      if (reply.proposal && Object.keys(reply.tables).length === 0) {
        const { mapping, preset } = reply.proposal;
        // What is left is planned again after the mapping step: joined pages as their page files.
        const rest = units.slice(index + 1).flatMap((u) => u.parts ?? [u.file]);
        this.pending = { file, pages, preview: reply.preview, mapping, preset, replacing, rest };
        this.notice = { kind: 'info', text: importText.needsMapping(file.name, preset) };
        return;
      }
      await this.#keep(file, reply, replacing);
    }
    if (notices.length > 0 && this.notice === null) this.notice = { kind: 'info', text: notices.join(' ') };
  }

  /**
   * Run one file through the import worker; null when it was refused before reading (too
   * large, or already imported). Failures and cancels become the notice.
   */
  async #run(file: File, request: ImportRequest): Promise<ImportReply | null> {
    this.notice = null;
    if (file.size > maxImportBytes()) {
      this.notice = { kind: 'error', text: importText.tooLarge(file.name, file.size, maxImportBytes()) };
      return null;
    }
    this.importing = { fileName: file.name, phase: 'read' };
    // The job exists from the moment the cancel button shows: a cancel while the file is
    // still read and hashed here must stop it too (it was lost before the worker started).
    const job = new ImportJob();
    this.#job = job;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sha256 = await sha256Hex(bytes);
      // Cancelled meanwhile: no duplicate notice, the cancel's own (job.run answers it at once).
      const duplicate = job.cancelled ? undefined : this.list.find((m) => m.sha256 === sha256);
      if (duplicate) {
        this.notice = { kind: 'info', text: importText.alreadyImported(file.name, duplicate) };
        return null;
      }
      request = { ...request, pseudonymKey: await this.#key() };
      // Progress messages can arrive after the reply (Comlink delivers them separately): a
      // late one must not bring the finished import's progress bar back.
      const progress = (p: ImportProgress) => {
        if (this.#job === job) this.importing = { fileName: file.name, phase: p.phase, fraction: p.fraction };
      };
      const reply = await job.run(bytes, file.name, request, progress);
      if (!reply.ok) this.notice = { kind: reply.code === 'cancelled' ? 'info' : 'error', text: `${file.name}: ${reply.message}` };
      else this.lastReport = reply.report;
      return reply;
    } finally {
      this.importing = null;
      this.#job = undefined;
    }
  }

  async #keep(file: File, reply: Extract<ImportReply, { ok: true }>, replacing: DatasetMeta | undefined): Promise<void> {
    if (Object.keys(reply.tables).length === 0) {
      // A recognised INAPROC file without rows (swakelola, program master, …) says what it is.
      const why = reply.report.messages.find((m) => m.code === 'inaproc-tanpa-baris');
      this.notice = why
        ? { kind: 'info', text: `${file.name}: ${why.message}` }
        : { kind: 'error', text: importText.nothingLoaded(file.name) };
      return;
    }
    const { tables } = reply;
    const meta = metaOf(file, reply, nextSeq(this.list));
    try {
      this.importing = { fileName: file.name, phase: 'save' };
      // Saved before the engine gets the tables: loading transfers (and so empties) the bytes.
      await this.#library?.save(meta, this.keepOriginals ? file : null, tables);
      this.importing = { fileName: file.name, phase: 'load' };
      if (replacing) await this.remove(replacing);
      try {
        await this.#client.loadDataset(meta.id, tables, pullOf(meta, this.list));
      } catch (error) {
        // The engine took it out again; the storage must not bring it back after a reload.
        await this.#library?.remove(meta.id);
        throw error;
      }
    } finally {
      this.importing = null;
    }
    this.list = [...this.list, meta];
    // The first real data should not be silently mixed with the synthetic sample.
    if (this.list.length === 1 && this.sampleVisible) {
      // Said first, so a notice about a file chosen meanwhile is not overwritten afterwards.
      this.notice = { kind: 'info', text: importText.sampleHidden };
      await this.setSampleVisible(false);
      return;
    }
    await this.#onChange();
  }
}
