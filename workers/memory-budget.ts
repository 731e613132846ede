/**
 * How big a database file this browser can take. A file read into memory is held in the
 * engine's WebAssembly memory (32-bit: at most 4 GiB) beside DuckDB-WASM's buffer pool, every
 * query's work and the pre-aggregated tables: past about half of that, a 10-million-row
 * round can exhaust it and crash the tab. A file kept in the browser's private file system
 * (workers/stored-database.ts) is not held in memory, but the limit stays the same for it:
 * its buffer pool and aggregates grow with it, and files over 2 GiB have not been measured.
 * Small devices get less: a quarter of what the browser reports (navigator.deviceMemory,
 * which Chromium caps at 8).
 */
const GIB = 1024 ** 3;

export function databaseBudget(deviceMemoryGib: number | undefined): number {
  const device = deviceMemoryGib !== undefined && deviceMemoryGib > 0 ? deviceMemoryGib : 8;
  return Math.min(2 * GIB, (device * GIB) / 4);
}

const gb = (bytes: number) => (bytes / GIB).toLocaleString('id-ID', { maximumFractionDigits: 1 });

/** Throws the sentence the user reads when a file of `bytes` would not fit. */
export function assertFitsBudget(bytes: number, budget: number): void {
  if (bytes <= budget) return;
  throw new Error(
    `Berkas data berukuran ${gb(bytes)} GB, lebih besar daripada yang dapat ditampung memori peramban ini ` +
      `(batas ${gb(budget)} GB). Data tidak dimuat agar tab tidak berhenti: gunakan berkas yang lebih kecil, ` +
      `misalnya lebih sedikit tahun atau provinsi.`
  );
}
