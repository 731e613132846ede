import { mapText } from '../i18n/map-id';
import type { ProvinceFeature, ProvinceRef } from './boundary-file';
import { PROVINCE_TILES } from './province-tiles';

/** The provinces a boundary file is matched against, from the database's reference table. */
export const PROVINCES_SQL = "SELECT kode_wilayah AS kode, nama FROM wilayah WHERE jenis = 'provinsi'";

/** A boundary file the user loaded, matched to provinces: what the map draws and what is kept. */
export interface LoadedBoundary {
  fileName: string;
  loadedAt: string;
  features: ProvinceFeature[];
  unmatched: string[];
  /** Province codes without a shape. */
  missing: string[];
}

// Beside the dataset library (src/lib/storage/dataset-library.ts), in the same folder.
const STORE_DIR = 'telisik';
const STORE_FILE = 'batas-wilayah.json';

async function storeDir(): Promise<FileSystemDirectoryHandle | null> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return null;
  const origin = await navigator.storage.getDirectory();
  return origin.getDirectoryHandle(STORE_DIR, { create: true });
}

/** A stored boundary read back, or null when the file is not one this code wrote. */
export function parseStoredBoundary(text: string): LoadedBoundary | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const stored = json as Partial<LoadedBoundary> | null;
  const shapely = (f: ProvinceFeature) => typeof f?.properties?.kode === 'string' && ['Polygon', 'MultiPolygon'].includes(f?.geometry?.type);
  if (typeof stored?.fileName !== 'string' || typeof stored.loadedAt !== 'string' || !Array.isArray(stored.features)) return null;
  if (!stored.features.every(shapely) || !Array.isArray(stored.unmatched) || !Array.isArray(stored.missing)) return null;
  return stored as LoadedBoundary;
}

/**
 * The province boundaries the user loaded from a GeoJSON or TopoJSON file (none ship with
 * the app, for licence reasons). Kept in the browser's origin-private file system so the
 * map survives a reload; without that storage it lives until the tab closes.
 */
export class BoundaryState {
  current = $state.raw<LoadedBoundary | null>(null);
  readonly #provinces: () => Promise<readonly ProvinceRef[]>;

  /** `provinces` is asked only when a boundary file arrives (it queries the engine). */
  constructor(provinces: () => Promise<readonly ProvinceRef[]>) {
    this.#provinces = provinces;
  }

  /**
   * Take the boundary files out of a batch of dropped files (JSON under 50 MB that reads as
   * GeoJSON/TopoJSON); the rest go to the import. The last file's notice is kept.
   */
  async takeFrom(files: readonly File[]): Promise<{ rest: File[]; notice: string | null }> {
    const rest: File[] = [];
    let notice: string | null = null;
    for (const file of files) {
      const candidate = /\.(json|geojson|topojson)$/i.test(file.name) && file.size < 50 * 1024 * 1024;
      const said = candidate ? await this.load(file) : null;
      if (said === null) rest.push(file);
      else notice = said;
    }
    return { rest, notice };
  }

  /**
   * Take `file` as the map's boundaries when it is a boundary file, and say so in one
   * sentence; null when it is not one, so the caller imports it as data.
   */
  async load(file: File): Promise<string | null> {
    // The reader (TopoJSON, name matching) loads only when a JSON file arrives: not at start-up.
    const { HEAD_BYTES, looksLikeBoundary, matchProvinces, recogniseBoundary } = await import('./boundary-file');
    if (!looksLikeBoundary(await file.slice(0, HEAD_BYTES).text())) return null;
    const boundary = recogniseBoundary(await file.text());
    if (!boundary) return null;
    const provinces = await this.#provinceList();
    const { features, unmatched, missing } = matchProvinces(boundary, provinces);
    if (features.length === 0) return mapText.boundaryNoMatch(file.name);
    const loaded: LoadedBoundary = { fileName: file.name, loadedAt: new Date().toISOString(), features, unmatched, missing };
    this.current = loaded;
    await this.#write(JSON.stringify(loaded));
    const nameOf = (kode: string) => provinces.find((p) => p.kode === kode)?.nama ?? kode;
    return mapText.boundaryNotice(file.name, features.length, provinces.length, unmatched, missing.map(nameOf));
  }

  /** Back to the tile map, here and after a reload. */
  async clear(): Promise<void> {
    this.current = null;
    try {
      await (await storeDir())?.removeEntry(STORE_FILE);
    } catch {
      // Nothing stored, or no storage: nothing to remove.
    }
  }

  /** Bring back the boundary kept by an earlier visit; silent when there is none. */
  async restore(): Promise<void> {
    try {
      const dir = await storeDir();
      if (!dir) return;
      const text = await (await (await dir.getFileHandle(STORE_FILE)).getFile()).text();
      const stored = parseStoredBoundary(text);
      // A file dropped while this was reading is newer than what was stored.
      if (stored && this.current === null) this.current = stored;
    } catch {
      // No stored boundary (NotFoundError) or no storage: the tile map is shown.
    }
  }

  /** The database's provinces; the built-in list of 38 when the engine cannot answer. */
  async #provinceList(): Promise<readonly ProvinceRef[]> {
    try {
      const provinces = await this.#provinces();
      if (provinces.length > 0) return provinces;
    } catch {
      // The engine is starting or restarting: the names below are the same Kemendagri names.
    }
    return PROVINCE_TILES.map(({ kode, nama }) => ({ kode, nama }));
  }

  async #write(text: string): Promise<void> {
    try {
      const dir = await storeDir();
      if (!dir) return;
      const writable = await (await dir.getFileHandle(STORE_FILE, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    } catch {
      // Storage refused (quota, or no createWritable in this browser): the map stays for this visit.
    }
  }
}
