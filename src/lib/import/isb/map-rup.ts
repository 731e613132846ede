/**
 * SiRUP: the plan (RUP-PaketPenyedia-Terumumkan → paket_rup), the budget denominator
 * (RUP-StrukturAnggaranPD → anggaran) and the satker master. Plan rows are never
 * realisation: they go to paket_rup only, linked to transaksi by kd_rup.
 */

import { BuyerResolver } from './buyer';
import type { Cells } from './cells';
import { eachRow, requiredId, requiredMoney, tahunOf } from './fields';
import { useKategori } from './kategori';
import type { MappingState } from './mapping-state';
import type { MappingContext } from './types';

/**
 * paket_rup.metode_pengadaan keeps SiRUP's method as a channel-style name. The plan knows
 * the method, not the realised channel: 'E-Purchasing' does not say which catalogue, and
 * 'Tender Cepat', 'Kontes', 'Dikecualikan' have no kanal row. So these values are a superset
 * of kanal.channel ('pengadaan_langsung', 'penunjukan_langsung', 'tender', 'tender_cepat',
 * 'seleksi', 'e_purchasing', 'kontes', 'sayembara', 'dikecualikan'), shown by their name.
 */
const METODE: Readonly<Record<string, string>> = {
  'penunjukan langsung': 'penunjukan_langsung',
  'pengadaan langsung': 'pengadaan_langsung',
  'e-purchasing': 'e_purchasing',
  epurchasing: 'e_purchasing',
  kontes: 'kontes',
  sayembara: 'sayembara',
  tender: 'tender',
  'tender cepat': 'tender_cepat',
  seleksi: 'seleksi',
  dikecualikan: 'dikecualikan'
};
// SiRUP's kd_metode_pengadaan, used when the name is missing.
const METODE_CODE: Readonly<Record<string, string>> = {
  '7': 'penunjukan_langsung', '8': 'pengadaan_langsung', '9': 'e_purchasing', '11': 'kontes',
  '13': 'tender', '14': 'tender_cepat', '15': 'seleksi', '16': 'dikecualikan'
};

export function metodeOf(name: string | null, code: string | null): string {
  const byName = name === null ? undefined : METODE[name.toLowerCase().replace(/\s+/g, ' ')];
  return byName ?? (code === null ? undefined : METODE_CODE[code]) ?? 'tidak_diketahui';
}

const isTrue = (text: string | null) => text !== null && text.toLowerCase() === 'true';
const isFalse = (text: string | null) => text !== null && text.toLowerCase() === 'false';

export function mapRupPaket(cells: Cells, state: MappingState, ctx: MappingContext): void {
  const buyers = new BuyerResolver(ctx, state, cells);
  eachRow(cells, state, (r, line) => {
    // A deleted or deactivated package is no longer part of the plan.
    if (isTrue(cells.text(r, 'status_delete_rup')) || isFalse(cells.text(r, 'status_aktif_rup'))) {
      state.reject(line, 'Paket RUP sudah dihapus atau tidak aktif.');
      return;
    }
    const tahun = tahunOf(cells, state, r);
    if (tahun === null) return;
    const kdRup = requiredId(cells, state, r, 'kd_rup');
    if (kdRup === null) return;
    const pagu = requiredMoney(cells, state, r, 'pagu');
    if (pagu === null) return;
    const buyer = buyers.resolve(r, ['nama_klpd']);
    if (buyer === null) return;
    const jenis = cells.text(r, 'jenis_pengadaan') ?? cells.text(r, 'kd_jenis_pengadaan');
    const row = {
      kd_rup: kdRup,
      tahun_anggaran: tahun,
      kode_wilayah: buyer.kodeWilayah,
      satker_id: buyer.satkerId,
      nama_paket: cells.text(r, 'nama_paket') ?? `Paket RUP ${kdRup}`,
      kategori_id: useKategori(state, jenis),
      metode_pengadaan: metodeOf(cells.text(r, 'metode_pengadaan'), cells.text(r, 'kd_metode_pengadaan')),
      pagu,
      is_pdn: cells.text(r, 'status_pdn')?.toUpperCase() === 'PDN',
      is_ukm: cells.text(r, 'status_ukm')?.toUpperCase() === 'UKM'
    };
    state.put('paket_rup', kdRup, row, line, 0, 'Paket RUP');
  });
}

/** The one year every dated row of the file has, or null when the file mixes years. */
function singleYear(cells: Cells): number | null {
  const years = new Set<string>();
  for (let r = 0; r < cells.rowCount; r++) {
    const text = cells.text(r, 'tahun_anggaran');
    if (text !== null) years.add(text);
  }
  const [only] = years;
  return years.size === 1 && only !== undefined && /^\d{4}$/.test(only) ? Number(only) : null;
}

export function mapStrukturAnggaran(cells: Cells, state: MappingState, ctx: MappingContext): void {
  const buyers = new BuyerResolver(ctx, state, cells);
  // ISB answers one year per request, but lists satker without a budget that year with
  // tahun_anggaran null (97 of 165 rows for Kab. Bandung 2025): they take the file's year.
  const fileYear = singleYear(cells);
  let yearless = 0;
  eachRow(cells, state, (r, line) => {
    const inherit = fileYear !== null && cells.text(r, 'tahun_anggaran') === null;
    const tahun = inherit ? fileYear : tahunOf(cells, state, r);
    if (tahun === null) return;
    const parsed = cells.money(r, 'belanja_pengadaan');
    if (parsed.kind === 'invalid') {
      state.reject(line, `Kolom belanja_pengadaan: ${parsed.reason}`);
      return;
    }
    const buyer = buyers.resolve(r, ['nama_klpd']);
    if (buyer === null) return;
    let belanja = 0n;
    if (parsed.kind === 'empty') {
      // ISB leaves some agencies' figure null; the schema needs a number, so 0 with a notice.
      state.notice('budget-null', `belanja_pengadaan kosong untuk satker ${buyer.satkerId}; dicatat 0.`, line);
    } else belanja = state.rupiah(parsed.value);
    const row = { tahun_anggaran: tahun, kode_wilayah: buyer.kodeWilayah, satker_id: buyer.satkerId, belanja_pengadaan: belanja };
    if (inherit) yearless += 1;
    state.put('anggaran', `${tahun}|${buyer.satkerId}`, row, line, 0, 'Anggaran satker');
  });
  if (yearless > 0) {
    state.notice('year-from-file', `${yearless.toLocaleString('id-ID')} baris tanpa tahun_anggaran memakai tahun berkas (${fileYear}).`);
  }
}

/** Satker rows only (the BuyerResolver emits them with their pemda). */
export function mapMasterSatker(cells: Cells, state: MappingState, ctx: MappingContext): void {
  const buyers = new BuyerResolver(ctx, state, cells);
  eachRow(cells, state, (r) => {
    buyers.resolve(r, ['nama_klpd']);
  });
}
