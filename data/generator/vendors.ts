// Vendors (penyedia) and who buys from whom.
//
// Business form and scale follow LKPP's classification. UD (usaha dagang) is a sole
// proprietorship without legal personality, which LKPP registers as perseorangan; so both
// 'Perorangan' and 'UD' have is_badan_usaha = false, everywhere in the sample, including
// the Blangkon vendor counts. is_umkk = skala in (mikro, kecil, koperasi), Perpres 12/2021.

import type { Cell } from './csv-writer.ts';
import type { BentukUsaha } from './names.ts';
import { vendorName } from './names.ts';
import type { PemdaProfile } from './plan.ts';
import { largestRemainder } from './plan.ts';
import type { Rng } from './random.ts';
import { WeightedIndex, WeightedPicker, zipfWeights } from './random.ts';
import type { Region } from './regions.ts';

export type Skala = 'mikro' | 'kecil' | 'menengah' | 'besar' | 'koperasi';

export interface Vendor {
  id: string;
  nama: string;
  bentuk: BentukUsaha;
  badanUsaha: boolean;
  skala: Skala;
  umkk: boolean;
  kodeWilayah: string;
  kodeProvinsi: string;
  /** Large firm selling nationwide (e-katalog nasional, big tenders). */
  national: boolean;
}

const SKALA_BY_BENTUK: Readonly<Record<BentukUsaha, WeightedPicker<Skala>>> = {
  PT: WeightedPicker.fromRecord<Skala>({ besar: 25, menengah: 35, kecil: 35, mikro: 5 }),
  CV: WeightedPicker.fromRecord<Skala>({ menengah: 15, kecil: 50, mikro: 35 }),
  Firma: WeightedPicker.fromRecord<Skala>({ menengah: 20, kecil: 50, mikro: 30 }),
  UD: WeightedPicker.fromRecord<Skala>({ kecil: 40, mikro: 60 }),
  Perorangan: WeightedPicker.fromRecord<Skala>({ kecil: 25, mikro: 75 }),
  Koperasi: WeightedPicker.fromRecord<Skala>({ koperasi: 1 })
};

export function isBadanUsaha(bentuk: BentukUsaha): boolean {
  return bentuk !== 'Perorangan' && bentuk !== 'UD';
}

/** Builds a vendor with a consistent form, scale and UMKK flag. */
export function makeVendor(rng: Rng, id: string, bentuk: BentukUsaha, domicile: Region, skala?: Skala): Vendor {
  const scale = skala ?? SKALA_BY_BENTUK[bentuk].pick(rng);
  return {
    id,
    nama: vendorName(rng, bentuk),
    bentuk,
    badanUsaha: isBadanUsaha(bentuk),
    skala: scale,
    umkk: scale === 'mikro' || scale === 'kecil' || scale === 'koperasi',
    kodeWilayah: domicile.kode,
    kodeProvinsi: domicile.kodeProvinsi,
    national: false
  };
}

export function vendorRow(v: Vendor): Cell[] {
  return [v.id, v.nama, v.bentuk, v.badanUsaha, v.skala, v.umkk, v.kodeWilayah];
}

export function vendorId(n: number): string {
  return `PNY-${String(n).padStart(7, '0')}`;
}

const BENTUK = WeightedPicker.fromRecord<BentukUsaha>({ CV: 48, PT: 20, Perorangan: 13, UD: 10, Firma: 5, Koperasi: 4 });
// Nationwide suppliers are domiciled where the big firms are: Jakarta, Jawa Barat, Jawa Timur, Banten.
const NATIONAL_PROVINCES: ReadonlySet<string> = new Set(['31', '32', '35', '36']);

/** A vendor count that grows with the sample but sub-linearly past the default size. */
export function vendorCount(rows: number): number {
  const perRow = 0.12;
  const count = rows <= 200_000 ? rows * perRow : 200_000 * perRow * Math.pow(rows / 200_000, 0.6);
  return Math.max(38 * 30, Math.round(count));
}

