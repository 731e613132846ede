// How pemda buy: the channel mix per year, the categories each channel sells, and the
// value distribution of a purchase in each channel, including the bunching just under the
// legal limits that auditors look for.

import type { Rng } from './random.ts';
import { WeightedPicker } from './random.ts';
import type { Channel, KategoriId } from './reference.ts';

// Share of transactions by count. Pengadaan langsung, toko daring and e-katalog dominate
// the count; tender and e-katalog dominate the value (see VALUE below).
const BASE_COUNT_WEIGHT: Readonly<Record<Exclude<Channel, 'blangkon'>, number>> = {
  pengadaan_langsung: 30,
  toko_daring: 20,
  pencatatan: 16,
  katalog_lokal: 10,
  katalog_nasional: 10,
  katalog_sektoral: 3,
  tender: 4,
  seleksi: 1,
  penunjukan_langsung: 2
};

// E-purchasing grew every year (Inpres 2/2022, toko daring rolled out from 2021), so its
// weight is scaled by year; toko daring starts from a lower base than e-katalog.
const EPURCHASING_BY_YEAR: Readonly<Record<number, number>> = { 2021: 0.5, 2022: 0.72, 2023: 1, 2024: 1.2, 2025: 1.35 };
const TOKO_DARING_BY_YEAR: Readonly<Record<number, number>> = { 2021: 0.45, 2022: 0.75, 2023: 1, 2024: 1.1, 2025: 1.15 };

const E_PURCHASING: ReadonlySet<Channel> = new Set([
  'katalog_nasional', 'katalog_sektoral', 'katalog_lokal', 'toko_daring', 'blangkon'
]);

/**
 * The channel mix of one pemda in one year. `ePropensity` (around 1) lets some pemda buy
 * more through e-purchasing than others; `blangkon` is set for Jawa Tengah members, whose
 * Blangkon orders replace part of their toko daring orders.
 */
export function channelMix(year: number, ePropensity: number, blangkon: boolean): WeightedPicker<Channel> {
  const yearFactor = EPURCHASING_BY_YEAR[year] ?? 1;
  const weights: Partial<Record<Channel, number>> = {};
  for (const [channel, base] of Object.entries(BASE_COUNT_WEIGHT) as [Channel, number][]) {
    weights[channel] = E_PURCHASING.has(channel) ? base * yearFactor * ePropensity : base;
  }
  weights.toko_daring = (weights.toko_daring ?? 0) * (TOKO_DARING_BY_YEAR[year] ?? 1);
  if (blangkon) {
    const toko = weights.toko_daring;
    // Jawa Tengah pushed its agencies to Blangkon hard; it outgrew toko daring there.
    weights.toko_daring = toko * 0.4;
    weights.blangkon = toko * 2.2;
  }
  return WeightedPicker.fromRecord(weights);
}

const KATEGORI_MIX: Readonly<Record<Channel, Partial<Record<KategoriId, number>>>> = {
  tender: { konstruksi_jalan: 38, konstruksi_gedung: 34, alat_kesehatan: 7, kendaraan: 5, tik: 5, pemeliharaan: 6, obat: 5 },
  seleksi: { konsultansi: 1 },
  katalog_nasional: { tik: 25, obat: 20, alat_kesehatan: 20, kendaraan: 15, furnitur: 8, atk: 6, bahan_bangunan: 6 },
  katalog_sektoral: { obat: 35, alat_kesehatan: 35, tik: 15, bahan_bangunan: 15 },
  katalog_lokal: { bahan_bangunan: 20, katering: 15, atk: 12, seragam: 12, furnitur: 12, percetakan: 10,
    konstruksi_jalan: 10, kebersihan: 9 },
  toko_daring: { atk: 30, katering: 20, percetakan: 12, kebersihan: 12, tik: 10, seragam: 6, furnitur: 5, pemeliharaan: 5 },
  blangkon: { katering: 30, atk: 18, percetakan: 14, seragam: 11, kebersihan: 9, pemeliharaan: 8, furnitur: 5,
    bahan_bangunan: 5 },
  pengadaan_langsung: { konstruksi_gedung: 15, konstruksi_jalan: 12, pemeliharaan: 15, konsultansi: 10, katering: 12,
    atk: 8, percetakan: 8, seragam: 5, kebersihan: 5, furnitur: 5, tik: 5 },
  penunjukan_langsung: { konstruksi_gedung: 25, pemeliharaan: 20, obat: 15, alat_kesehatan: 15, konsultansi: 10, kendaraan: 15 },
  pencatatan: { katering: 30, atk: 15, percetakan: 15, kebersihan: 15, pemeliharaan: 15, bahan_bangunan: 10 }
};

