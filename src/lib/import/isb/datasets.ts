/**
 * The LKPP ISB datasets the importer knows, each recognised by its signature: columns that
 * are present in every real file of it (docs/isb-schemas.md and the files in data/isb).
 * A file is identified by its header, never by its name: the same dataset reaches users
 * as "TENDER.csv", "NON TENDER 3.csv" or "data.json".
 *
 * Signatures leave out fields seen to drift between API versions (e-katalog v6 has
 * kd_penyedia_v6 + kd_penyedia_sikap in one snapshot, kd_penyedia_ppn in another).
 */

export interface IsbDataset {
  id: string;
  /** Shown to the user: LKPP's dataset name, then what it holds in Indonesian. */
  name: string;
  signature: readonly string[];
}

const cols = (text: string): readonly string[] => text.split(/\s+/).filter((c) => c !== '');

export const ISB_DATASETS: readonly IsbDataset[] = [
  {
    id: 'RUP-PaketPenyedia-Terumumkan',
    name: 'RUP-PaketPenyedia-Terumumkan: paket penyedia terumumkan',
    signature: cols(`tahun_anggaran kd_klpd nama_klpd kd_satker_str nama_satker kd_rup nama_paket pagu
      metode_pengadaan jenis_pengadaan status_pdn status_ukm`)
  },
  {
    id: 'RUP-StrukturAnggaranPD',
    name: 'RUP-StrukturAnggaranPD: struktur anggaran perangkat daerah',
    signature: cols('tahun_anggaran kd_klpd nama_klpd kd_satker_str nama_satker belanja_pengadaan total_belanja')
  },
  {
    id: 'RUP-MasterSatker',
    name: 'RUP-MasterSatker: master satker SiRUP',
    signature: cols('kd_satker kd_satker_str nama_satker status_satker jenis_satker kd_klpd nama_klpd')
  },
  {
    id: 'Ecat-PaketEPurchasing',
    name: 'Ecat-PaketEPurchasing: paket e-Katalog v5 (per produk)',
    signature: cols(`tahun_anggaran kd_klpd satker_id kd_paket kd_produk kd_komoditas kd_penyedia kuantitas
      harga_satuan total_harga tanggal_buat_paket paket_status_str`)
  },
  {
    id: 'Ecat-PaketEPurchasingV6',
    name: 'Ecat-PaketEPurchasingV6: paket e-Katalog v6',
    signature: cols(`tahun_anggaran nama_instansi nama_satker kd_klpd kd_satker_str kd_paket rup_nama_pkt
      total_harga tgl_order status_pkt status_pengiriman`)
  },
  {
    id: 'Bela-TokoDaringRealisasi',
    name: 'Bela-TokoDaringRealisasi: realisasi Toko Daring (Bela Pengadaan)',
    signature: cols(`tahun kd_klpd nama_klpd kd_satker order_id valuasi tanggal_transaksi marketplace merchant_name
      status_konfirmasi_ppmse`)
  },
  {
    id: 'SPSE-TenderSelesaiNilai',
    name: 'SPSE-TenderSelesaiNilai: tender selesai dengan nilai kontrak',
    signature: cols(`tahun_anggaran kd_klpd nama_klpd kd_satker kd_tender kd_rup_paket pagu hps nilai_kontrak
      tgl_penetapan_pemenang kd_penyedia nilai_pdn_kontrak nilai_umk_kontrak`)
  },
  {
    id: 'SPSE-NonTenderSelesai',
    name: 'SPSE-NonTenderSelesai: non tender selesai',
    signature: cols(`tahun_anggaran kd_klpd nama_klpd kd_satker_str kd_nontender kd_rup pagu hps nilai_kontrak
      nilai_pdn_kontrak nilai_umk_kontrak jenis_pengadaan mtd_pemilihan status_nontender tgl_selesai_nontender kd_penyedia`)
  },
  {
    id: 'SPSE-PencatatanNonTender',
    name: 'SPSE-PencatatanNonTender: pencatatan non tender',
    signature: cols(`tahun_anggaran kd_klpd nama_klpd kd_satker_str kd_nontender_pct kd_rup nama_paket pagu
      total_realisasi nilai_pdn_pct nilai_umk_pct status_nontender_pct_ket`)
  },
  {
    id: 'SPSE-TenderEkontrak-Kontrak',
    name: 'SPSE-TenderEkontrak-Kontrak: kontrak tender',
    signature: cols(`tahun_anggaran kd_klpd nama_klpd kd_satker_str kd_tender no_kontrak tgl_kontrak nama_penyedia
      bentuk_usaha_penyedia nilai_kontrak nilai_pdn_kontrak nilai_umk_kontrak status_kontrak versi_addendum`)
  },
  {
    id: 'SPSE-NonTenderEkontrak-Kontrak',
    name: 'SPSE-NonTenderEkontrak-Kontrak: kontrak non tender',
    signature: cols(`tahun_anggaran kd_klpd nama_klpd kd_satker_str kd_nontender no_kontrak tgl_kontrak nama_penyedia
      bentuk_usaha_penyedia nilai_kontrak nilai_pdn_kontrak nilai_umk_kontrak status_kontrak versi_addendum`)
  },
  // Masters: recognised so the user is told what the file is, but they add no canonical rows
  // (Kemendagri regions come from idn-area-data). RUP-MasterProvinsi and Ecat-MasterProvinsi
  // have the same two columns, so one entry stands for both.
  {
    id: 'RUP-MasterProvinsi',
    name: 'RUP-MasterProvinsi / Ecat-MasterProvinsi: master provinsi LKPP',
    signature: cols('kd_provinsi nama_provinsi')
  },
  {
    id: 'RUP-MasterKabKota',
    name: 'RUP-MasterKabKota: master kabupaten/kota SiRUP',
    signature: cols('kd_provinsi kd_kabkota nama_kabkota')
  },
  {
    id: 'Ecat-MasterKabKota',
    name: 'Ecat-MasterKabKota: master kabupaten/kota e-Katalog',
    signature: cols('kd_kabupaten kd_provinsi nama_kabupaten')
  }
];

/** Datasets whose rows are reference data only. */
export const MASTER_DATASETS: ReadonlySet<string> = new Set(['RUP-MasterProvinsi', 'RUP-MasterKabKota', 'Ecat-MasterKabKota']);

export function normaliseColumn(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/**
 * The dataset whose signature the columns contain in full (order, case and surrounding
 * spaces do not matter). When several fit, the one with the largest signature is the most
 * specific; null when none fits.
 */
export function recogniseDataset(
  columns: readonly string[]
): { id: string; name: string; matched: number; required: number } | null {
  const present = new Set(columns.map(normaliseColumn));
  let best: IsbDataset | null = null;
  for (const dataset of ISB_DATASETS) {
    if (!dataset.signature.every((c) => present.has(c))) continue;
    if (best === null || dataset.signature.length > best.signature.length) best = dataset;
  }
  if (best === null) return null;
  return { id: best.id, name: best.name, matched: best.signature.length, required: best.signature.length };
}
