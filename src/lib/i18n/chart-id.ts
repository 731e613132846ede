/** Words drawn inside the charts: axes, legends, tooltips (English in ./en/chart.ts). */
import { localized } from './language';
import { chartEnglish } from './en/chart';

export const chartIndonesian = {
  meetsTarget: 'memenuhi target',
  belowTarget: 'di bawah target',
  noTarget: 'tanpa target',
  shareAxis: 'Realisasi UMKK / belanja pengadaan',
  valueAxis: 'Realisasi (Rp)',
  umkkShareLegend: 'Porsi UMKK dari realisasi',
  umkkOfBudget: 'UMKK / belanja pengadaan',
  pdnOfCommitment: 'PDN / komitmen PDN (RUP)',
  weekAxis: (year: number) => `Minggu (TA ${year})`,
  cumulativeAxis: 'Kumulatif',
  shareTip: (label: string, nilai: string, umk: string, budget: string, share: string) =>
    `${label}\nRealisasi: ${nilai}\nUMKK: ${umk} dari belanja pengadaan ${budget} = ${share}`,
  valueTip: (label: string, nilai: string, count: string, umk: string, umkShare: string, pdn: string, pdnShare: string) =>
    `${label}\nRealisasi: ${nilai} (${count} transaksi)\nUMKK: ${umk} = ${umkShare} dari realisasi\nPDN: ${pdn} = ${pdnShare} dari realisasi`,
  umkkWeekTip: (week: string, umk: string, budget: string, share: string) => `Minggu ${week}\nUMKK kumulatif: ${umk} dari ${budget} = ${share}`,
  pdnWeekTip: (week: string, pdn: string, commitment: string, share: string) => `Minggu ${week}\nPDN kumulatif: ${pdn} dari komitmen ${commitment} = ${share}`
} as const;

export const chartText = localized({ id: chartIndonesian, en: chartEnglish });
