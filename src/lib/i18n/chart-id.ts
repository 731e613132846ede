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
  targetTip: (year: number, target: string, status: string) => `Target TA ${year} ${target}: ${status}`,
  severalYearsNote: (year: number) => `Cakupan meliputi beberapa tahun: porsi dihitung atas semua tahun itu, warnanya terhadap target TA ${year}.`,
  valueTip: (label: string, nilai: string, count: string, umk: string, umkShare: string, pdn: string, pdnShare: string) =>
    `${label}\nRealisasi: ${nilai} (${count} transaksi)\nUMKK: ${umk} = ${umkShare} dari realisasi\nPDN: ${pdn} = ${pdnShare} dari realisasi`,
  weekTip: (week: string) => `Minggu ${week}`,
  umkkWeekTip: (umk: string, budget: string, share: string) => `UMKK kumulatif: ${umk} dari ${budget} = ${share}`,
  pdnWeekTip: (pdn: string, commitment: string, share: string) => `PDN kumulatif: ${pdn} dari komitmen ${commitment} = ${share}`,
  comparisonWeekTip: (label: string, week: string, umkk: string, pdn: string) => `${label} (minggu ${week}): UMKK ${umkk} · PDN ${pdn}`
} as const;

export const chartText = localized({ id: chartIndonesian, en: chartEnglish });
