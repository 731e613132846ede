/** The ledger summary's words in English: the same keys as ledgerIndonesian in ../ledger-id.ts. */
import type { Dictionary } from '../language';
import type { ledgerIndonesian } from '../ledger-id';
import { formatCount } from '../../format/number';

export const ledgerEnglish: Dictionary<typeof ledgerIndonesian> = {
  title: 'Transaction ledger',
  intro:
    'Each transaction is counted once, even when it appears in several datasets, formats or pulls. The value comes from the contract record (e-kontrak) when that has a value, otherwise from the completed record; a newer pull replaces an older one.',
  counted: 'Transactions counted',
  merged: 'Found in more than one dataset, counted once',
  mergedValue: 'Value of merged transactions',
  excluded: 'Not counted',
  conflicts: 'Value conflicts between sources (gap > Rp1)',
  reason: {
    dibatalkan: 'cancelled',
    gagal: 'failed',
    tanpa_nilai: 'no value yet',
    status_tidak_dikenal: 'unknown status',
    tarikan_lebih_baru: 'replaced by a newer pull'
  },
  role: {
    dihitung: 'counted',
    digabung: 'merged into another record',
    dikecualikan: 'not counted',
    diganti: 'replaced by a newer pull'
  },
  perDataset: 'By dataset',
  sample: 'Sample data',
  columns: { dataset: 'Dataset', sumber: 'Dataset type', peran: 'Role', rekaman: 'Records', nilai: 'Value' },
  conflictColumns: { transaksi: 'Transaction', dipakai: 'Value used', sumber: 'Value by source' },
  conflictsNone: 'No value conflicts.',
  conflictsMore: (shown: number, total: number) => `${formatCount(shown)} of ${formatCount(total)} conflicts shown; all of them are in the CSV.`,
  download: 'Download the ledger (CSV)',
  downloading: 'Preparing CSV…',
  fileName: 'telisik-ledger.csv'
};