/** General vendors, spread over provinces by their pemda's buying volume. */
export function buildVendors(rng: Rng, profiles: readonly PemdaProfile[], count: number, firstId: number): Vendor[] {
  const provinces = profiles.filter((p) => p.region.jenis === 'provinsi').map((p) => p.region.kode);
  const volume = provinces.map((code) =>
    profiles.filter((p) => p.region.kodeProvinsi === code).reduce((s, p) => s + p.size, 0)
  );
  const minimum = 30; // every province needs local firms of both kinds
  const perProvince = largestRemainder(volume, count - minimum * provinces.length).map((c) => c + minimum);
  const vendors: Vendor[] = [];
  provinces.forEach((code, i) => {
    const regencies = profiles.filter((p) => p.region.kodeProvinsi === code && p.region.jenis !== 'provinsi');
    const domicile = new WeightedIndex(regencies.map((p) => p.size));
    for (let k = 0; k < perProvince[i]!; k++) {
      const region = regencies[domicile.draw(rng)]!.region;
      const id = vendorId(firstId + vendors.length);
      if (NATIONAL_PROVINCES.has(code) && rng.chance(0.12)) {
        vendors.push({ ...makeVendor(rng, id, 'PT', region, rng.chance(0.5) ? 'besar' : 'menengah'), national: true });
      } else {
        vendors.push(makeVendor(rng, id, BENTUK.pick(rng), region));
      }
    }
  });
  return vendors;
}

/** Vendors a buyer returns to, ranked so the first few win most orders (Zipf-like). */
class Roster {
  private readonly picker: WeightedIndex | undefined;
  constructor(readonly members: readonly Vendor[]) {
    this.picker = members.length > 0 ? new WeightedIndex(zipfWeights(members.length, 1.05)) : undefined;
  }
  pick(rng: Rng): Vendor | undefined {
    return this.picker === undefined ? undefined : this.members[this.picker.draw(rng)];
  }
}

function sample(rng: Rng, pool: readonly Vendor[], n: number): Vendor[] {
  return rng.shuffle([...pool]).slice(0, Math.min(n, pool.length));
}

/** The local vendors a pemda buys from, plus the nationwide suppliers everyone shares. */
export class VendorMarket {
  private readonly local = new Map<string, { umkk: Roster; other: Roster }>();
  private readonly national: Roster;
  private readonly anyUmkk: Roster;

  constructor(rng: Rng, vendors: readonly Vendor[], profiles: readonly PemdaProfile[], expected: ReadonlyMap<string, number>) {
    this.national = new Roster(sample(rng, vendors.filter((v) => v.national), 400));
    this.anyUmkk = new Roster(sample(rng, vendors.filter((v) => v.umkk), 400));
    const byProvince = new Map<string, Vendor[]>();
    for (const v of vendors) {
      const list = byProvince.get(v.kodeProvinsi);
      if (list === undefined) byProvince.set(v.kodeProvinsi, [v]);
      else list.push(v);
    }
    for (const p of profiles) {
      const pool = byProvince.get(p.region.kodeProvinsi) ?? [];
      const n = expected.get(p.region.kode) ?? 0;
      this.local.set(p.region.kode, {
        umkk: new Roster(sample(rng, pool.filter((v) => v.umkk), 8 + Math.round(n * 0.15))),
        other: new Roster(sample(rng, pool.filter((v) => !v.umkk && !v.national), 6 + Math.round(n * 0.08)))
      });
    }
  }

  /** A vendor for one purchase; `nationalShare` is the chance a non-UMKK order goes national. */
  pick(rng: Rng, kodeWilayah: string, wantUmkk: boolean, nationalShare: number): Vendor {
    const local = this.local.get(kodeWilayah);
    if (local === undefined) throw new Error(`no vendor roster for ${kodeWilayah}`);
    const chosen = wantUmkk
      ? (local.umkk.pick(rng) ?? this.anyUmkk.pick(rng))
      : rng.chance(nationalShare)
        ? this.national.pick(rng)
        : (local.other.pick(rng) ?? this.national.pick(rng));
    if (chosen === undefined) throw new Error('vendor pools are empty');
    return chosen;
  }
}
