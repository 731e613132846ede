/**
 * Names that no spelling rule can turn into the Kemendagri name: old names of renamed
 * regions, abbreviations and misspellings seen in LKPP's masters (RUP-MasterKabKota,
 * Ecat-MasterKabKota). Each was checked against the reviewed LKPP→Kemendagri crosswalk.
 * Keys and targets are written as names and compared by their loose key.
 */

import type { RegionJenis } from './region-list';

/** Province aliases → Kemendagri province code (codes are stable; names vary most here). */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  NAD: '11',
  'Nanggroe Aceh Darussalam': '11',
  Sumut: '12',
  Sumbar: '13',
  Sumsel: '16',
  'Bangka Belitung': '19',
  Babel: '19',
  Kepri: '21',
  DKI: '31',
  Jakarta: '31',
  'Daerah Khusus Ibukota Jakarta': '31',
  'Daerah Khusus Jakarta': '31',
  Jabar: '32',
  Jateng: '33',
  DIY: '34',
  Yogyakarta: '34',
  'Daerah Istimewa Yogyakarta': '34',
  Jatim: '35',
  NTB: '52',
  NTT: '53',
  Kalbar: '61',
  Kalteng: '62',
  Kalsel: '63',
  Kaltim: '64',
  Kaltara: '65',
  Sulut: '71',
  Sulteng: '72',
  Sulsel: '73',
  Sultra: '74',
  Sulbar: '76',
  Malut: '82'
};

export interface RegencyAlias {
  from: string;
  to: string;
  /** Set when the alias holds for one kind only ('Kendari (Kab.)' is Konawe, Kota Kendari is itself). */
  jenis?: Exclude<RegionJenis, 'provinsi'>;
}

export const REGENCY_ALIASES: readonly RegencyAlias[] = [
  { from: 'Padangsidimpuan', to: 'Padang Sidempuan' }, // idn-area-data keeps the old spelling
  { from: 'Toba Samosir', to: 'Toba' }, // renamed 2020
  { from: 'Meranti', to: 'Kepulauan Meranti' },
  { from: 'Terenggalek', to: 'Trenggalek' },
  { from: 'Penajem Paser Utara', to: 'Penajam Paser Utara' },
  { from: 'Bolaang Mengondow', to: 'Bolaang Mongondow' },
  { from: 'Sangihe Talaud', to: 'Kepulauan Sangihe' }, // split 2002; the RUP master keeps the old name for Sangihe
  { from: 'Sangihe', to: 'Kepulauan Sangihe' },
  { from: 'Talaud', to: 'Kepulauan Talaud' },
  { from: 'Sitaro', to: 'Kepulauan Siau Tagulandang Biaro' },
  { from: 'Dongala', to: 'Donggala' },
  { from: 'Pangkajene Kepulauan', to: 'Pangkajene dan Kepulauan' },
  { from: 'Pangkep', to: 'Pangkajene dan Kepulauan' },
  { from: 'Selayar', to: 'Kepulauan Selayar' },
  { from: 'Kendari', to: 'Konawe', jenis: 'kabupaten' }, // Kabupaten Kendari was renamed Konawe
  { from: 'Mamuju Utara', to: 'Pasangkayu' }, // renamed 2017
  { from: 'Maluku Tenggara Barat', to: 'Kepulauan Tanimbar' }, // renamed 2019
  { from: 'Taliabu', to: 'Pulau Taliabu' }
];
