// Provinces and kabupaten/kota from idn-area-data (Kemendagri codes), in proper case.
//
// idn-area-data 3.1.2 (the version npm installs on Node 20) writes names in capitals
// ('KABUPATEN SEMARANG'); the app shows them as 'Kabupaten Semarang'. The package has no
// commas or quotes inside its fields, which the simple line split below relies on; the
// loader checks the column count so a future version that changes this fails loudly.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Jenis = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  kode: string; // '33' or '33.25'
  kodeProvinsi: string; // '33'
  nama: string; // 'Jawa Tengah', 'Kabupaten Semarang'
  jenis: Jenis;
}

// Names that title case gets wrong: abbreviations the government itself uses.
const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  'DKI JAKARTA': 'DKI Jakarta',
  'DAERAH ISTIMEWA YOGYAKARTA': 'DI Yogyakarta'
};
const LOWERCASE_WORDS = new Set(['dan']);

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

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

function readRows(file: string, columns: number): string[][] {
  const lines = readFileSync(join(dataDir(), file), 'utf8').split(/\r?\n/).filter((l) => l !== '');
  return lines.slice(1).map((line, i) => {
    const fields = line.split(',');
    if (fields.length !== columns) throw new Error(`${file} line ${i + 2}: expected ${columns} fields`);
    return fields;
  });
}

/** Every province followed by its kabupaten/kota, in code order. */
export function loadRegions(): Region[] {
  const provinces: Region[] = readRows('provinces.csv', 2).map(([code, name]) => ({
    kode: code!,
    kodeProvinsi: code!,
    nama: properCase(name!),
    jenis: 'provinsi'
  }));
  const regencies: Region[] = readRows('regencies.csv', 3).map(([code, province, name]) => {
    const jenis: Jenis = name!.startsWith('KOTA ') ? 'kota' : 'kabupaten';
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
export function pemdaName(region: Region): string {
  return region.jenis === 'provinsi' ? `Pemerintah Provinsi ${region.nama}` : `Pemerintah ${region.nama}`;
}

export function wilayahRow(r: Region): (string | null)[] {
  return [r.kode, r.kodeProvinsi, r.nama, r.jenis];
}

export function pemdaRow(r: Region): (string | null)[] {
  return [r.kode, r.kodeProvinsi, pemdaName(r), r.jenis];
}

/** Java carries most of the population and of regional spending. */
export const JAVA_PROVINCES: ReadonlySet<string> = new Set(['31', '32', '33', '34', '35', '36']);
