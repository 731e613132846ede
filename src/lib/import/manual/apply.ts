/**
 * A hand-mapped file → canonical rows: the same result as the ISB mappers, so the rest of
 * the import (report, Arrow encoding, storage) does not care how the file was mapped.
 */

import { Cells } from '../isb/cells';
import { eachRow } from '../isb/fields';
import { MappingState } from '../isb/mapping-state';
import type { MappedTables } from '../isb/types';
import type { RawTable } from '../raw-table';
import { isBlank } from '../values';
import { mapAnggaranRow, mapPaketRow } from './apply-plan';
import { mapTransaksiRow } from './apply-transaksi';
import { ManualBuyers } from './buyer';
import { basisNotice } from './figures';
import { ManualNotes } from './notes';
import { RowReader } from './reader';
import type { ColumnMapping, ManualContext } from './types';
import { validateMapping } from './validate';
import { headerSignature } from './header';
import { rowFingerprint } from './fingerprint';
import { isTotalWord } from './vocab';

/**
 * Rows every mapping skips: an exact copy of an earlier row (an export or copy-paste
 * accident; with no id column nothing else could tell the two apart, and counting both
 * would double the value) and a recap's sum line. Both are rejected with the reason, so
 * the report's loaded + rejected still adds up to the rows read.
 */
function skipped(raw: RawTable, r: number, line: number, seen: Map<string, number>, state: MappingState, notes: ManualNotes): boolean {
  const cells = raw.rows[r] ?? [];
  const key = JSON.stringify(cells.map((c) => (c === null || isBlank(c) ? null : c.trim())));
  const first = seen.get(key);
  if (first !== undefined) {
    state.reject(line, `Baris sama persis dengan baris ${first}; tidak dimuat dua kali.`);
    state.notice('duplicate-row', `Baris ${line} sama persis dengan baris ${first}; yang dipakai baris ${first}.`, line);
    return true;
  }
  seen.set(key, line);
  const total = cells.find((c) => c !== null && isTotalWord(c));
  if (total !== undefined && total !== null) {
    state.reject(line, `Baris jumlah ("${total.trim()}"), bukan data; tidak dimuat agar tidak terhitung dua kali.`);
    notes.add('total-row', `Baris ${line} adalah baris jumlah/total rekap dan dilewati.`, line);
    return true;
  }
  return false;
}

export function applyMapping(raw: RawTable, mapping: ColumnMapping, ctx: ManualContext): MappedTables {
  const problems = validateMapping(mapping, raw);
  // The preview step blocks these; a caller that skips it gets the same sentences.
  if (problems.length > 0) throw new Error(`Pemetaan kolom belum dapat dipakai: ${problems.join(' ')}`);
  const state = new MappingState();
  const notes = new ManualNotes();
  const reader = new RowReader(raw, mapping, state, notes);
  const buyers = new ManualBuyers(ctx, state);
  const seen = new Map<string, number>();
  const run = { reader, state, notes, buyers };
  const mapRow =
    mapping.target === 'transaksi'
      ? mapTransaksiRow.bind(null, { ...run, fileKey: ctx.fileKey, headerKey: rowFingerprint([headerSignature(raw.columns)]), fingerprints: new Map() })
      : (mapping.target === 'paket_rup' ? mapPaketRow : mapAnggaranRow).bind(null, run);
  eachRow(new Cells(raw), state, (r, line) => {
    if (!skipped(raw, r, line, seen, state, notes)) mapRow(r, line);
  });
  buyers.finish();
  const mapped = notes.appendTo(state.finish());
  const basis = basisNotice(mapped.tables.transaksi ?? []);
  return basis === null ? mapped : { ...mapped, notices: [...mapped.notices, basis] };
}
