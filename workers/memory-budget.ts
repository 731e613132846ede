/**
 * How big a database file this browser can take. The file is held in the engine worker's
 * memory, and DuckDB-WASM reads its pages into a buffer pool inside 32-bit WebAssembly
 * memory (at most 4 GiB) that also holds every query's work and the pre-aggregated tables:
 * past about half of that, a 10-million-row round can exhaust it and crash the tab. Small
 * devices get less: a quarter of what the browser reports (navigator.deviceMemory, which
 * Chromium caps at 8).
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
