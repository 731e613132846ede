/**
 * The target page's and target validation's words in English: the same keys as
 * targetIndonesian and targetMetricLabelsIndonesian in ../target-id.ts.
 */
import type { Dictionary } from '../language';
import type { targetIndonesian, targetMetricLabelsIndonesian } from '../target-id';
import { formatCount } from '../../format/number';

export const targetMetricLabelsEnglish: Dictionary<typeof targetMetricLabelsIndonesian> = {
  umkk: 'UMKK ÷ realisation',
  umkk_anggaran: 'UMKK ÷ procurement budget',
  pdn: 'PDN ÷ realisation',
  pdn_komitmen: 'PDN ÷ PDN commitment (RUP)',
  epurchasing: 'E-purchasing ÷ realisation',
  epurchasing_anggaran: 'E-purchasing ÷ procurement budget'
};

export const targetEnglish: Dictionary<typeof targetIndonesian> = {
  title: 'Targets',
  subtitle: 'Targets are data: their value, basis, legal basis, region and years in force can be viewed, added, changed and retired',
  intro:
    "Every figure on the dashboard is measured against the target in force for its slice's year and region; a local government's own target " +
    "overrides its province's, and a province's target overrides the national one. Your changes are kept in this browser.",
  tableCaption: 'List of targets',
  columns: {
    target_id: 'Id',
    metrik: 'Metric',
    nilai: 'Value',
    pembanding: 'Basis',
    dasar_hukum: 'Legal basis',
    kode_wilayah: 'Region',
    tahun: 'Years in force',
    asal: 'Origin',
    aksi: 'Actions'
  },
  origin: { bawaan: 'built-in', diubah: 'changed', pengguna: 'user-made' },
  originHint: {
    bawaan: "A target that comes with Telisik's data.",
    diubah: 'A built-in target you changed; "Revert to built-in" brings back its original value.',
    pengguna: 'A target you added.'
  },
  status: { aktif: 'active', pensiun: 'retired' },
  allRegions: 'All local governments',
  unknownRegion: 'region not in the data',
  regionNow: (text: string) => `Scope: ${text}.`,
  provinceScope: (nama: string) => `${nama} and its regencies/cities`,
  years: (mulai: number, akhir: number | null) => (akhir === null ? `${mulai}–present` : mulai === akhir ? `${mulai}` : `${mulai}–${akhir}`),
  edit: 'Edit',
  editLabel: (id: string) => `Edit target ${id}`,
  retire: 'Retire',
  retireLabel: (id: string) => `Retire target ${id}`,
  restore: 'Restore',
  restoreLabel: (id: string) => `Restore target ${id}`,
  revert: 'Revert to built-in',
  revertLabel: (id: string) => `Revert target ${id} to its built-in version`,
  add: 'Add target',
  formAdd: 'New target',
  formEdit: (id: string) => `Edit target ${id}`,
  save: 'Save',
  cancel: 'Cancel',
  fields: {
    target_id: 'Target id (lowercase letters, digits, underscores)',
    metrik: 'Metric',
    nilai: 'Target value (%)',
    pembanding: 'Basis (a fraction of what)',
    dasar_hukum: 'Legal basis',
    kode_wilayah: 'Region code (empty = all local governments)',
    tahun_mulai: 'First year',
    tahun_akhir: 'Last year (empty = still in force)'
  },
  hints: {
    nilai: 'In percent, e.g. 40 for 40%; at most two decimal places.',
    kode_wilayah: 'E.g. 36 for Banten with its regencies/cities, 35.76 for a single local government.'
  },
  export: 'Download JSON',
  import: 'Load JSON…',
  resetAll: 'Revert everything to built-in',
  resetConfirm: 'All your target changes (additions, edits, retirements) will be deleted. Continue?',
  resetYes: 'Yes, delete the changes',
  resetDone: 'All target changes were deleted; the built-in targets apply again.',
  fileName: 'telisik-targets.json',
  saved: (id: string) => `Target ${id} saved.`,
  imported: (targets: number) => `${formatCount(targets)} ${targets === 1 ? 'target' : 'targets'} in force after loading the file.`,
  importFailed: (reason: string) => `Targets not loaded: ${reason}`,
  corruptStored: (reason: string) => `The target changes stored in this browser are damaged (${reason}); the built-in targets are used.`,
  saveFailed: 'The changes apply, but they could not be saved in this browser (storage full or blocked).',
  exportNote: 'Loading the file back restores "perubahan" (the changes); "targets" is a copy of the targets in force at the time of export.',
  invalid: {
    idShape: (id: string) => `Target id "${id}" must be 1 to 60 characters: lowercase letters, digits or underscores.`,
    idDuplicate: (id: string) => `Target id "${id}" is already taken; choose another id.`,
    idUnknown: (id: string) => `Target "${id}" does not exist.`,
    metrik: (metrik: string) =>
      `Metric "${metrik}" is not known; choose one of: ${Object.values(targetMetricLabelsEnglish).join(', ')}.`,
    persen: (text: string) => `Value "${text}" is not a valid percentage; write a number such as 40 or 37.5.`,
    nilaiRange: 'The target value must be above 0% and at most 100%.',
    persenDecimals: 'The target value has at most two decimal places (e.g. 37.25%).',
    fraction: (nilai: number) => `Value ${nilai} must be a fraction above 0 and at most 1 (0.4 means 40%).`,
    fractionDecimals: (nilai: number) => `Value ${nilai} has at most four digits after the decimal point (e.g. 0.3725).`,
    wilayah: (kode: string) =>
      `Region code "${kode}" must be empty (all local governments), two digits for a province (e.g. 36), or two digits, a dot and two digits for a single local government (e.g. 35.76).`,
    tahunMulai: 'The first year must be a whole number from 2000 to 2100.',
    tahunAkhir: 'The last year must be empty (still in force) or a whole number from the first year to 2100.',
    text: (field: string) => `${field} is required: at most 300 characters, with no line breaks or control characters.`,
    json: 'This file is not valid JSON.',
    tooLarge: 'The target file is larger than 1 MB; it is not a Telisik target file.',
    forbiddenKey: (key: string) => `The file contains the key "${key}", which is not allowed.`,
    format: 'The content is not a Telisik target file (format "telisik-target").',
    version: (version: string) => `Target file version ${version} is not known to this Telisik; only version 1 is.`,
    shape: (field: string) => `The "${field}" section is missing or malformed.`,
    tooMany: (field: string, max: number) => `The "${field}" section has more than ${formatCount(max)} rows.`,
    row: (field: string, place: number, id: string | null, problem: string) =>
      `${field}, row ${place}${id === null ? '' : ` ("${id}")`}: ${problem}`,
    type: (name: string, type: string) => `field ${name} must be ${type}.`,
    notObject: 'the entry is not a single target.',
    retiredDuplicate: (id: string) => `Id "${id}" is listed twice in the retired list.`
  },
  lists: { changed: 'Target changes', retired: 'Retired list' },
  types: { teks: 'text', angka: 'a number', bulat: 'a whole number', teksAtauNull: 'text or null', bulatAtauNull: 'a whole number or null' }
};