const KATEGORI_PICKERS = new Map(
  (Object.entries(KATEGORI_MIX) as [Channel, Partial<Record<KategoriId, number>>][]).map(([channel, mix]) => [
    channel,
    WeightedPicker.fromRecord(mix)
  ])
);

export function pickKategori(rng: Rng, channel: Channel): KategoriId {
  return KATEGORI_PICKERS.get(channel)!.pick(rng);
}

interface Bunching {
  share: number; // of all purchases in the channel
  lo: number; // bunched values fall in [lo, hi]
  hi: number;
  spikeShare: number; // of the bunched ones, the share at exactly `lo`
}

interface ValueModel {
  median: number;
  sigma: number;
  min: number;
  max: number;
  bunching?: Bunching;
}

const JUTA = 1_000_000;
const MILIAR = 1_000_000_000;

// Limits: pengadaan langsung up to Rp200 juta (konsultansi Rp100 juta), toko daring and
// Blangkon up to Rp50 juta per transaction (Perpres 12/2021, LKPP and Pergub rules).
const VALUE: Readonly<Record<Channel, ValueModel>> = {
  tender: { median: 1.5 * MILIAR, sigma: 1.0, min: 200 * JUTA, max: 75 * MILIAR },
  seleksi: { median: 600 * JUTA, sigma: 0.8, min: 100 * JUTA, max: 20 * MILIAR },
  katalog_nasional: { median: 90 * JUTA, sigma: 1.3, min: 1 * JUTA, max: 30 * MILIAR },
  katalog_sektoral: { median: 70 * JUTA, sigma: 1.2, min: 1 * JUTA, max: 15 * MILIAR },
  katalog_lokal: { median: 55 * JUTA, sigma: 1.1, min: 1 * JUTA, max: 10 * MILIAR },
  toko_daring: { median: 6 * JUTA, sigma: 1.0, min: 50_000, max: 50 * JUTA,
    bunching: { share: 0.03, lo: 45 * JUTA, hi: 50 * JUTA - 1, spikeShare: 0.1 } },
  blangkon: { median: 6 * JUTA, sigma: 1.0, min: 50_000, max: 50 * JUTA,
    bunching: { share: 0.03, lo: 45 * JUTA, hi: 50 * JUTA - 1, spikeShare: 0.1 } },
  pengadaan_langsung: { median: 50 * JUTA, sigma: 0.9, min: 2 * JUTA, max: 200 * JUTA,
    bunching: { share: 0.055, lo: 190 * JUTA, hi: 200 * JUTA - 1, spikeShare: 0.35 } },
  penunjukan_langsung: { median: 400 * JUTA, sigma: 1.0, min: 50 * JUTA, max: 20 * MILIAR },
  pencatatan: { median: 4 * JUTA, sigma: 1.1, min: 100_000, max: 200 * JUTA }
};

const PL_KONSULTANSI: ValueModel = { median: 35 * JUTA, sigma: 0.8, min: 2 * JUTA, max: 100 * JUTA,
  bunching: { share: 0.05, lo: 95 * JUTA, hi: 100 * JUTA - 1, spikeShare: 0.3 } };

function modelFor(channel: Channel, kategori: KategoriId): ValueModel {
  if (channel === 'pengadaan_langsung' && kategori === 'konsultansi') return PL_KONSULTANSI;
  return VALUE[channel];
}

/** Most contract values are whole thousands of rupiah; e-katalog unit prices often are not. */
function roundRupiah(rng: Rng, value: number): number {
  return rng.chance(0.85) ? Math.round(value / 1000) * 1000 : Math.round(value);
}

/** An integer rupiah value for one purchase, within the channel's legal limits. */
export function drawValue(rng: Rng, channel: Channel, kategori: KategoriId): number {
  const model = modelFor(channel, kategori);
  const bunch = model.bunching;
  if (bunch !== undefined && rng.chance(bunch.share)) {
    if (rng.chance(bunch.spikeShare)) return bunch.lo;
    return Math.min(bunch.hi, roundRupiah(rng, rng.uniform(bunch.lo, bunch.hi)));
  }
  // Construction is dearer than goods within the same channel.
  const median = kategori.startsWith('konstruksi') ? model.median * 1.3 : model.median;
  for (let attempt = 0; attempt < 20; attempt++) {
    const value = roundRupiah(rng, rng.lognormal(median, model.sigma));
    if (value >= model.min && value <= model.max) return value;
  }
  return model.min; // a tail beyond 20 redraws is vanishingly rare; keep the limit
}

/** Upper limit of a channel, used to keep adjusted Blangkon values legal. */
export function channelMax(channel: Channel): number {
  return VALUE[channel].max;
}

/** Upper limit of a purchase of one category through a channel (konsultansi PL: Rp100 juta). */
export function valueMax(channel: Channel, kategori: KategoriId): number {
  return modelFor(channel, kategori).max;
}
