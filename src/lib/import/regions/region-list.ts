/**
 * Provinces and kabupaten/kota with their Kemendagri codes, built from the CSVs of the npm
 * package idn-area-data 3.1.2 (provinces.csv `code,name`, regencies.csv
 * `code,province_code,name`). Pure: the caller reads the files (Node for the sample
 * generator, a bundled asset in the browser), so one parser serves both.
 *
 * 3.1.2 is the version npm installs on Node 20; it writes names in capitals
 * ('KABUPATEN SEMARANG') and the app shows 'Kabupaten Semarang'. Its fields hold no commas
 * or quotes, which the plain line split relies on; the column count is checked so a
 * future version that changes this fails loudly instead of shifting columns.
 */

export type RegionJenis = 'provinsi' | 'kabupaten' | 'kota';

export interface RegionRef {
  kode: string; // '33' or '33.25'
  kodeProvinsi: string; // '33'
  nama: string; // 'Jawa Tengah', 'Kabupaten Semarang'
  jenis: RegionJenis;
}

// Names that title case gets wrong: abbreviations the government itself uses.
const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  'DKI JAKARTA': 'DKI Jakarta',
  'DAERAH ISTIMEWA YOGYAKARTA': 'DI Yogyakarta'
};
const LOWERCASE_WORDS = new Set(['dan']);

/** 'KABUPATEN PANGKAJENE DAN KEPULAUAN' → 'Kabupaten Pangkajene dan Kepulauan'. */
export function properCase(upper: string): string {
  const special = PROVINCE_NAMES[upper];
  if (special !== undefined) return special;
  return upper
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      i > 0 && LOWERCASE_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)
    )
    .join(' ');
}

function csvRows(text: string, file: string, columns: number): string[][] {
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  return lines.slice(1).map((line, i) => {
    const fields = line.split(',');
    if (fields.length !== columns) throw new Error(`${file} line ${i + 2}: expected ${columns} fields`);
    return fields;
  });
}

/** Every province followed by its kabupaten/kota, in code order. */
export function regionsFromCsv(provincesCsv: string, regenciesCsv: string): RegionRef[] {
  const provinces: RegionRef[] = csvRows(provincesCsv, 'provinces.csv', 2).map(([code, name]) => ({
    kode: code!,
    kodeProvinsi: code!,
    nama: properCase(name!),
    jenis: 'provinsi'
  }));
  const regencies: RegionRef[] = csvRows(regenciesCsv, 'regencies.csv', 3).map(([code, province, name]) => {
    const jenis: RegionJenis = name!.startsWith('KOTA ') ? 'kota' : 'kabupaten';
    if (jenis === 'kabupaten' && !name!.startsWith('KABUPATEN ')) {
      throw new Error(`regency ${code} is neither kabupaten nor kota: ${name}`);
    }
    return { kode: code!, kodeProvinsi: province!, nama: properCase(name!), jenis };
  });
  const all = [...provinces, ...regencies];
  all.sort((x, y) => (x.kode < y.kode ? -1 : x.kode > y.kode ? 1 : 0));
  return all;
}

/** 'Pemerintah Provinsi Jawa Tengah', 'Pemerintah Kota Semarang'. */
export function pemdaName(region: Pick<RegionRef, 'nama' | 'jenis'>): string {
  return region.jenis === 'provinsi' ? `Pemerintah Provinsi ${region.nama}` : `Pemerintah ${region.nama}`;
}
