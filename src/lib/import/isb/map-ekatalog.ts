/**
 * E-purchasing orders → transaksi: e-katalog v6 (one row per order), e-katalog v5 (one row
 * per order × product: summed per kd_paket), and toko daring (Bela Pengadaan).
 *
 * None of them reports UMK/PDN values. Toko daring is a UMKK marketplace, so its UMK figure
 * is the order value by the channel rule ('aturan_kanal'); e-katalog figures stay 0 with
 * basis 'tidak_diketahui' until the vendor's flag (Ecat-PenyediaDetail) is known.
 */

import { BuyerResolver } from './buyer';
import type { Cells } from './cells';
import { eachRow, kdRupOf, requiredDate, requiredId, requiredMoney, tahunOf, uraianOf } from './fields';
import { useKategori } from './kategori';
import type { MappingState } from './mapping-state';
import { usePenyedia, type VendorFacts } from './penyedia';
import { addTransaksi, UNKNOWN_FIGURE } from './transaksi';
import type { MappingContext, TransaksiStatus } from './types';

/**
 * e-katalog v6: status_pkt COMPLETED or PAYMENT_OUTSIDE_SYSTEM closes the package, and so
 * does delivery COMPLETED: 'selesai'. ON_PROCESS / ON_ADDENDUM orders stand and are being
 * delivered: 'berjalan', realisation too. Cancel/reject/fail words end it.
 */
export function v6Status(pkt: string | null, pengiriman: string | null): TransaksiStatus {
  const p = (pkt ?? '').toUpperCase();
  const k = (pengiriman ?? '').toUpperCase();
  if (/CANCEL|BATAL/.test(p) || /CANCEL|BATAL/.test(k)) return 'dibatalkan';
  if (/FAIL|GAGAL|REJECT|TOLAK/.test(p) || /FAIL|GAGAL|REJECT|TOLAK/.test(k)) return 'gagal';
  if (p === 'COMPLETED' || p === 'PAYMENT_OUTSIDE_SYSTEM' || k === 'COMPLETED') return 'selesai';
  return 'berjalan';
}

/** kd_penyedia_sikap is 0 for vendors without a SIKaP id (269 of 606 orders): then v6's own id. */
function v6Vendor(cells: Cells, r: number): VendorFacts | null {
  const sikap = cells.text(r, 'kd_penyedia_sikap');
  if (sikap !== null && /^[1-9]\d*$/.test(sikap)) return { id: `sikap:${sikap}`, nama: null };
  const v6 = cells.first(r, ['kd_penyedia_v6', 'kd_penyedia_ppn']);
  return v6 === null ? null : { id: `ekatalog:${v6.text}`, nama: null };
}

export function mapEkatalogV6(cells: Cells, state: MappingState, ctx: MappingContext): void {
  const buyers = new BuyerResolver(ctx, state, cells);
  let mapped = 0;
  eachRow(cells, state, (r, line) => {
    const tahun = tahunOf(cells, state, r);
    if (tahun === null) return;
    const key = requiredId(cells, state, r, 'kd_paket');
    if (key === null) return;
    const nilai = requiredMoney(cells, state, r, 'total_harga');
    if (nilai === null) return;
    const tanggal = requiredDate(cells, state, r, ['tgl_order']);
    if (tanggal === null) return;
    const buyer = buyers.resolve(r, ['nama_instansi', 'nama_klpd']);
    if (buyer === null) return;
    mapped += 1;
    addTransaksi(
      state,
      {
        dataset: 'Ecat-PaketEPurchasingV6', prioritas: 1, source: 'ekatalog-v6', key, sourceSystem: 'ekatalog',
        // v6 rows do not say which catalogue (nasional, sektoral, lokal) the products came from.
        channel: 'katalog', channelGroup: 'e_purchasing',
        tahun, tanggal, buyer,
        kdRup: kdRupOf(cells, r, 'kd_rup'),
        uraian: uraianOf(cells, r, ['rup_nama_pkt'], `Paket e-katalog ${key}`),
        kategoriId: useKategori(state, null),
        penyediaId: usePenyedia(state, v6Vendor(cells, r)),
        nilai, pdn: UNKNOWN_FIGURE, umk: UNKNOWN_FIGURE,
        status: v6Status(cells.text(r, 'status_pkt'), cells.text(r, 'status_pengiriman'))
      },
      line
    );
  });
  if (mapped > 0) {
    state.notice(
      'basis-unknown',
      `e-Katalog v6 tidak mencantumkan nilai atau tanda UMK/PDN: ${mapped.toLocaleString('id-ID')} pesanan dicatat ` +
        'dengan nilai UMK dan PDN 0 berdasar "tidak diketahui" sampai status UKM penyedianya diketahui.'
    );
  }
}

/**
 * Bela: 'gagal' when the marketplace reports failure, a cancellation word makes it
 * 'dibatalkan'; an order still waiting for confirmation stands ('berjalan').
 */
export function tokoDaringStatus(konfirmasi: string | null): TransaksiStatus {
  const k = (konfirmasi ?? '').toLowerCase();
  if (/gagal|tolak|reject|fail/.test(k)) return 'gagal';
  if (/batal|cancel/.test(k)) return 'dibatalkan';
  if (/menunggu|proses|pending|waiting/.test(k)) return 'berjalan';
  return 'selesai';
}

export function mapTokoDaring(cells: Cells, state: MappingState, ctx: MappingContext): void {
  const buyers = new BuyerResolver(ctx, state, cells);
  eachRow(cells, state, (r, line) => {
    const tahun = tahunOf(cells, state, r);
    if (tahun === null) return;
    const key = requiredId(cells, state, r, 'order_id');
    if (key === null) return;
    const nilai = requiredMoney(cells, state, r, 'valuasi');
    if (nilai === null) return;
    const tanggal = requiredDate(cells, state, r, ['tanggal_transaksi']);
    if (tanggal === null) return;
    const buyer = buyers.resolve(r, ['nama_klpd']);
    if (buyer === null) return;
    const merchant = cells.text(r, 'merchant_name');
    addTransaksi(
      state,
      {
        dataset: 'Bela-TokoDaringRealisasi', prioritas: 1, source: 'tokodaring', key, sourceSystem: 'tokodaring', channel: 'toko_daring', channelGroup: 'e_purchasing',
        tahun, tanggal, buyer, kdRup: null,
        uraian: uraianOf(cells, r, ['order_desc', 'kategori'], `Pesanan toko daring ${key}`),
        kategoriId: useKategori(state, null),
        penyediaId: usePenyedia(state, merchant === null ? null : { id: `tokodaring:${merchant}`, nama: merchant }),
        nilai,
        // Shops on the government marketplace are UMKK by its rule; nothing says the goods are domestic.
        umk: { value: nilai, basis: 'aturan_kanal' },
        pdn: UNKNOWN_FIGURE,
        status: tokoDaringStatus(cells.text(r, 'status_konfirmasi_ppmse'))
      },
      line
    );
  });
}
