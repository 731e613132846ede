/** Words drawn inside the charts, in English: the keys of chartIndonesian. */
import type { Dictionary } from '../language';
import type { chartIndonesian } from '../chart-id';

export const chartEnglish: Dictionary<typeof chartIndonesian> = {
  meetsTarget: 'meets the target',
  belowTarget: 'below the target',
  noTarget: 'no target',
  shareAxis: 'UMKK realisation / procurement budget',
  valueAxis: 'Realisation (Rp)',
  umkkShareLegend: 'UMKK share of realisation',
  umkkOfBudget: 'UMKK / procurement budget',
  pdnOfCommitment: 'PDN / PDN commitment (RUP)',
  weekAxis: (year: number) => `Week (FY ${year})`,
  cumulativeAxis: 'Cumulative',
  shareTip: (label: string, nilai: string, umk: string, budget: string, share: string) =>
    `${label}\nRealisation: ${nilai}\nUMKK: ${umk} of a procurement budget of ${budget} = ${share}`,
  targetTip: (year: number, target: string, status: string) => `FY ${year} target ${target}: ${status}`,
  severalYearsNote: (year: number) => `The slice spans several years: shares are of all of them, coloured against the FY ${year} target.`,
  valueTip: (label: string, nilai: string, count: string, umk: string, umkShare: string, pdn: string, pdnShare: string) =>
    `${label}\nRealisation: ${nilai} (${count} transactions)\nUMKK: ${umk} = ${umkShare} of realisation\nPDN: ${pdn} = ${pdnShare} of realisation`,
  weekTip: (week: string) => `Week of ${week}`,
  umkkWeekTip: (umk: string, budget: string, share: string) => `Cumulative UMKK: ${umk} of ${budget} = ${share}`,
  pdnWeekTip: (pdn: string, commitment: string, share: string) => `Cumulative PDN: ${pdn} of a commitment of ${commitment} = ${share}`,
  comparisonWeekTip: (label: string, week: string, umkk: string, pdn: string) => `${label} (week of ${week}): UMKK ${umkk} · PDN ${pdn}`
};
