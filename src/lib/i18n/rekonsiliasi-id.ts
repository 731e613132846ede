/**
 * Labels of the plan-against-realisation reconciliation page (/rekonsiliasi): Bahasa
 * Indonesia here, English in ./en/rekonsiliasi.ts (same keys); `rekonsiliasiId` is the one
 * of the page's language (./language.ts). Kept apart from id.ts so the page can be dropped
 * in or out on its own.
 */
import type { RekonsiliasiKategori } from '../query/rekonsiliasi-query';
import { localized } from './language';
import { rekonsiliasiEnglish } from './en/rekonsiliasi';

export const rekonsiliasiIndonesian = {
  title: 'Rekonsiliasi rencana dan realisasi',
  subtitle: 'Paket RUP dan transaksi yang dihitung sebagai realisasi, dicocokkan lewat kode RUP (kd_rup)',
  linkToPage: 'Rekonsiliasi RUP ↔ realisasi',
  linkToDashboard: '← Kembali ke dasbor',
  scopeNote:
    'Paket RUP mengikuti filter tahun dan wilayah saja (rencana tidak punya kanal, kategori realisasi atau penyedia); ' +
    'transaksi mengikuti semua filter. Dengan filter kanal atau penyedia, paket yang direalisasikan di luar filter tampil sebagai belum terealisasi.',
  kategori: {
    terealisasi: 'Terealisasi',
    belum_terealisasi: 'Belum terealisasi',
    tanpa_rencana: 'Realisasi tanpa rencana',
    melebihi_pagu: 'Melebihi pagu',
    beda_ukm: 'Paket UKM, penyedia non-UMKK',
    beda_metode: 'Beda metode (e-purchasing)'
  } satisfies Record<RekonsiliasiKategori, string>,
  keterangan: {
    terealisasi: 'Paket yang punya realisasi tertaut. Rp: Σ pagu.',
    belum_terealisasi: 'Paket tanpa realisasi tertaut dalam cakupan. Rp: Σ pagu.',
    tanpa_rencana: 'Transaksi yang kd_rup-nya kosong atau tidak cocok dengan paket mana pun dalam cakupan. Rp: Σ nilai transaksi.',
    melebihi_pagu: 'Paket yang realisasi tertautnya melebihi pagu. Rp: Σ pagu.',
    beda_ukm: 'Paket berstatus UKM yang direalisasikan oleh penyedia yang diketahui bukan UMKK. Rp: Σ pagu.',
    beda_metode: 'Paket yang direncanakan e-purchasing tetapi direalisasikan lewat kanal lain, atau sebaliknya. Rp: Σ pagu.'
  } satisfies Record<RekonsiliasiKategori, string>,
  paket: 'paket',
  transaksi: 'transaksi',
  realisasiTertaut: 'realisasi tertaut',
  /** The balance line: every rupiah of the slice lands once, in a package or outside any. */
  neraca: (total: string, tertaut: string, tanpa: string) =>
    `Realisasi dalam cakupan ${total} = ${tertaut} tertaut ke paket + ${tanpa} tanpa rencana.`,
  multiRule:
    'Transaksi yang mencantumkan beberapa kd_rup (mis. "a;b") tertaut ke setiap paket itu; nilainya dibagi menurut proporsi pagu ' +
    'paket-paket tersebut (rupiah bulat, jumlahnya tepat sama dengan nilai transaksi), sehingga tidak ada rupiah yang terhitung dua kali.',
  noPackages: 'Tidak ada paket RUP dalam cakupan ini: muat RUP-PaketPenyedia-Terumumkan agar realisasi dapat dicocokkan dengan rencana.',
  ukmUnknown: (n: string, rp: string) =>
    `${n} paket UKM (pagu ${rp}) direalisasikan oleh penyedia yang status UMKK-nya tidak diketahui: tidak dinilai sebagai beda UKM.`,
  metodeUnknown: (n: string, rp: string) =>
    `${n} paket terealisasi (pagu ${rp}) memakai metode yang tidak dapat dibandingkan (dikecualikan atau tidak diketahui): tidak dinilai sebagai beda metode.`,
  satker: {
    title: 'Per satker',
    hint: (kategori: string) => `Diurutkan menurut Rp kategori "${kategori}". Setiap sel: jumlah · Rp.`,
    satker: 'Satker',
    pemda: 'Pemda',
    paket: 'Paket RUP'
  },
  table: {
    title: (kategori: string) => `Rincian: ${kategori}`,
    rows: (n: string) => `${n} baris`,
    export: 'Unduh CSV',
    exporting: 'Menyiapkan CSV…',
    ya: 'ya',
    tidak: 'tidak',
    tidakDiketahui: 'tidak diketahui',
    paketColumns: {
      kd_rup: 'Kode RUP',
      tahun_anggaran: 'TA',
      satker: 'Satker',
      nama_paket: 'Nama paket',
      metode_pengadaan: 'Metode (rencana)',
      is_ukm: 'UKM',
      pagu: 'Pagu',
      realisasi: 'Realisasi tertaut',
      selisih: 'Selisih',
      transaksi: 'Transaksi',
      kanal_realisasi: 'Kanal realisasi',
      penyedia_non_umkk: 'Penyedia non-UMKK'
    },
    transaksiColumns: {
      tanggal: 'Tanggal',
      satker: 'Satker',
      kd_rup: 'Kode RUP tercatat',
      uraian: 'Uraian',
      kanal: 'Kanal',
      penyedia: 'Penyedia',
      is_umkk: 'UMKK',
      nilai: 'Nilai'
    }
  }
};

export const rekonsiliasiId = localized({ id: rekonsiliasiIndonesian, en: rekonsiliasiEnglish });
