/**
 * INAPROC endpoints whose records are mapped like their ISB equivalent (docs: inaproc-v1.md
 * §3–§5). Most kept the ISB field names, so each requires the ISB dataset's own signature
 * and is told apart from the ISB form by its key set: a key only INAPROC has (a marker) or,
 * where the v1 record is exactly the ISB record minus `_event_date`, the absence of that key.
 */

import { ISB_DATASETS } from '../isb/datasets';
import { keys, type InaprocDataset } from './types';

function signatureOf(isbId: string): readonly string[] {
  const found = ISB_DATASETS.find((d) => d.id === isbId);
  if (found === undefined) throw new Error(`ISB dataset ${isbId} is not in ISB_DATASETS`);
  return found.signature;
}

/**
 * v1 SPSE records name the work site's kabupaten and province. The ISB mapper would take
 * `provinsi` as the BUYER's province (toko daring's meaning), so they are kept under other
 * names: the rows then map exactly as the ISB rows of the same packages.
 */
const SPSE_LOCATION = { provinsi: 'lokasi_provinsi', kabkota: 'lokasi_kabkota' } as const;
// The three v1 history arrays mark /tender-ekontrak and /non-tender-ekontrak (#17, #21).
const HISTORY = keys('bapbast_history_json spmkspp_history_json penilaian_kinerja_penyedia');

function mapped(
  id: string,
  label: string,
  isb: string,
  rest: Partial<Pick<InaprocDataset, 'markers' | 'markerless' | 'forbidden' | 'rename' | 'required'>>
): InaprocDataset {
  return { id, label, isb, mapped: true, required: signatureOf(isb), markers: [], markerless: false, forbidden: [], ...rest };
}

export const MAPPED_ENDPOINTS: readonly InaprocDataset[] = [
  mapped('tender/tender-selesai-nilai', 'v1 tender-selesai-nilai', 'SPSE-TenderSelesaiNilai', {
    markers: keys('psr_id kabkota provinsi lokasi_pekerjaan'), forbidden: keys('_event_date'), rename: SPSE_LOCATION
  }),
  mapped('tender/non-tender-selesai', 'v1 non-tender-selesai', 'SPSE-NonTenderSelesai', {
    markers: keys('kontrak_id lls_id kabkota provinsi lokasi_pekerjaan'), forbidden: keys('tgl_penarikan'), rename: SPSE_LOCATION
  }),
  mapped('tender/tender-ekontrak-kontrak', 'v1 tender-ekontrak-kontrak', 'SPSE-TenderEkontrak-Kontrak', {
    markers: keys('kontrak_id sppbj_id'), forbidden: HISTORY
  }),
  mapped('tender/tender-ekontrak', 'v1 tender-ekontrak', 'SPSE-TenderEkontrak-Kontrak', { markers: HISTORY }),
  mapped('tender/non-tender-ekontrak-kontrak', 'v1 non-tender-ekontrak-kontrak', 'SPSE-NonTenderEkontrak-Kontrak', {
    markers: keys('spk_id sppbj_id kontrak_id'), forbidden: HISTORY
  }),
  mapped('tender/non-tender-ekontrak', 'v1 non-tender-ekontrak', 'SPSE-NonTenderEkontrak-Kontrak', { markers: HISTORY }),
  // Until 2026-08 the record was the ISB one minus `_event_date`; `hps` came later.
  mapped('tender/pencatatan-non-tender', 'v1 pencatatan-non-tender', 'SPSE-PencatatanNonTender', {
    markers: keys('hps last_update_ref'), markerless: true, forbidden: keys('_event_date')
  }),
  mapped('rup/paket-penyedia-terumumkan', 'v1 rup/paket-penyedia-terumumkan', 'RUP-PaketPenyedia-Terumumkan', {
    markers: keys('last_update_ref'), markerless: true, forbidden: keys('_event_date id_paket_anggaran_penyedia')
  }),
  mapped('rup/master-satker', 'v1 rup/master-satker', 'RUP-MasterSatker', { markers: keys('tahun_aktif') }),
  // Legacy-only: the record is the ISB one; only the page reference tells the gateway apart
  // (a file without it is simply read as the ISB dataset, which maps it the same way).
  mapped('rup/struktur-anggaran-pd', 'legacy rup/struktur-anggaran-pd', 'RUP-StrukturAnggaranPD', {
    markers: keys('last_update_ref')
  }),
  mapped('bela/toko-daring-realisasi', 'legacy bela/toko-daring-realisasi', 'Bela-TokoDaringRealisasi', {
    markers: keys('last_update_ref')
  }),
  // Archive e-katalog v5: ISB names plus the product line's own id.
  mapped('ekatalog-archive/paket-e-purchasing', 'v1 ekatalog-archive/paket-e-purchasing', 'Ecat-PaketEPurchasing', {
    markers: keys('kd_paket_produk')
  }),
  // e-katalog v6: every field renamed (inaproc-v1.md §4.20). status, product_id and products
  // are not renamed here: ekatalog-v6.ts turns them into status_pkt and product_ids.
  {
    id: 'ekatalog/paket-e-purchasing',
    label: 'v1 ekatalog/paket-e-purchasing',
    isb: 'Ecat-PaketEPurchasingV6',
    mapped: true,
    required: keys('fiscal_year kode_klpd kode_satker nama_satker order_id rup_code total order_date status shipment_status'),
    markers: [],
    markerless: true,
    forbidden: keys('kd_paket tahun_anggaran'),
    rename: {
      fiscal_year: 'tahun_anggaran',
      kode_klpd: 'kd_klpd',
      kode_satker: 'kd_satker_str',
      order_id: 'kd_paket',
      rup_code: 'kd_rup',
      rup_name: 'rup_nama_pkt',
      funding_source: 'sumber_dana',
      kode_penyedia: 'kd_penyedia_v6',
      rekan_id: 'kd_penyedia_sikap',
      count_product: 'jml_jenis_produk',
      total_qty: 'jml_produk',
      shipping_fee: 'ongkir',
      total: 'total_harga',
      order_date: 'tgl_order',
      shipment_status: 'status_pengiriman'
    }
  }
];
