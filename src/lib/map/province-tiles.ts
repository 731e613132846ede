/**
 * The tile-grid map of Indonesia's 38 provinces: one square per province on a 13 × 6 grid,
 * placed roughly where the province lies (Sumatra west, Java and Nusa Tenggara south,
 * Kalimantan centre-north, Sulawesi centre-east, Maluku and Papua east). It is the default
 * map because no boundary data may ship with the app.
 *
 * `singkatan` is the abbreviation officials use ("JATENG", "PAPSEL"); `kodeSingkat` is a
 * two-letter code (ISO 3166-2:ID's suffix) for tiles too narrow for the abbreviation at a
 * readable size. `nama` is the Kemendagri name, used when the database has no `wilayah` rows.
 */

export interface ProvinceTile {
  kode: string;
  nama: string;
  row: number;
  col: number;
  singkatan: string;
  kodeSingkat: string;
}

export const TILE_COLUMNS = 13;
export const TILE_ROWS = 6;

// [kode, nama, col, row, singkatan, kodeSingkat], west to east within each island group.
const TILES: readonly (readonly [string, string, number, number, string, string])[] = [
  ['11', 'Aceh', 0, 0, 'ACEH', 'AC'],
  ['12', 'Sumatera Utara', 0, 1, 'SUMUT', 'SU'],
  ['14', 'Riau', 1, 1, 'RIAU', 'RI'],
  ['21', 'Kepulauan Riau', 2, 1, 'KEPRI', 'KR'],
  ['13', 'Sumatera Barat', 0, 2, 'SUMBAR', 'SB'],
  ['15', 'Jambi', 1, 2, 'JAMBI', 'JA'],
  ['19', 'Kepulauan Bangka Belitung', 2, 2, 'BABEL', 'BB'],
  ['17', 'Bengkulu', 0, 3, 'BKL', 'BE'],
  ['16', 'Sumatera Selatan', 1, 3, 'SUMSEL', 'SS'],
  ['18', 'Lampung', 1, 4, 'LPG', 'LA'],
  ['36', 'Banten', 2, 4, 'BANTEN', 'BT'],
  ['31', 'DKI Jakarta', 3, 4, 'DKI', 'JK'],
  ['32', 'Jawa Barat', 4, 4, 'JABAR', 'JB'],
  ['33', 'Jawa Tengah', 5, 4, 'JATENG', 'JT'],
  ['34', 'DI Yogyakarta', 5, 5, 'DIY', 'YO'],
  ['35', 'Jawa Timur', 6, 4, 'JATIM', 'JI'],
  ['51', 'Bali', 7, 4, 'BALI', 'BA'],
  ['52', 'Nusa Tenggara Barat', 8, 4, 'NTB', 'NB'],
  ['53', 'Nusa Tenggara Timur', 9, 4, 'NTT', 'NT'],
  ['61', 'Kalimantan Barat', 4, 1, 'KALBAR', 'KB'],
  ['62', 'Kalimantan Tengah', 4, 2, 'KALTENG', 'KT'],
  ['63', 'Kalimantan Selatan', 5, 2, 'KALSEL', 'KS'],
  ['64', 'Kalimantan Timur', 5, 1, 'KALTIM', 'KI'],
  ['65', 'Kalimantan Utara', 5, 0, 'KALTARA', 'KU'],
  ['76', 'Sulawesi Barat', 6, 2, 'SULBAR', 'SR'],
  ['73', 'Sulawesi Selatan', 6, 3, 'SULSEL', 'SN'],
  ['75', 'Gorontalo', 7, 1, 'GTLO', 'GO'],
  ['72', 'Sulawesi Tengah', 7, 2, 'SULTENG', 'ST'],
  ['74', 'Sulawesi Tenggara', 7, 3, 'SULTRA', 'SG'],
  ['71', 'Sulawesi Utara', 8, 1, 'SULUT', 'SA'],
  ['82', 'Maluku Utara', 9, 1, 'MALUT', 'MU'],
  ['81', 'Maluku', 9, 2, 'MALUKU', 'MA'],
  ['96', 'Papua Barat Daya', 10, 1, 'PBD', 'PD'],
  ['92', 'Papua Barat', 11, 1, 'PABAR', 'PB'],
  ['94', 'Papua Tengah', 11, 2, 'PAPTENG', 'PT'],
  ['91', 'Papua', 12, 1, 'PAPUA', 'PA'],
  ['95', 'Papua Pegunungan', 12, 2, 'PAPEG', 'PE'],
  ['93', 'Papua Selatan', 12, 3, 'PAPSEL', 'PS']
];

/** Every province, in reading order (row by row, west to east), which is also the tab order. */
export const PROVINCE_TILES: readonly ProvinceTile[] = TILES.map(([kode, nama, col, row, singkatan, kodeSingkat]) => ({
  kode,
  nama,
  row,
  col,
  singkatan,
  kodeSingkat
})).sort((a, b) => a.row - b.row || a.col - b.col);

const BY_KODE: ReadonlyMap<string, ProvinceTile> = new Map(PROVINCE_TILES.map((t) => [t.kode, t]));

export function tileOf(kode: string): ProvinceTile | undefined {
  return BY_KODE.get(kode);
}
