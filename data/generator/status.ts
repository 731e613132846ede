// The status of a transaction when the sample was pulled (early in the year after the last
// fiscal year): completed, still running, cancelled or failed.
//
// Whether a contract or order has finished depends on its age: almost everything from
// 2021 is closed, while a large part of what was signed late in the last year still runs
// (e-katalog v6 orders 'ON_PROCESS', contracts under execution). Running ones stand and
// count as realisation (ledger rule 5), so the sample needs a realistic share of them.

import { firstDayOfYear, LAST_YEAR, lastDayOfYear, yearOf } from './calendar.ts';
import type { Rng } from './random.ts';
import type { Channel } from './reference.ts';
import { kanalOf } from './reference.ts';

export type Status = 'selesai' | 'berjalan' | 'dibatalkan' | 'gagal';

/**
 * ~97 % stand, ~2 % cancelled, ~1 % failed; failures are mostly marketplace orders the
 * vendor never confirmed (status_konfirmasi_ppmse = 'gagal'). Draws exactly one number, so
 * the Blangkon snapshot stream stays as it was.
 */
export function drawOutcome(rng: Rng, channel: Channel): 'selesai' | 'dibatalkan' | 'gagal' {
  const online = kanalOf(channel).group === 'e_purchasing';
  const u = rng.next();
  if (u < (online ? 0.022 : 0.002)) return 'gagal';
  if (u < (online ? 0.037 : 0.025)) return 'dibatalkan';
  return 'selesai';
}

// Chance that a standing transaction still runs: a floor per fiscal year plus a ramp that
// rises steeply towards the year's end (cubic in the fraction of the year gone). With the
// seasonal calendar this gives ~6 % overall and ~30 % of the last year's fourth quarter.
const FLOOR: Readonly<Record<number, number>> = { 2021: 0.01, 2022: 0.015, 2023: 0.02, 2024: 0.045, 2025: 0.06 };
const RAMP: Readonly<Record<number, number>> = { 2024: 0.1, 2025: 0.36 };

/** Construction and consultancy contracts run for months; a shop order closes in days. */
function durationFactor(channel: Channel): number {
  switch (channel) {
    case 'tender':
    case 'seleksi':
    case 'penunjukan_langsung':
      return 1.3;
    case 'toko_daring':
    case 'blangkon':
      return 0.6;
    default:
      return 1;
  }
}

/** Fraction of the fiscal year gone by `day`, in [0, 1]. */
export function yearFraction(day: number): number {
  const year = yearOf(day);
  const first = firstDayOfYear(year);
  return (day - first) / (lastDayOfYear(year) - first);
}

export function runningChance(channel: Channel, day: number): number {
  const year = yearOf(day);
  const p = (FLOOR[year] ?? 0.02) + (RAMP[year] ?? 0) * Math.pow(yearFraction(day), 3);
  return Math.min(0.9, p * durationFactor(channel));
}

/** The status of an ordinary transaction: its outcome, and whether a standing one still runs. */
export function drawStatus(rng: Rng, channel: Channel, day: number): Status {
  const outcome = drawOutcome(rng, channel);
  if (outcome !== 'selesai') return outcome;
  return rng.chance(runningChance(channel, day)) ? 'berjalan' : 'selesai';
}

/**
 * Chance that a selection finished (or a pencatatan was recorded) but no value exists yet:
 * the contract is not signed, nothing was paid. Rare, except at the end of the last year.
 */
export function valuelessChance(day: number): number {
  const late = yearOf(day) === LAST_YEAR ? 0.1 * Math.pow(yearFraction(day), 4) : 0;
  return 0.003 + late;
}
