/**
 * Problems that block an import, in Indonesian, one sentence each: the preview step lists
 * them and keeps its import button disabled until none is left. Only the header and the
 * values typed once are checked here; cells are checked row by row when the mapping is
 * applied (a bad cell rejects its row, not the file).
 */

import type { RawTable } from '../raw-table';
import { isBlank } from '../values';
import { problemOf } from './cell-values';
import { MANUAL_FIELDS, MANUAL_TARGETS } from './fields';
import { columnIndex } from './header';
import type { ColumnMapping } from './types';

/** Primary keys: one value for every row would make all rows one. */
const PER_ROW: Readonly<Record<string, readonly string[]>> = {
  transaksi: ['transaksi_id'],
  paket_rup: ['kd_rup'],
  anggaran: []
};

const TARGET_NAMES = { transaksi: 'transaksi', paket_rup: 'paket RUP', anggaran: 'anggaran' } as const;

export function validateMapping(mapping: ColumnMapping, raw: RawTable): string[] {
  if (!MANUAL_TARGETS.includes(mapping.target)) return [`Isi berkas "${String(mapping.target)}" tidak dikenal.`];
  const specs = MANUAL_FIELDS[mapping.target];
  const problems: string[] = [];
  for (const name of Object.keys(mapping.fields)) {
    if (mapping.fields[name] && !specs.some((s) => s.name === name)) {
      problems.push(`Isian "${name}" tidak dikenal untuk ${TARGET_NAMES[mapping.target]}; hapus dari pemetaan.`);
    }
  }
  for (const spec of specs) {
    const source = mapping.fields[spec.name] ?? null;
    if (source === null) {
      if (spec.required) problems.push(`"${spec.label}" wajib diisi: pilih kolom berkas atau isi satu nilai tetap.`);
    } else if ('column' in source) {
      if (columnIndex(raw.columns, source.column) < 0) {
        problems.push(`Kolom "${source.column}" untuk "${spec.label}" tidak ada di berkas ini.`);
      }
    } else if (PER_ROW[mapping.target]?.includes(spec.name)) {
      problems.push(`"${spec.label}" tidak boleh bernilai tetap: setiap baris perlu nilainya sendiri.`);
    } else if (isBlank(source.fixed)) {
      problems.push(`Nilai tetap untuk "${spec.label}" masih kosong.`);
    } else {
      const why = problemOf(spec.kind, source.fixed, mapping.numberStyle, mapping.dateFormat);
      if (why !== null) problems.push(`Nilai tetap untuk "${spec.label}" tidak terbaca. ${why}`);
    }
  }
  return problems;
}
