/**
 * SPSE-PencatatanNonTender → transaksi (channel and group 'pencatatan'): purchases recorded
 * after the fact. The realised value is total_realisasi; nilai_pdn_pct / nilai_umk_pct are
 * rupiah amounts despite the name ('pct' = pencatatan), reported by the system.
 */

import { BuyerResolver } from './buyer';
import type { Cells } from './cells';
import { eachRow, kdRupOf, requiredDate, requiredId, requiredMoney, tahunOf, uraianOf } from './fields';
import { useKategori } from './kategori';
import type { MappingState } from './mapping-state';
import { usePenyedia } from './penyedia';
import { addTransaksi, reportedFigures } from './transaksi';
import type { MappingContext, TransaksiStatus } from './types';

/**
 * status_nontender_pct_ket: 'Paket Selesai' → selesai, 'Paket Dibatalkan' → dibatalkan,
 * 'Paket Sedang Berjalan' → berjalan (it stands: realisation once something was paid).
 * Without the description, status_nontender_pct 'Ditutup' is how SPSE marks a cancelled record.
 */
export function pencatatanStatus(ket: string | null, status: string | null): TransaksiStatus {
  const k = (ket ?? '').toLowerCase();
  if (k.includes('batal')) return 'dibatalkan';
  if (k.includes('selesai')) return 'selesai';
  if (k !== '') return 'berjalan';
  return (status ?? '').toLowerCase() === 'ditutup' ? 'dibatalkan' : 'berjalan';
}

export function mapPencatatan(cells: Cells, state: MappingState, ctx: MappingContext): void {
  const buyers = new BuyerResolver(ctx, state, cells);
  eachRow(cells, state, (r, line) => {
    const tahun = tahunOf(cells, state, r);
    if (tahun === null) return;
    const key = requiredId(cells, state, r, 'kd_nontender_pct');
    if (key === null) return;
    const nilai = requiredMoney(cells, state, r, 'total_realisasi');
    if (nilai === null) return;
    // tgl_mulai_paket is when the record was opened. tgl_selesai_paket is often a planned
    // end (31 December) or even precedes the start, and would fake a year-end spike.
    const tanggal = requiredDate(cells, state, r, ['tgl_mulai_paket', 'tgl_buat_paket', 'tgl_selesai_paket']);
    if (tanggal === null) return;
    const buyer = buyers.resolve(r, ['nama_klpd']);
    if (buyer === null) return;
    addTransaksi(
      state,
      {
        dataset: 'SPSE-PencatatanNonTender',
        prioritas: 1,
        source: 'spse-pencatatan',
        key,
        sourceSystem: 'spse',
        channel: 'pencatatan',
        channelGroup: 'pencatatan',
        tahun,
        tanggal,
        buyer,
        kdRup: kdRupOf(cells, r, 'kd_rup'),
        uraian: uraianOf(cells, r, ['nama_paket'], `Pencatatan ${key}`),
        kategoriId: useKategori(state, cells.text(r, 'kategori_pengadaan') ?? cells.text(r, 'jenis_pengadaan')),
        // The vendors of a record are in SPSE-PencatatanNonTenderRealisasi, not here.
        penyediaId: usePenyedia(state, null),
        nilai,
        ...reportedFigures(cells, state, r, 'nilai_pdn_pct', 'nilai_umk_pct'),
        status: pencatatanStatus(cells.text(r, 'status_nontender_pct_ket'), cells.text(r, 'status_nontender_pct'))
      },
      line
    );
  });
}
