// Agencies (satker / perangkat daerah) of each pemda, with SIPD-style codes.
//
// SIPD codes look like '1.02.0.00.0.00.02.0065': urusan.bidang, four zero groups, the unit
// number within the pemda, then a sub-unit (0000 for the agency itself; a puskesmas or RSUD
// is a sub-unit of the Dinas Kesehatan). The same code recurs in every pemda, as it does in
// the real SiRUP master data, so it is only unique together with the pemda.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Cell } from './csv-writer.ts';
import { OPD, satkerWeight } from './names.ts';
import type { Region } from './regions.ts';

export interface Satker {
  id: string; // '33.25.0007'
  kodeWilayah: string;
  kdSatkerStr: string;
  nama: string;
  /** Relative procurement size within its pemda. */
  weight: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const sipd = (prefix: string, unit: number, sub: number): string => `${prefix}.0.00.0.00.${pad(unit, 2)}.${pad(sub, 4)}`;

/** Kecamatan names per kabupaten/kota, for sub-district offices and puskesmas. */
function loadDistricts(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('idn-area-data/package.json')), 'data', 'districts.csv');
  const byRegency = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [, regency, name] = line.split(',');
    if (regency === undefined || name === undefined) continue;
    const list = byRegency.get(regency) ?? [];
    list.push(name);
    byRegency.set(regency, list);
  }
  return byRegency;
}

interface Draft {
  nama: string;
  prefix: string;
  /** Sub-units hang under the unit number of their parent agency. */
  parent?: string;
}

/** Agencies in the order a pemda of growing size would have them. */
function drafts(region: Region, districts: readonly string[]): Draft[] {
  const list: Draft[] = OPD.map(([prefix, nama]) =>
    nama === 'Rumah Sakit Umum Daerah' ? { nama, prefix, parent: 'Dinas Kesehatan' } : { nama, prefix }
  );
  if (region.jenis === 'provinsi') {
    for (let w = 1; w <= 12; w++) {
      list.push({ nama: `Cabang Dinas Pendidikan Wilayah ${w}`, prefix: '1.01', parent: 'Dinas Pendidikan' });
      list.push({ nama: `UPT Pengelolaan Jalan dan Jembatan Wilayah ${w}`, prefix: '1.03',
        parent: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    }
  } else {
    for (const d of districts) {
      list.push({ nama: `Kecamatan ${d}`, prefix: '7.01' });
      list.push({ nama: `UPTD Puskesmas ${d}`, prefix: '1.02', parent: 'Dinas Kesehatan' });
    }
  }
  // Schools are numerous enough to fill any remaining count up to the real maximum (~170).
  for (let s = 1; s <= 170; s++) {
    list.push({ nama: `UPTD Satuan Pendidikan Negeri ${s}`, prefix: '1.01', parent: 'Dinas Pendidikan' });
  }
  return list;
}

export class SatkerFactory {
  private readonly districts = loadDistricts();

  /** The first `count` agencies of a pemda. */
  build(region: Region, count: number): Satker[] {
    const list = drafts(region, this.districts.get(region.kode) ?? []).slice(0, count);
    const unitOf = new Map<string, number>();
    const subCount = new Map<string, number>();
    let nextUnit = 1;
    return list.map((d, i) => {
      let code: string;
      const parentUnit = d.parent === undefined ? undefined : unitOf.get(d.parent);
      if (d.parent !== undefined && parentUnit !== undefined) {
        const sub = (subCount.get(d.parent) ?? 0) + 1;
        subCount.set(d.parent, sub);
        code = sipd(d.prefix, parentUnit, sub);
      } else {
        const unit = nextUnit++;
        unitOf.set(d.nama, unit);
        code = sipd(d.prefix, unit, 0);
      }
      return {
        id: `${region.kode}.${pad(i + 1, 4)}`,
        kodeWilayah: region.kode,
        kdSatkerStr: code,
        nama: d.nama,
        weight: satkerWeight(d.nama)
      };
    });
  }
}

export function satkerRow(s: Satker): Cell[] {
  return [s.id, s.kodeWilayah, s.kdSatkerStr, s.nama];
}
