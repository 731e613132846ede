import { DatasetLibrary, type DatasetMeta } from '../storage/dataset-library';
import { ImportJob } from '../engine/import-client';
import { sha256Hex } from '../import/sha256';
import type { QualityReport } from '../import/quality-report';
import type { RawPreview } from '../../../workers/import-api';
import type { DbClient } from '../engine/db-client';
import { importText } from '../i18n/import-id';

export interface ImportStatus {
  fileName: string;
  phase: 'read' | 'encode' | 'save' | 'load';
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** The largest file we try to parse: beyond it the tab would run out of memory first. */
function maxImportBytes(): number {
  const heapLimit = (performance as Performance & { memory?: { jsHeapSizeLimit: number } }).memory?.jsHeapSizeLimit;
  // Parsing holds the text, the cells and the Arrow tables at once: several times the file.
  return heapLimit ? Math.floor(heapLimit / 8) : 512 * 1024 * 1024;
}

const datasetId = (sha256: string) => sha256.slice(0, 16);

/**
 * The user's imported datasets: importing files (in a worker, cancellable), keeping them in
 * the browser's private storage, putting them into the engine beside or instead of the
 * sample, and bringing them back after a reload or an engine restart.
 */
export class Datasets {
  list = $state.raw<DatasetMeta[]>([]);
  sampleVisible = $state(true);
  importing = $state.raw<ImportStatus | null>(null);
  lastReport = $state.raw<QualityReport | null>(null);
  lastPreview = $state.raw<RawPreview | null>(null);
  notice = $state.raw<Notice | null>(null);
  /** Changes to the data under way (import, removal, sample shown or hidden): the app is busy. */
  changing = $state(0);
  #library: DatasetLibrary | undefined;
  #job: ImportJob | undefined;
  readonly #client: DbClient;
  readonly #onChange: () => Promise<void>;

  constructor(client: DbClient, onChange: () => Promise<void>) {
    this.#client = client;
    this.#onChange = onChange;
  }

  /** Open the storage and put every saved dataset into the (fresh) engine. */
  async restore(): Promise<void> {
    try {
      this.#library ??= await DatasetLibrary.open();
    } catch {
      this.notice = { kind: 'error', text: importText.storageUnavailable };
      return;
    }
    const settings = await this.#library.settings();
    this.list = await this.#library.list();
    this.sampleVisible = settings.sampleVisible;
    await this.reloadIntoEngine();
  }

  /** After an engine restart: the engine is empty again, the library is not. */
  async reloadIntoEngine(): Promise<void> {
    if (!this.#library) return;
    for (const meta of this.list) await this.#client.loadDataset(meta.id, await this.#library.tables(meta));
    await this.#client.setSampleVisible(this.sampleVisible);
  }

  importFiles(files: readonly File[], replacing?: DatasetMeta): Promise<void> {
    return this.#changingWhile(async () => {
      for (const file of files) {
        const done = await this.#importOne(file, replacing);
        if (!done) break;
      }
    });
  }

  cancel(): void {
    this.#job?.cancel();
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
      await this.#library?.saveSettings({ sampleVisible: visible });
      await this.#onChange();
    });
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

  /** Import one file; false when the user cancelled (the rest of a batch is skipped too). */
  async #importOne(file: File, replacing: DatasetMeta | undefined): Promise<boolean> {
    this.notice = null;
    if (file.size > maxImportBytes()) {
      this.notice = { kind: 'error', text: importText.tooLarge(file.name, file.size, maxImportBytes()) };
      return true;
    }
    this.importing = { fileName: file.name, phase: 'read' };
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sha256 = await sha256Hex(bytes);
      const same = this.list.find((m) => m.sha256 === sha256);
      if (same) {
        this.notice = { kind: 'info', text: importText.alreadyImported(file.name, same) };
        return true;
      }
      this.#job = new ImportJob();
      const reply = await this.#job.run(bytes, file.name, undefined, (p) => (this.importing = { fileName: file.name, phase: p.phase }));
      if (!reply.ok) {
        this.notice = { kind: reply.code === 'cancelled' ? 'info' : 'error', text: `${file.name}: ${reply.message}` };
        return reply.code !== 'cancelled';
      }
      this.lastReport = reply.report;
      this.lastPreview = reply.preview;
      if (Object.keys(reply.tables).length === 0) {
        this.notice = { kind: 'error', text: importText.notRecognised(file.name) };
        return true;
      }
      await this.#store(file, reply.report, reply.tables, replacing);
      return true;
    } finally {
      this.importing = null;
      this.#job = undefined;
    }
  }

  async #store(file: File, report: QualityReport, tables: Record<string, Uint8Array>, replacing: DatasetMeta | undefined) {
    const meta: DatasetMeta = {
      id: datasetId(report.sha256),
      fileName: file.name,
      size: file.size,
      sha256: report.sha256,
      importedAt: report.importedAt,
      rows: report.rowsRead,
      dataset: report.dataset,
      tables: Object.keys(tables),
      report
    };
    this.importing = { fileName: file.name, phase: 'save' };
    // Saved before the engine gets the tables: loading transfers (and so empties) the bytes.
    await this.#library?.save(meta, file, tables);
    this.importing = { fileName: file.name, phase: 'load' };
    if (replacing) await this.remove(replacing);
    await this.#client.loadDataset(meta.id, tables);
    this.list = [...this.list, meta];
    // The first real data should not be silently mixed with the synthetic sample.
    if (this.list.length === 1 && this.sampleVisible) {
      await this.setSampleVisible(false);
      this.notice = { kind: 'info', text: importText.sampleHidden };
      return;
    }
    await this.#onChange();
  }
}
