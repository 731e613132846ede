/** The preview and column-mapping step's words in English: the same keys as mappingIndonesian in ../mapping-id.ts. */
import type { Dictionary } from '../language';
import type { mappingIndonesian } from '../mapping-id';
import { formatCount } from '../../format/number';

export const mappingEnglish: Dictionary<typeof mappingIndonesian> = {
  title: 'Column mapping',
  suggested: 'This file is not a known ISB dataset. Below is a suggested mapping of its columns to the Telisik model; change it if needed.',
  fromPreset: (name: string) => `This file's columns match the preset "${name}"; its mapping is reused.`,
  reading: 'How to read',
  auto: 'automatic',
  delimiter: 'Delimiter',
  headerRow: 'Column heading row',
  encoding: 'Encoding',
  reread: 'Read again',
  target: 'File contents:',
  targets: { transaksi: 'Realisation (transactions)', paket_rup: 'Plan (RUP packages)', anggaran: 'Budget (procurement spending)' },
  unused: '— not used —',
  fixed: 'fixed value for every row…',
  fixedPlaceholder: 'e.g. Kab. Semarang, 2024, blangkon',
  decimal: 'Decimal mark',
  decimalComma: 'comma (1.234,56)',
  decimalDot: 'point (1,234.56)',
  dateFormat: 'Date format',
  dateFormats: {
    iso: '2025-03-25',
    dmy: '25/03/2025',
    mdy: '03/25/2025',
    'id-long': '25 Maret 2025 (Indonesian month)',
    'en-long': 'Mar 25, 2025',
    'excel-serial': 'Excel date serial number'
  },
  tab: 'tab',
  line: 'Row',
  moreColumns: (shown: number, total: number) =>
    `The preview shows the first ${formatCount(shown)} of ${formatCount(total)} columns; every column can still be chosen in the mapping lists above.`,
  detectedType: 'detected type',
  columnTypes: {
    kosong: 'empty',
    tanggal: 'date',
    persen: 'percent',
    uang: 'money',
    angka: 'number',
    kode: 'code',
    teks: 'text'
  },
  savePreset: 'Save as a preset',
  presetName: 'Preset name',
  import: 'Import with this mapping',
  discard: 'Cancel'
};
