// Blangkon Jateng (Belanja Langsung Toko Online Jawa Tengah): the province's own online shop
// for direct purchases up to Rp50 juta from local UMKM.
//
// The sample must reproduce the figures published for March 2022 exactly, at every --rows:
// from the launch to 2022-03-25, counting completed orders only, Rp15 miliar in total of
// which katering Rp4 miliar (the top category); 2,448 registered vendors (1,244 not badan
// usaha); 18 kabupaten/kota joined, 10 of them transacting. So everything before the
// snapshot is generated here from its own random stream, independent of the sample size;
// later Blangkon orders are ordinary rows of transactions.ts, allowed only after the snapshot.

import { dayOf, isoOf, seasonalDay } from './calendar.ts';
import { drawValue, pickKategori } from './channels.ts';
import type { Cell } from './csv-writer.ts';
import { uraian, type BentukUsaha } from './names.ts';
import type { PemdaProfile } from './plan.ts';
import type { Rng } from './random.ts';
import type { KategoriId } from './reference.ts';
import { drawOutcome } from './status.ts';
import { emptyTxn, fillShares, type Txn } from './txn.ts';
import { makeVendor, vendorId, type Vendor } from './vendors.ts';

export const BLANGKON_LAUNCH = dayOf('2021-04-21');
export const BLANGKON_SNAPSHOT = dayOf('2022-03-25');
const JATENG = '33';

// Completed value per category up to the snapshot; katering is the published top category.
const SNAPSHOT_VALUE: Readonly<Partial<Record<KategoriId, number>>> = {
  katering: 4_000_000_000, atk: 2_600_000_000, percetakan: 2_200_000_000, seragam: 1_800_000_000,
  kebersihan: 1_300_000_000, pemeliharaan: 1_200_000_000, bahan_bangunan: 1_000_000_000, furnitur: 900_000_000
};
const VENDORS_BY_SNAPSHOT = 2_448;
const NON_BADAN_USAHA_BY_SNAPSHOT = 1_244;
const VENDORS_LATER = 1_652;
const LAUNCH_WAVE = 350; // shops onboarded before the launch day
const TRANSACTING_BY_SNAPSHOT = 10;
const JOINED_BY_SNAPSHOT = 18; // kabupaten/kota, the province itself not counted

export interface Blangkon {
  /** Registered vendors, in order of registration. */
  vendors: Vendor[];
  vendorRows: Cell[][];
  pemdaRows: Cell[][];
  /** First day each member pemda may appear in the ordinary (post-snapshot) Blangkon rows. */
  openDay: ReadonlyMap<string, number>;
  /** Pre-snapshot transactions (without ids) keyed by `${year}|${kode_wilayah}`. */
  fixed: ReadonlyMap<string, Txn[]>;
  fixedCount: number;
  pickVendor(rng: Rng, day: number): Vendor;
}

/** Days within [from, to], `count` of them, denser towards `to` when skew < 1. */
function spreadDays(rng: Rng, count: number, from: number, to: number, skew: number): number[] {
  return Array.from({ length: count }, () => from + Math.floor((to - from + 1) * Math.pow(rng.next(), skew))).sort((a, b) => a - b);
}

function buildVendors(rng: Rng, kabKota: readonly string[], profiles: ReadonlyMap<string, PemdaProfile>): Vendor[] {
  // Exactly 1,244 of the first 2,448 are not badan usaha (Perorangan or UD, see vendors.ts).
  const early = rng.shuffle(Array.from({ length: VENDORS_BY_SNAPSHOT }, (_, i) => i >= NON_BADAN_USAHA_BY_SNAPSHOT));
  const late = Array.from({ length: VENDORS_LATER }, () => rng.chance(0.5));
  return [...early, ...late].map((badanUsaha, i) => {
    const bentuk: BentukUsaha = badanUsaha
      ? rng.pick<BentukUsaha>(['CV', 'CV', 'CV', 'CV', 'CV', 'CV', 'PT', 'Koperasi', 'Koperasi', 'Firma'])
      : rng.chance(0.6) ? 'Perorangan' : 'UD';
    const skala = bentuk === 'Koperasi' ? 'koperasi' : rng.chance(0.7) ? 'mikro' : 'kecil';
    const domicile = profiles.get(rng.pick(kabKota))!.region;
    return makeVendor(rng, vendorId(i + 1), bentuk, domicile, skala);
  });
}

/** Values of one category summing exactly to `total`, each within (0, Rp50 juta]. */
function exactValues(rng: Rng, kategori: KategoriId, total: number): number[] {
  const values: number[] = [];
  let sum = 0;
  while (sum < total) {
    const value = Math.min(drawValue(rng, 'blangkon', kategori), total - sum);
    values.push(value);
    sum += value;
  }
  // A last order of a few thousand rupiah would look odd: fold it into one with headroom.
  const last = values[values.length - 1]!;
  const host = values.findIndex((v, i) => i < values.length - 1 && v + last <= 50_000_000);
  if (last < 300_000 && host >= 0) {
    values.pop();
    values[host]! += last;
  }
  return values;
}

