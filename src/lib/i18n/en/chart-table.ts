/** Headings of the data table behind each chart in English: the same keys as chartTableIndonesian in ../chart-table-id.ts. */
import type { Dictionary } from '../language';
import type { chartTableIndonesian } from '../chart-table-id';

export const chartTableEnglish: Dictionary<typeof chartTableIndonesian> = {
  show: 'Chart data table',
  transactions: 'Transactions',
  value: 'Realisation (Rp)',
  umkk: 'UMKK realisation (Rp)',
  pdn: 'PDN realisation (Rp)',
  budget: 'Procurement budget (Rp)',
  umkkOfBudget: 'UMKK / procurement budget',
  week: 'Week (starting)',
  cumulativeValue: 'Cumulative realisation (Rp)',
  cumulativeUmkk: 'Cumulative UMKK (Rp)',
  cumulativePdn: 'Cumulative PDN (Rp)',
  pdnOfCommitment: 'PDN / RUP commitment',
  target: 'Target',
  noTarget: 'no target',
  targetPath: 'Target path',
  notComputable: 'cannot be computed',
  unknown: 'unknown'
};
