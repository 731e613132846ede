/**
 * The ledger summary's words (data panel): Bahasa Indonesia here, English in ./en/ledger.ts
 * (same keys); `ledgerText` is the one of the page's language (./language.ts).
 */
import { formatCount } from '../format/number';
import { localized } from './language';
import { ledgerEnglish } from './en/ledger';

export const ledgerIndonesian = {
  title: 'Buku besar transaksi',
  intro:
    'Setiap transaksi dihitung sekali, meski muncul di beberapa dataset, format, atau tarikan. Nilai diambil dari rekaman kontrak (e-kontrak) bila bernilai, selain itu dari rekaman selesai; tarikan yang lebih baru menggantikan yang lama.',
  counted: 'Transaksi dihitung',
  merged: 'Ditemukan di lebih dari satu dataset, dihitung sekali',
  mergedValue: 'Nilai transaksi gabungan',
  excluded: 'Tidak dihitung',
  conflicts: 'Konflik nilai antarsumber (selisih > Rp1)',
  reason: {
    dibatalkan: 'batal',
    gagal: 'gagal',
    tanpa_nilai: 'belum bernilai',
    status_tidak_dikenal: 'status tidak dikenal',
    tarikan_lebih_baru: 'diganti tarikan lebih baru'
  } as Record<string, string>,
  role: {
    dihitung: 'dihitung',
    digabung: 'digabung ke rekaman lain',
    dikecualikan: 'tidak dihitung',
    diganti: 'diganti tarikan lebih baru'
  } as Record<string, string>,
  perDataset: 'Per dataset',
  sample: 'Data contoh',
  columns: { dataset: 'Dataset', sumber: 'Jenis dataset', peran: 'Peran', rekaman: 'Rekaman', nilai: 'Nilai' },
  conflictColumns: { transaksi: 'Transaksi', dipakai: 'Nilai dipakai', sumber: 'Nilai per sumber' },
  conflictsNone: 'Tidak ada konflik nilai.',
  conflictsMore: (shown: number, total: number) => `${formatCount(shown)} dari ${formatCount(total)} konflik ditampilkan; semuanya ada di CSV.`,
  download: 'Unduh buku besar (CSV)',
  downloading: 'Menyiapkan CSV…',
  fileName: 'telisik-buku-besar.csv'
};

export const ledgerText = localized({ id: ledgerIndonesian, en: ledgerEnglish });