export function buildBlangkon(rng: Rng, satkerRng: Rng, profiles: ReadonlyMap<string, PemdaProfile>): Blangkon {
  const kabKota = [...profiles.values()].filter((p) => p.region.kodeProvinsi === JATENG && p.region.jenis !== 'provinsi').map((p) => p.region.kode);
  // Members: the province at launch; 10 early kabupaten/kota that transact before the
  // snapshot; 8 that joined just before it without ordering yet; the rest join later.
  const order = rng.shuffle([...kabKota]);
  const joinDays = [
    ...spreadDays(rng, TRANSACTING_BY_SNAPSHOT, BLANGKON_LAUNCH, dayOf('2021-11-30'), 1),
    ...spreadDays(rng, JOINED_BY_SNAPSHOT - TRANSACTING_BY_SNAPSHOT, dayOf('2021-12-01'), BLANGKON_SNAPSHOT, 1),
    ...spreadDays(rng, order.length - JOINED_BY_SNAPSHOT, dayOf('2022-04-01'), dayOf('2024-12-31'), 1)
  ];
  const join = new Map<string, number>([[JATENG, BLANGKON_LAUNCH], ...order.map((k, i) => [k, joinDays[i]!] as const)]);
  const openDay = new Map([...join].map(([k, d]) => [k, Math.max(d, BLANGKON_SNAPSHOT + 1)] as const));

  // Vendors: a wave at launch (onboarded beforehand), then steady sign-ups.
  const vendors = buildVendors(rng, kabKota, profiles);
  const registered = [
    ...Array.from({ length: LAUNCH_WAVE }, () => BLANGKON_LAUNCH),
    ...spreadDays(rng, VENDORS_BY_SNAPSHOT - LAUNCH_WAVE, BLANGKON_LAUNCH, BLANGKON_SNAPSHOT, 0.8),
    ...spreadDays(rng, VENDORS_LATER, BLANGKON_SNAPSHOT + 1, dayOf('2025-10-31'), 1.3)
  ];
  const pickVendor = (r: Rng, day: number): Vendor => {
    let eligible = 0; // registered on or before `day`; binary search over sorted days
    for (let lo = 0, hi = registered.length; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if (registered[mid]! <= day) lo = eligible = mid + 1;
      else hi = mid;
    }
    if (eligible === 0) throw new Error(`no Blangkon vendor registered by ${isoOf(day)}`);
    return vendors[Math.floor(eligible * Math.pow(r.next(), 1.6))]!; // early shops sell most
  };

  // Completed orders that hit the published totals exactly, then a few cancelled/failed ones.
  const drafts: { kategori: KategoriId; nilai: number; selesai: boolean }[] = [];
  for (const [kategori, total] of Object.entries(SNAPSHOT_VALUE) as [KategoriId, number][]) {
    for (const nilai of exactValues(rng, kategori, total)) drafts.push({ kategori, nilai, selesai: true });
  }
  const failed = Math.round(drafts.length * 0.035);
  for (let i = 0; i < failed; i++) {
    const kategori = pickKategori(rng, 'blangkon');
    drafts.push({ kategori, nilai: drawValue(rng, 'blangkon', kategori), selesai: false });
  }
  rng.shuffle(drafts);

  // Orders ramp up after launch and follow the fiscal calendar.
  const days = drafts.map(() => {
    for (;;) {
      const day = seasonalDay(rng, BLANGKON_LAUNCH, BLANGKON_SNAPSHOT);
      if (rng.chance(0.25 + (0.75 * (day - BLANGKON_LAUNCH)) / (BLANGKON_SNAPSHOT - BLANGKON_LAUNCH))) return day;
    }
  }).sort((a, b) => a - b);
  const buyers = [JATENG, ...order.slice(0, TRANSACTING_BY_SNAPSHOT)];
  const txns = drafts.map((d, i) => {
    const day = days[i]!;
    const open = buyers.filter((k) => join.get(k)! <= day);
    const buyer = rng.chance(0.3) ? JATENG : rng.pick(open);
    const vendor = pickVendor(rng, day);
    const txn: Txn = { ...emptyTxn(), day, channel: 'blangkon', kodeWilayah: buyer, kodeProvinsi: JATENG,
      uraian: uraian(rng, d.kategori), kategori: d.kategori, penyediaId: vendor.id, nilai: d.nilai };
    txn.status = d.selesai ? 'selesai' : drawOutcome(rng, 'blangkon') === 'gagal' ? 'gagal' : 'dibatalkan';
    fillShares(rng, txn, vendor.umkk);
    return txn;
  });
  // Every early member must have at least one completed order: hand it one of the province's.
  for (const kode of buyers.slice(1)) {
    if (txns.some((t) => t.kodeWilayah === kode && t.status === 'selesai')) continue;
    const spare = txns.find((t) => t.kodeWilayah === JATENG && t.status === 'selesai' && t.day >= join.get(kode)!);
    if (spare === undefined) throw new Error(`cannot give ${kode} a Blangkon order`);
    spare.kodeWilayah = kode;
  }

  const fixed = new Map<string, Txn[]>();
  for (const t of txns) {
    const profile = profiles.get(t.kodeWilayah)!;
    t.satkerId = profile.satker[profile.satkerPicker.draw(satkerRng)]!.id;
    const key = `${isoOf(t.day).slice(0, 4)}|${t.kodeWilayah}`;
    const list = fixed.get(key);
    if (list === undefined) fixed.set(key, [t]);
    else list.push(t);
  }
  return {
    vendors,
    vendorRows: vendors.map((v, i) => ['blangkon', v.id, isoOf(registered[i]!)]),
    pemdaRows: [...join].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([k, d]) => ['blangkon', k, isoOf(d)]),
    openDay,
    fixed,
    fixedCount: txns.length,
    pickVendor
  };
}
