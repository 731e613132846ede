/**
 * The dashboard's labels: Bahasa Indonesia here, English in ./en/core.ts (same keys); `id`
 * is the one of the page's language (./language.ts).
 */
import { dataKeyed } from './data-keyed';
import { localized } from './language';
import { coreEn } from './en/core';

export const coreId = {
  appTitle: 'Telisik',
  appSubtitle: 'Pemantauan realisasi belanja produk dalam negeri (PDN) dan usaha mikro, kecil & koperasi (UMKK)',
  sampleBadge: 'Data contoh sintetis',
  sampleBadgeHint: 'Dibangkitkan oleh npm run data:generate; bukan data resmi.',
  loading: {
    engine: 'Menyiapkan mesin data (DuckDB-WASM)…',
    download: 'Mengunduh data contoh…',
    attach: 'Membuka basis data…'
  },
  engineFailed: 'Mesin data tidak dapat dijalankan.',
  engineRestarted: 'Mesin data berhenti mendadak dan telah dimulai ulang; data dimuat kembali. Filter Anda tidak berubah.',
  engineReset: 'Mesin data telah dimulai ulang dan data dimuat kembali. Filter Anda tidak berubah.',
  resetEngine: 'Mulai ulang mesin data',
  skipToContent: 'Lompat ke isi halaman',
  languageSwitch: 'Bahasa antarmuka',
  queryFailed: 'Kueri gagal',
  retry: 'Coba lagi',
  dismiss: 'Tutup',
  resetFilters: 'Hapus semua filter',
  showSql: 'Lihat SQL',
  copySql: 'Salin SQL',
  noData: 'Tidak ada transaksi untuk pilihan ini.',
  scrollRegion: 'Tabel; geser ke samping untuk kolom lainnya',
  notComputable: 'tidak dapat dihitung',
  noTarget: 'Tidak ada target yang berlaku untuk cakupan ini',
  dimension: {
    tahun: 'Tahun anggaran',
    provinsi: 'Provinsi',
    pemda: 'Pemda (kabupaten/kota)',
    kategori: 'Kategori',
    jenis_penyedia: 'Jenis penyedia',
    skala: 'Skala usaha',
    kanal: 'Kanal pengadaan',
    status: 'Status transaksi'
  },
  value: dataKeyed({
    badan_usaha: 'Badan usaha',
    perseorangan: 'Perseorangan',
    mikro: 'Mikro',
    kecil: 'Kecil',
    menengah: 'Menengah',
    besar: 'Besar',
    koperasi: 'Koperasi',
    tidak_diketahui: 'Tidak diketahui',
    // Channels that imported files use and the sample's kanal table does not name.
    katalog: 'E-Katalog (jenis tidak diketahui)',
    non_tender: 'Non tender lainnya',
    tender_cepat: 'Tender Cepat',
    kontes: 'Kontes',
    dikecualikan: 'Dikecualikan',
    e_purchasing: 'E-Purchasing',
    selesai: 'Selesai',
    berjalan: 'Berjalan'
  }),
  facetSearch: 'Cari pemda…',
  facetMore: (hidden: number) => `dan ${hidden} lainnya: ketik nama untuk mencarinya`,
  facetHint: 'Angka: jumlah transaksi dan nilai realisasi di bawah filter lain.',
  kpi: {
    realisasi: 'Total realisasi',
    transaksi: 'Jumlah transaksi',
    umkk: 'Porsi UMKK dari realisasi',
    umkk_anggaran: 'Realisasi UMKK terhadap belanja pengadaan',
    ukm_rencana: 'Rencana UKM (RUP) terhadap belanja pengadaan',
    pdn: 'Porsi PDN dari realisasi',
    pdn_komitmen: 'Realisasi PDN terhadap komitmen RUP',
    epurchasing: 'Porsi e-purchasing dari realisasi',
    epurchasing_anggaran: 'E-purchasing terhadap belanja pengadaan',
    penyedia: 'Jumlah penyedia'
  },
  kpiNote: {
    realisasi: (berjalan: string) =>
      `Kontrak dan pesanan yang berdiri (selesai atau berjalan), masing-masing dihitung sekali; ${berjalan} di antaranya masih berjalan. Yang batal, gagal, atau belum bernilai tidak dihitung.`,
    transaksi: 'Transaksi yang dihitung sebagai realisasi, sekali per transaksi meski muncul di beberapa dataset.',
    umkk: 'Nilai UMK terhadap total realisasi.',
    umkk_anggaran: 'Nilai UMK terhadap belanja pengadaan.',
    ukm_rencana: 'Pagu paket RUP berstatus UKM terhadap belanja pengadaan (alokasi, bukan realisasi).',
    pdn: 'Nilai PDN terhadap total realisasi; terhadap komitmen PDN RUP: lihat kartu berikut.',
    pdn_komitmen: 'Nilai PDN terhadap pagu paket RUP berstatus PDN.',
    epurchasing: 'E-katalog (nasional, sektoral, lokal), toko daring dan Blangkon terhadap total realisasi.',
    epurchasing_anggaran: 'E-katalog (nasional, sektoral, lokal), toko daring dan Blangkon terhadap belanja pengadaan.',
    penyedia: 'Penyedia berbeda dengan sedikitnya satu transaksi yang dihitung.'
  } as Record<string, string | ((berjalan: string) => string)>,
  /** Why a ratio cannot be computed, and which dataset would make it computable. */
  kpiMissing: {
    realisasi: 'Tidak ada realisasi dalam cakupan ini.',
    belanja: 'Belanja pengadaan belum ada untuk cakupan ini: muat RUP-StrukturAnggaranPD.',
    rup: 'Paket RUP belum ada untuk cakupan ini: muat RUP-PaketPenyedia-Terumumkan.'
  },
  kpiUnknown: (unknown: string, share: string, basis: string) =>
    `${unknown} (${share}) realisasi tidak mencantumkan nilai ${basis} dan tidak dapat disimpulkan: dihitung 0 di pembilang, bukan berarti non-${basis}.`,
  kpiUnknownShort: 'tak diketahui',
  kpiInProgress: (value: string) => `termasuk ${value} berjalan`,
  kpiBudgetScope: 'Penyebut hanya mengikuti filter tahun dan wilayah: anggaran tidak berkategori, berkanal, atau berpenyedia.',
  numerator: 'Pembilang',
  denominator: 'Penyebut',
  target: 'Target',
  transactions: 'transaksi',
  chart: {
    provinsi: 'Realisasi UMKK terhadap belanja pengadaan, per provinsi',
    pemda: 'Realisasi UMKK terhadap belanja pengadaan, per pemda',
    kategori: 'Realisasi per kategori',
    kanal: 'Realisasi per kanal pengadaan',
    skala: 'Realisasi per skala usaha penyedia',
    jenis_penyedia: 'Realisasi per jenis penyedia',
    tren: 'Tren mingguan kumulatif UMKK dan PDN'
  },
  trendNote: 'Garis putus-putus: target. Penyebut UMKK: belanja pengadaan; penyebut PDN: pagu RUP berstatus PDN.',
  chartHint: 'Klik batang untuk memfilter; klik lagi untuk melepas.',
  /** Printed in place of a card not yet brought up to date (it was off screen). */
  outdatedForPrint: 'Bagian ini belum diperbarui untuk filter saat ini karena berada di luar layar. Gulir ke bagian ini, lalu cetak lagi.',
  drillToRows: 'Lihat transaksi di balik grafik ini ↓',
  table: {
    title: 'Transaksi di balik angka',
    export: 'Unduh CSV',
    exporting: 'Menyiapkan CSV…',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    pageOf: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
    sortedBy: {
      nilai: 'diurutkan dari nilai terbesar',
      nilai_naik: 'diurutkan dari nilai terkecil',
      tanggal: 'diurutkan dari tanggal terbaru',
      tanggal_naik: 'diurutkan dari tanggal terlama'
    },
    sortHint: (label: string) => `Urutkan menurut ${label.toLowerCase()}`,
    columns: {
      tanggal: 'Tanggal',
      pemda: 'Pemda',
      satker: 'Satker',
      uraian: 'Uraian',
      kategori: 'Kategori',
      kanal: 'Kanal',
      penyedia: 'Penyedia',
      skala_usaha: 'Skala',
      status: 'Status',
      nilai: 'Nilai',
      nilai_umk: 'Nilai UMK',
      nilai_pdn: 'Nilai PDN'
    }
  }
} as const;

export const id = localized({ id: coreId, en: coreEn });
