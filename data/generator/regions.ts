// Provinces and kabupaten/kota from idn-area-data (Kemendagri codes), in proper case.
//
// Parsing and proper-casing live in src/lib/import/regions/region-list.ts, which the
// browser's importer uses too, so the sample and imported data name regions identically;
// this file only reads the package's CSVs from node_modules.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  pemdaName,
  properCase,
  regionsFromCsv,
  type RegionJenis,
  type RegionRef
} from '../../src/lib/import/regions/region-list.ts';

export { pemdaName, properCase };
export type Jenis = RegionJenis;
export type Region = RegionRef;

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** Every province followed by its kabupaten/kota, in code order. */
export function loadRegions(): Region[] {
  const read = (file: string): string => readFileSync(join(dataDir(), file), 'utf8');
  return regionsFromCsv(read('provinces.csv'), read('regencies.csv'));
}

export function wilayahRow(r: Region): (string | null)[] {
  return [r.kode, r.kodeProvinsi, r.nama, r.jenis];
}

export function pemdaRow(r: Region): (string | null)[] {
  return [r.kode, r.kodeProvinsi, pemdaName(r), r.jenis];
}

/** Java carries most of the population and of regional spending. */
export const JAVA_PROVINCES: ReadonlySet<string> = new Set(['31', '32', '33', '34', '35', '36']);
