import type { QualityReport } from '../import/quality-report';
import type { MappingPreset } from '../import/manual';
import type { StoredLookups } from '../import/lookups';

/** What the dataset list shows, and what it takes to bring a dataset back after a reload. */
export interface DatasetMeta {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  importedAt: string;
  /**
   * When the data was pulled from LKPP: the date the data states (ISB `_event_date`), else
   * the file's modification time (a download's time), else the import time. Of two pulls of one dataset kind for one pemda-year, the later
   * counts; the earlier stays as a snapshot. Missing in datasets stored before the ledger.
   */
  pulledAt?: string;
  /** Import order, unique and increasing (absent before the ledger: the list order stands in). */
  seq?: number;
  /** Rows read from the file. */
  rows: number;
  /** The ISB dataset recognised, if any. */
  dataset: { id: string; name: string } | null;
  /** Canonical tables stored for it. */
  tables: string[];
  report: QualityReport;
  /** What the file teaches later imports (satker codes, pemda names, catalogue types). */
  lookups?: StoredLookups;
}

export interface LibrarySettings {
  sampleVisible: boolean;
  /** Keep each imported file as it was (with its personal data) beside its tables; off by default. */
  keepOriginals?: boolean;
}

const ROOT = 'telisik';
const META = 'meta.json';
const KEY_FILE = 'kunci-samaran.bin';
const KEY_BYTES = 32;

/**
 * The user's imported files and tables in the browser's origin-private file system (OPFS):
 * nothing leaves the machine, and everything comes back after a reload or a crash. Each
 * dataset is a folder with the original file, its canonical tables as Arrow IPC, and
 * meta.json, written last, so a dataset interrupted while saving is never listed.
 */
export class DatasetLibrary {
  readonly #root: FileSystemDirectoryHandle;

  private constructor(root: FileSystemDirectoryHandle) {
    this.#root = root;
  }

  static async open(): Promise<DatasetLibrary> {
    const origin = await navigator.storage.getDirectory();
    return new DatasetLibrary(await origin.getDirectoryHandle(ROOT, { create: true }));
  }

  async list(): Promise<DatasetMeta[]> {
    const metas: DatasetMeta[] = [];
    const datasets = await this.#datasetsDir();
    for await (const [name, handle] of datasets.entries()) {
      if (handle.kind !== 'directory') continue;
      const meta = await readJson<DatasetMeta>(handle as FileSystemDirectoryHandle, META);
      if (meta && meta.id === name) metas.push(meta);
    }
    return metas.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }

  /** `original` is the file as chosen; null when the user keeps only the (pseudonymised) tables. */
  async save(meta: DatasetMeta, original: Blob | null, tables: Record<string, Uint8Array>): Promise<void> {
    // Ask the browser not to evict the user's data under storage pressure (asked here, at
    // the first save, rather than at start-up where it would only delay the dashboard).
    await navigator.storage.persist?.().catch(() => false);
    const datasets = await this.#datasetsDir();
    await datasets.removeEntry(meta.id, { recursive: true }).catch(() => {});
    const dir = await datasets.getDirectoryHandle(meta.id, { create: true });
    if (original) await writeFile(dir, 'original', original);
    for (const [table, bytes] of Object.entries(tables)) await writeFile(dir, `${table}.arrow`, bytes);
    await writeFile(dir, META, JSON.stringify(meta));
  }

  async tables(meta: DatasetMeta): Promise<Record<string, Uint8Array>> {
    const dir = await (await this.#datasetsDir()).getDirectoryHandle(meta.id);
    const entries = await Promise.all(
      meta.tables.map(async (table) => {
        const file = await (await dir.getFileHandle(`${table}.arrow`)).getFile();
        return [table, new Uint8Array(await file.arrayBuffer())] as const;
      })
    );
    return Object.fromEntries(entries);
  }

  /** The file as imported, when the user chose to keep it; null otherwise. */
  async original(meta: DatasetMeta): Promise<File | null> {
    try {
      const dir = await (await this.#datasetsDir()).getDirectoryHandle(meta.id);
      return await (await dir.getFileHandle('original')).getFile();
    } catch {
      return null;
    }
  }

  /** Delete the kept files of these datasets (their tables stay). */
  async dropOriginals(metas: readonly DatasetMeta[]): Promise<void> {
    const datasets = await this.#datasetsDir();
    for (const meta of metas) {
      const dir = await datasets.getDirectoryHandle(meta.id).catch(() => null);
      await dir?.removeEntry('original').catch(() => {});
    }
  }

  /**
   * This browser's secret for the pseudonyms of NIK and NPWP, made on first use and kept with
   * the datasets (same lifetime: clearing the site's data forgets both). Never leaves the browser.
   */
  async pseudonymKey(): Promise<Uint8Array> {
    try {
      const file = await (await this.#root.getFileHandle(KEY_FILE)).getFile();
      const key = new Uint8Array(await file.arrayBuffer());
      if (key.length === KEY_BYTES) return key;
    } catch {
      // not made yet
    }
    const key = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
    await writeFile(this.#root, KEY_FILE, key);
    return key;
  }

  async remove(id: string): Promise<void> {
    await (await this.#datasetsDir()).removeEntry(id, { recursive: true });
  }

  async settings(): Promise<LibrarySettings> {
    return (await readJson<LibrarySettings>(this.#root, 'settings.json')) ?? { sampleVisible: true };
  }

  async saveSettings(settings: LibrarySettings): Promise<void> {
    await writeFile(this.#root, 'settings.json', JSON.stringify(settings));
  }

  async presets(): Promise<MappingPreset[]> {
    return (await readJson<MappingPreset[]>(this.#root, 'presets.json')) ?? [];
  }

  /** Keep one preset per header signature: the newest mapping of those headers wins. */
  async savePreset(preset: MappingPreset): Promise<MappingPreset[]> {
    const presets = [...(await this.presets()).filter((p) => p.signature !== preset.signature), preset];
    await writeFile(this.#root, 'presets.json', JSON.stringify(presets));
    return presets;
  }

  #datasetsDir(): Promise<FileSystemDirectoryHandle> {
    return this.#root.getDirectoryHandle('datasets', { create: true });
  }
}

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Blob | Uint8Array | string): Promise<void> {
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  await writable.write(data as FileSystemWriteChunkType);
  await writable.close();
}

async function readJson<T>(dir: FileSystemDirectoryHandle, name: string): Promise<T | null> {
  try {
    const file = await (await dir.getFileHandle(name)).getFile();
    return JSON.parse(await file.text()) as T;
  } catch {
    return null;
  }
}
