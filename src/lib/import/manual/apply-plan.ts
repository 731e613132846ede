/**
 * Rows of a hand-mapped plan (→ paket_rup) or budget (→ anggaran) file. Plan rows are
 * never realisation; keys are those of the ISB mappers (kd_rup; tahun + satker_id), so a
 * package or a budget line seen twice is kept once, the later line winning with a notice.
 */

import { metodeOf } from '../isb/map-rup';
import { useKategori } from '../isb/kategori';
import type { MappingState } from '../isb/mapping-state';
import type { ManualBuyers } from './buyer';
import type { ManualNotes } from './notes';
import type { RowReader } from './reader';
import { booleanOf, channelOf } from './vocab';

export interface PlanRun {
  reader: RowReader;
  state: MappingState;
  notes: ManualNotes;
  buyers: ManualBuyers;
}

/**
 * A RUP commitment flag ('PDN'/'Non-PDN', 'UKM'/'Non-UKM'). The schema needs a boolean, and
 * as in the RUP mapper only a stated commitment counts; a word not understood is reported.
 */
function commitment(run: PlanRun, r: number, line: number, field: string): boolean {
  const text = run.reader.text(r, field);
  const value = text === null ? null : booleanOf(text);
  if (text !== null && value === null) {
    run.notes.once(`${field}:${text}`, 'value-unreadable', `${run.reader.where(field)}: "${text}" tidak dikenal; dianggap bukan komitmen.`, line);
  }
  return value ?? false;
}

/** SiRUP's method names first (as the RUP mapper keeps them), then channel words ('E-Katalog Lokal'). */
function metode(text: string | null): string {
  const byName = metodeOf(text, null);
  if (byName !== 'tidak_diketahui' || text === null) return byName;
  return channelOf(text) ?? 'tidak_diketahui';
}

export function mapPaketRow(run: PlanRun, r: number, line: number): void {
  const { reader, state } = run;
  const kdRup = reader.required(r, 'kd_rup', reader.id);
  const tahun = reader.required(r, 'tahun_anggaran', reader.year);
  const paguExact = reader.required(r, 'pagu', reader.money);
  const region = run.buyers.pemda(reader.text(r, 'pemda'), line, reader.where('pemda'));
  if (kdRup === null || tahun === null || paguExact === null || region === null) return;
  const row = {
    kd_rup: kdRup,
    tahun_anggaran: tahun,
    kode_wilayah: region.kode,
    satker_id: run.buyers.satker(region.kode, reader.text(r, 'satker'), line),
    nama_paket: reader.text(r, 'nama_paket') ?? `Paket RUP ${kdRup}`,
    kategori_id: useKategori(state, reader.text(r, 'jenis_pengadaan')),
    metode_pengadaan: metode(reader.text(r, 'metode_pengadaan')),
    pagu: state.rupiah(paguExact),
    is_pdn: commitment(run, r, line, 'status_pdn'),
    is_ukm: commitment(run, r, line, 'status_ukm')
  };
  state.put('paket_rup', kdRup, row, line, 0, 'Paket RUP');
}

export function mapAnggaranRow(run: PlanRun, r: number, line: number): void {
  const { reader, state } = run;
  const tahun = reader.required(r, 'tahun_anggaran', reader.year);
  const belanja = reader.required(r, 'belanja_pengadaan', reader.money);
  const region = run.buyers.pemda(reader.text(r, 'pemda'), line, reader.where('pemda'));
  if (tahun === null || belanja === null || region === null) return;
  const satkerId = run.buyers.satker(region.kode, reader.text(r, 'satker'), line);
  const row = { tahun_anggaran: tahun, kode_wilayah: region.kode, satker_id: satkerId, belanja_pengadaan: state.rupiah(belanja) };
  state.put('anggaran', `${tahun}|${satkerId}`, row, line, 0, 'Anggaran satker');
}
