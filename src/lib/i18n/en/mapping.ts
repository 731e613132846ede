/** The preview and column-mapping step's words in English: the same keys as mappingIndonesian in ../mapping-id.ts. */
import type { Dictionary } from '../language';
import type { mappingIndonesian } from '../mapping-id';
import { formatCount } from '../../format/number';
import { dataKeyed } from '../data-keyed';

export const mappingEnglish: Dictionary<typeof mappingIndonesian> = {
  title: 'Column mapping',
  suggested: 'This file is not a known ISB dataset. Below is a suggested mapping of its columns to the Telisik model; change it if needed.',
  fromPreset: (name: string) => `This file's columns match the preset "${name}"; its mapping is reused.`,
  reading: 'How to read',
  auto: 'automatic',
  delimiter: 'Delimiter',
  headerRow: 'Column heading row',
  encoding: 'Encoding',
  table: 'Table in the file',
  tableOf: (n: number, total: number) => `${n} of ${total}`,
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
  /** Delimiters that do not show as themselves. */
  delimiterNames: dataKeyed({ '\t': 'tab', ' ': 'space', ', ': 'comma + space' }),
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
  discard: 'Cancel',
  fieldLabels: {
    pemda: 'Local government (name or region code)',
    tahun_anggaran: 'Fiscal year',
    satker: 'Work unit / regional agency (SIPD code or name)',
    kd_rup: 'RUP code',
    tanggal: 'Transaction date',
    nilai: 'Transaction value (Rp)',
    uraian: 'Description / package name',
    penyedia: 'Vendor (name or ID)',
    bentuk_usaha: "Vendor's legal form",
    kanal: 'Procurement channel',
    kategori: 'Category',
    nilai_umk: 'UMKK value (Rp)',
    nilai_pdn: 'PDN value (Rp)',
    persen_umk: 'UMKK percentage of the value',
    persen_pdn: 'PDN percentage of the value',
    is_umkk: 'UMKK vendor? (Yes/No)',
    status: 'Transaction status',
    transaksi_id: 'Transaction ID',
    nama_paket: 'Package name',
    pagu: 'Budget ceiling (Rp)',
    metode_pengadaan: 'Procurement method',
    status_pdn: 'PDN status (PDN/Non-PDN)',
    status_ukm: 'UKM status (UKM/Non-UKM)',
    jenis_pengadaan: 'Procurement type',
    belanja_pengadaan: 'Goods and services procurement spending (Rp)'
  },
  problems: {
    targetNames: { transaksi: 'transactions', paket_rup: 'RUP packages', anggaran: 'budgets' },
    unknownTarget: (target: string) => `Unknown file contents "${target}".`,
    unknownField: (name: string, target: string) => `The field "${name}" does not exist for ${target}; remove it from the mapping.`,
    required: (label: string) => `"${label}" is required: choose a column of the file or enter one fixed value.`,
    missingColumn: (column: string, label: string) => `The column "${column}" chosen for "${label}" is not in this file.`,
    perRow: (label: string) => `"${label}" cannot be a fixed value: every row needs its own.`,
    fixedEmpty: (label: string) => `The fixed value for "${label}" is still empty.`,
    fixedUnreadable: (label: string, why: string) => `The fixed value for "${label}" cannot be read. ${why}`
  },
  cellProblems: {
    empty: 'empty.',
    percentRange: (cell: string) => `Percentage outside 0–100: ${cell}.`,
    notYear: (cell: string) => `Not a year (four digits, 1990–2100): ${cell}.`,
    ruinedId: (ruined: string, cell: string) => `${ruined} Value given: ${cell}.`,
    notBoolean: (cell: string) => `Not a yes/no value (e.g. Yes/No, Ya/Tidak, UMKK/Non UMKK): ${cell}.`,
    unknownChannel: (cell: string) =>
      `Unknown channel: ${cell} (e.g. blangkon, toko_daring, katalog_lokal, tender, pengadaan_langsung).`,
    unknownStatus: (cell: string) => `Unknown status: ${cell} (e.g. Selesai/Completed, Proses/Pending, Batal/Cancelled, Gagal/Failed).`
  }
};
