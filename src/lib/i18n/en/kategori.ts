/** Words of the category rules in English: the same keys as kategoriIndonesian in ../kategori-id.ts. */
import type { Dictionary } from '../language';
import type { kategoriIndonesian } from '../kategori-id';
import { formatCount } from '../../format/number';

export const kategoriEnglish: Dictionary<typeof kategoriIndonesian> = {
  title: 'Category rules',
  intro:
    'A transaction takes its category from the data when the dataset reports one; otherwise from keywords in the package ' +
    'or order name, by the rules below (tried in order, the first match wins); when none matches, from the procurement ' +
    'type; failing that, "Unknown".',
  matching: 'Keywords match whole words, ignoring upper and lower case; end one with * to match the start of a word (e.g. mebel*).',
  columns: { prioritas: 'Order', kategori: 'Category', jenis: 'Type', kata: 'Keywords', cocok: 'Matches in the data' },
  jenis: { barang: 'Goods', konstruksi: 'Construction Works', konsultansi: 'Consulting Services', jasa_lainnya: 'Other Services' },
  basisLabel: 'Category basis',
  panelHint: 'Changing the rules recomputes the category of every transaction in your data; the sample data keeps the categories it reports.',
  basis: {
    dilaporkan: 'reported by the dataset',
    aturan_kata: 'keyword rule',
    jenis_pengadaan: 'procurement type only',
    tidak_diketahui: 'unknown'
  },
  newKata: 'new keyword',
  newId: 'id (e.g. sewa_alat)',
  newNama: 'category name',
  add: 'Add',
  addKata: 'Add keyword',
  addRule: 'Add category',
  remove: 'Delete',
  removeKata: (kata: string) => `Delete keyword "${kata}"`,
  removeRule: (nama: string) => `Delete category ${nama}`,
  up: 'Move up',
  down: 'Move down',
  reset: 'Restore defaults',
  export: 'Download JSON',
  import: 'Load JSON…',
  matched: (count: string, rupiah: string) => `${count} ${count === '1' ? 'transaction' : 'transactions'}, ${rupiah}`,
  custom: 'Your rules (saved in this browser).',
  defaults: 'Telisik’s default rules.',
  invalid: {
    kataLength: (kata: string) => `Keyword "${kata}" must be 2 to 60 characters long.`,
    kataChars: (kata: string) =>
      `Keyword "${kata}" may only contain letters, digits, spaces and the signs - ' . / & ( ), with * only at the end.`,
    kataNoWord: (kata: string) => `Keyword "${kata}" contains no word at all.`,
    kataDuplicate: (kata: string, nama: string) => `Keyword "${kata}" is already in category ${nama}.`,
    kataTooMany: (nama: string) => `Category ${nama} holds more than ${formatCount(300)} keywords.`,
    idShape: (id: string) =>
      `Category id "${id}" must be 2 to 40 characters of lowercase letters, digits or underscores, starting with a letter.`,
    idReserved: (id: string) => `Id "${id}" is used by Telisik for a procurement type or for "unknown"; choose another id.`,
    idDuplicate: (id: string) => `Category id "${id}" is already in use.`,
    nama: (id: string) => `The name of category ${id} must be 1 to 80 characters long.`,
    jenis: (id: string) => `The procurement type of category ${id} must be Goods, Construction Works, Consulting Services or Other Services.`,
    prioritas: (id: string) => `The order of category ${id} must be a whole number from 0 to ${formatCount(100_000)}.`,
    tooManyRules: `Category rules may have at most ${formatCount(100)} categories.`,
    tooManyKata: `All the rules together may hold at most ${formatCount(3_000)} keywords.`,
    shape: 'The content is not a list of Telisik category rules.',
    json: 'This file is not valid JSON.'
  },
  corruptStored: (reason: string) => `The category rules saved in this browser are damaged (${reason}); the default rules are used.`,
  importFailed: (reason: string) => `Rules not loaded: ${reason}`,
  imported: (count: number) => `${formatCount(count)} category ${count === 1 ? 'rule' : 'rules'} loaded.`,
  saveFailed: 'The rules apply, but they could not be saved in this browser (storage full or blocked).'
};
