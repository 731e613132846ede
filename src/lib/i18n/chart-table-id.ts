/**
 * Headings of the data table behind each chart (its text alternative): Bahasa Indonesia
 * here, English in ./en/chart-table.ts (same keys); `chartTableId` is the page's language.
 */
import { localized } from './language';
import { chartTableEnglish } from './en/chart-table';

export const chartTableIndonesian = {
  show: 'Tabel data grafik',
  transactions: 'Transaksi',
  value: 'Realisasi (Rp)',
  umkk: 'Realisasi UMKK (Rp)',
  pdn: 'Realisasi PDN (Rp)',
  budget: 'Belanja pengadaan (Rp)',
  umkkOfBudget: 'UMKK / belanja pengadaan',
  week: 'Minggu (mulai)',
  cumulativeValue: 'Realisasi kumulatif (Rp)',
  cumulativeUmkk: 'UMKK kumulatif (Rp)',
  cumulativePdn: 'PDN kumulatif (Rp)',
  pdnOfCommitment: 'PDN / komitmen RUP',
  target: 'Target',
  noTarget: 'tanpa target',
  targetPath: 'Jalur target',
  notComputable: 'tidak dapat dihitung',
  unknown: 'tidak diketahui'
} as const;

export const chartTableId = localized({ id: chartTableIndonesian, en: chartTableEnglish });
