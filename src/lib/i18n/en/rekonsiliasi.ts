/** The reconciliation page's labels in English: the same keys as rekonsiliasiIndonesian in ../rekonsiliasi-id.ts. */
import type { Dictionary } from '../language';
import type { rekonsiliasiIndonesian } from '../rekonsiliasi-id';

export const rekonsiliasiEnglish: Dictionary<typeof rekonsiliasiIndonesian> = {
  title: 'Reconciliation of plan and realisation',
  subtitle: 'RUP packages and the transactions counted as realisation, matched by RUP code (kd_rup)',
  linkToPage: 'RUP ↔ realisation reconciliation',
  linkToDashboard: '← Back to the dashboard',
  scopeNote:
    'RUP packages follow only the year and region filters (a plan has no channel, realisation category or vendor); ' +
    'transactions follow every filter. With a channel or vendor filter, packages realised outside the filter show as not yet realised.',
  kategori: {
    terealisasi: 'Realised',
    belum_terealisasi: 'Not yet realised',
    tanpa_rencana: 'Realisation without a plan',
    melebihi_pagu: 'Over the budget ceiling',
    beda_ukm: 'UKM package, non-UMKK vendor',
    beda_metode: 'Different method (e-purchasing)'
  },
  keterangan: {
    terealisasi: 'Packages with linked realisation. Rp: Σ budget ceiling.',
    belum_terealisasi: 'Packages with no linked realisation in scope. Rp: Σ budget ceiling.',
    tanpa_rencana: 'Transactions whose kd_rup is empty or matches no package in scope. Rp: Σ transaction value.',
    melebihi_pagu: 'Packages whose linked realisation exceeds the budget ceiling. Rp: Σ budget ceiling.',
    beda_ukm: 'Packages marked UKM that were realised by a vendor known not to be UMKK. Rp: Σ budget ceiling.',
    beda_metode: 'Packages planned as e-purchasing but realised through another channel, or the other way round. Rp: Σ budget ceiling.'
  },
  paket: 'packages',
  transaksi: 'transactions',
  realisasiTertaut: 'linked realisation',
  neraca: (total: string, tertaut: string, tanpa: string) =>
    `Realisation in scope ${total} = ${tertaut} linked to packages + ${tanpa} without a plan.`,
  multiRule:
    'A transaction that lists several kd_rup (e.g. "a;b") is linked to each of those packages; its value is split in proportion to ' +
    "the packages' budget ceilings (whole rupiah, adding up exactly to the transaction value), so no rupiah is counted twice.",
  noPackages: 'No RUP packages in this scope: load RUP-PaketPenyedia-Terumumkan so that realisation can be matched against the plan.',
  ukmUnknown: (n: string, rp: string) =>
    `${n} UKM packages (budget ceiling ${rp}) were realised by vendors whose UMKK status is unknown: not judged as a UKM mismatch.`,
  metodeUnknown: (n: string, rp: string) =>
    `${n} realised packages (budget ceiling ${rp}) use a method that cannot be compared (exempted or unknown): not judged as a method mismatch.`,
  satker: {
    title: 'By work unit',
    hint: (kategori: string) => `Sorted by the Rp of the "${kategori}" category. Each cell: count · Rp.`,
    satker: 'Work unit',
    pemda: 'Local government',
    paket: 'RUP packages'
  },
  table: {
    title: (kategori: string) => `Details: ${kategori}`,
    rows: (n: string) => `${n} rows`,
    export: 'Download CSV',
    exporting: 'Preparing CSV…',
    ya: 'yes',
    tidak: 'no',
    tidakDiketahui: 'unknown',
    paketColumns: {
      kd_rup: 'RUP code',
      tahun_anggaran: 'FY',
      satker: 'Work unit',
      nama_paket: 'Package name',
      metode_pengadaan: 'Method (planned)',
      is_ukm: 'UKM',
      pagu: 'Budget ceiling',
      realisasi: 'Linked realisation',
      selisih: 'Gap',
      transaksi: 'Transactions',
      kanal_realisasi: 'Realisation channel',
      penyedia_non_umkk: 'Non-UMKK vendors'
    },
    transaksiColumns: {
      tanggal: 'Date',
      satker: 'Work unit',
      kd_rup: 'Recorded RUP code',
      uraian: 'Description',
      kanal: 'Channel',
      penyedia: 'Vendor',
      is_umkk: 'UMKK',
      nilai: 'Value'
    }
  }
};
