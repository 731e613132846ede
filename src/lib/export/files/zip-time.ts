/**
 * Zip entries carry a modification time. Export files take theirs from the export's time,
 * not from the clock, so building the same export twice gives the same bytes (an evidence
 * pack can then be rebuilt and compared byte for byte).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** Zip (DOS) times cannot go before 1980; fflate throws on earlier dates. */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * DOS times have no time zone and fflate fills them from the local clock fields of the Date
 * it is given. Building the Date from the UTC fields makes the entries hold the UTC wall-clock
 * time on every machine, so the bytes do not depend on where the export ran.
 */
export function zipTimeOf(exportedAt: string): Date {
  const parsed = Date.parse(exportedAt);
  const utc = new Date(Number.isFinite(parsed) ? Math.max(parsed, DOS_EPOCH) : DOS_EPOCH);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds()
  );
}

/** Already-compressed parts (PNG, a nested XLSX) gain nothing from DEFLATE: store them. */
export function levelFor(path: string): 0 | 6 {
  return /\.(png|xlsx|zip|jpe?g)$/i.test(path) ? 0 : 6;
}

/** Entries in the given order, each stamped with the same time. */
export function zipEntries(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const files: Zippable = {};
  for (const { path, bytes } of entries) files[path] = [bytes, { mtime, level: levelFor(path) }];
  return zipSync(files);
}

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** The entries of a zip, in their order in the archive. */
export function unzipEntries(bytes: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(bytes)).map(([path, data]) => ({ path, bytes: data }));
}

/**
 * Re-packs a zip (an XLSX from write-excel-file, which stamps its entries with the clock)
 * with fixed entry times, keeping the entries and their order.
 */
export function restampZip(bytes: Uint8Array, mtime: Date): Uint8Array {
  return zipEntries(unzipEntries(bytes), mtime);
}
