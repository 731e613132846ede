// Writes the whole sample as one CSV per table of data/schema.sql.
//
// `rows` counts transactions (business keys); transaksi.csv holds one row per source record,
// so it has more rows than that: some transactions have a selection and a contract record.
//
// Only the current pemda-year's transactions are held in memory; vendors, agencies and
// per-agency budget sums are small enough to keep. Every part draws from its own named
// random stream, so the output depends only on (rows, seed), byte for byte.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBlangkon } from './blangkon.ts';
import { BudgetBook } from './budget.ts';
import { YEARS } from './calendar.ts';
import { CsvWriter } from './csv-writer.ts';
import { allocateCounts, buildProfiles, DEFAULT_ROWS } from './plan.ts';
import { Rng } from './random.ts';
import { kanalRows, kategoriRows, targetRows } from './reference.ts';
import { loadRegions, pemdaRow, wilayahRow } from './regions.ts';
import { RupPlanner } from './rup.ts';
import { SatkerFactory, satkerRow } from './satker.ts';
import { TABLE_COLUMNS, TABLE_NAMES, type TableName } from './tables.ts';
import { pemdaYear } from './transactions.ts';
import type { RecordForm } from './records.ts';
import { rekamanRow, transaksiId } from './txn.ts';
import { VendorGaps } from './vendor-gaps.ts';
import { buildVendors, vendorCount, VendorMarket, vendorRow } from './vendors.ts';

export const DEFAULT_SEED = 20220509; // 9 May 2022: weekly P3DN monitoring starts

export interface GenerateOptions {
  outDir: string;
  rows?: number;
  seed?: number;
}

export interface GenerateSummary {
  outDir: string;
  /** Transactions (distinct transaksi_id); tables.transaksi counts their records. */
  rows: number;
  seed: number;
  tables: Record<TableName, number>;
  /** Transactions per record form (records.ts), sorted by form. */
  forms: Record<string, number>;
  millis: number;
}

export async function generateSample(options: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const rows = options.rows ?? DEFAULT_ROWS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(rows) || rows < 0) throw new Error(`rows must be a non-negative integer, got ${rows}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  mkdirSync(options.outDir, { recursive: true });
  const writers = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, new CsvWriter(join(options.outDir, `${t}.csv`), TABLE_COLUMNS[t])])
  ) as Record<TableName, CsvWriter>;
  const root = new Rng(`telisik/${seed}`);

  const regions = loadRegions();
  regions.forEach((r) => writers.wilayah.write(wilayahRow(r)));
  regions.forEach((r) => writers.pemda.write(pemdaRow(r)));
  kategoriRows().forEach((r) => writers.kategori.write(r));
  kanalRows().forEach((r) => writers.kanal.write(r));
  targetRows(regions).forEach((r) => writers.target.write(r));

  const profiles = buildProfiles(root.fork('plan'), regions, rows, new SatkerFactory());
  profiles.forEach((p) => p.satker.forEach((s) => writers.satker.write(satkerRow(s))));
  const byKode = new Map(profiles.map((p) => [p.region.kode, p] as const));

  // Blangkon's pre-snapshot history uses streams that do not depend on --rows.
  const blangkon = buildBlangkon(root.fork('blangkon'), root.fork('blangkon-satker'), byKode);
  blangkon.pemdaRows.forEach((r) => writers.marketplace_pemda.write(r));
  blangkon.vendorRows.forEach((r) => writers.marketplace_penyedia.write(r));

  const generalRows = Math.max(0, rows - blangkon.fixedCount);
  const counts = allocateCounts(root.fork('counts'), profiles, generalRows);
  const vendors = buildVendors(root.fork('vendors'), profiles, vendorCount(rows), blangkon.vendors.length + 1);
  [...blangkon.vendors, ...vendors].forEach((v) => writers.penyedia.write(vendorRow(v)));
  const gaps = new VendorGaps(root.fork('vendor-gaps'), regions, blangkon.vendors.length + vendors.length + 1, VendorGaps.countFor(rows));
  gaps.rows().forEach((r) => writers.penyedia.write(r));
  const expected = new Map(profiles.map((p, i) => [p.region.kode, counts.reduce((s, c) => s + c[i]!, 0)] as const));
  const market = new VendorMarket(root.fork('market'), vendors, profiles, expected);

  const budget = new BudgetBook();
  const forms = new Map<RecordForm, number>();
  const ctx = { rng: root.fork('transaksi'), market, blangkon, rup: new RupPlanner(root.fork('rup')), gaps, forms };
  let transactions = 0;
  for (const [y, year] of YEARS.entries()) {
    let seq = 0;
    for (const [i, profile] of profiles.entries()) {
      const fixed = blangkon.fixed.get(`${year}|${profile.region.kode}`) ?? [];
      const txns = pemdaYear(ctx, profile, year, counts[y]![i]!, fixed);
      for (const t of txns) {
        const id = transaksiId(year, ++seq);
        for (const r of t.rekaman) writers.transaksi.write(rekamanRow(t, r, id));
        budget.add(t);
      }
      transactions += txns.length;
      ctx.rup.rows(profile).forEach((r) => writers.paket_rup.write(r));
      await writers.transaksi.flush();
      await writers.paket_rup.flush();
    }
  }
  for (const row of budget.rows(root.fork('anggaran'), profiles)) writers.anggaran.write(row);

  await Promise.all(TABLE_NAMES.map((t) => writers[t].close()));
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, writers[t].rows])) as Record<TableName, number>;
  const formCounts = Object.fromEntries([...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return { outDir: options.outDir, rows: transactions, seed, tables, forms: formCounts, millis: Math.round(performance.now() - started) };
}
