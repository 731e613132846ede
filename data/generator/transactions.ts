// Transactions of one pemda in one year: channel, category, value, buyer agency, vendor,
// status, UMKK/PDN shares, the RUP package they draw on, and their source records.

import type { Blangkon } from './blangkon.ts';
import { seasonalDayInYear } from './calendar.ts';
import { channelMix, drawValue, pickKategori } from './channels.ts';
import { uraian } from './names.ts';
import type { PemdaProfile } from './plan.ts';
import type { Rng } from './random.ts';
import type { Channel } from './reference.ts';
import { planOrder, planRecords, type RecordForm } from './records.ts';
import type { RupPlanner } from './rup.ts';
import { drawStatus } from './status.ts';
import { emptyTxn, fillShares, type Txn } from './txn.ts';
import type { VendorGaps } from './vendor-gaps.ts';
import type { Vendor, VendorMarket } from './vendors.ts';

const BIG_PACKAGE = 15_000_000_000; // above this, packages are not reserved for small business

/**
 * Who sells through a channel. Small purchases go to local small firms more often than the
 * pemda's overall propensity; national catalogues and big tenders go to large firms.
 * Returns [chance the vendor is UMKK, chance a non-UMKK vendor is a national supplier].
 */
function vendorOdds(channel: Channel, nilai: number, u: number): [number, number] {
  switch (channel) {
    case 'katalog_nasional':
    case 'katalog_sektoral':
      return [u * 0.55, 0.7];
    case 'katalog_lokal':
      return [Math.min(1, u * 1.2), 0.1];
    case 'tender':
      return nilai > BIG_PACKAGE ? [u * 0.15, 0.7] : [u * 0.9, 0.3];
    case 'seleksi':
      return [u * 0.7, 0.2];
    case 'penunjukan_langsung':
      return [u * 0.6, 0.3];
    case 'pengadaan_langsung':
    case 'pencatatan':
      return [Math.min(1, u * 1.25), 0.05];
    case 'toko_daring':
    case 'blangkon':
      return [1, 0]; // UMKK marketplaces: only UMKK shops sell there
  }
}

export interface PemdaYearContext {
  rng: Rng;
  market: VendorMarket;
  blangkon: Blangkon;
  rup: RupPlanner;
  gaps: VendorGaps;
  /** Transactions per record form, for the generator's summary. */
  forms: Map<RecordForm, number>;
}

/**
 * `count` new transactions of one pemda-year plus any fixed (pre-snapshot Blangkon) ones,
 * sorted by date, each with its source records planned. The first new row is always a
 * completed single record, so a pemda-year that has rows at all shows realisation.
 */
export function pemdaYear(
  ctx: PemdaYearContext,
  profile: PemdaProfile,
  year: number,
  count: number,
  fixed: readonly Txn[]
): Txn[] {
  const { rng, market, blangkon, rup, forms } = ctx;
  const tally = (form: RecordForm): void => void forms.set(form, (forms.get(form) ?? 0) + 1);
  const kode = profile.region.kode;
  const blangkonOpen = blangkon.openDay.get(kode);
  const mix = channelMix(year, profile.ePropensity, blangkonOpen !== undefined);
  rup.begin(year);
  const out: Txn[] = [...fixed];
  for (const t of fixed) {
    planOrder(t);
    tally('pesanan');
  }
  for (let i = 0; i < count; i++) {
    const day = seasonalDayInYear(rng, year);
    let channel = mix.pick(rng);
    // Before a member may use Blangkon (and before the snapshot) it buys from toko daring.
    if (channel === 'blangkon' && (blangkonOpen === undefined || day < blangkonOpen)) channel = 'toko_daring';
    const kategori = pickKategori(rng, channel);
    const nilai = drawValue(rng, channel, kategori);
    const satker = profile.satker[profile.satkerPicker.draw(rng)]!;
    let vendor: Vendor;
    if (channel === 'blangkon') {
      vendor = blangkon.pickVendor(rng, day);
    } else {
      const [umkkOdds, nationalOdds] = vendorOdds(channel, nilai, profile.umkkPropensity);
      vendor = market.pick(rng, kode, rng.chance(umkkOdds), nationalOdds);
    }
    const txn: Txn = {
      ...emptyTxn(),
      day,
      channel,
      kodeWilayah: kode,
      kodeProvinsi: profile.region.kodeProvinsi,
      satkerId: satker.id,
      uraian: uraian(rng, kategori),
      kategori,
      penyediaId: vendor.id,
      nilai,
      status: i === 0 ? 'selesai' : drawStatus(rng, channel, day)
    };
    fillShares(rng, txn, vendor.umkk);
    // Linked before the records are planned: a package keeps its value even when the
    // transaction ends up without one (selection done, contract not signed yet).
    rup.link(txn, vendor.umkk);
    tally(planRecords({ rng, gaps: ctx.gaps }, txn, i === 0));
    out.push(txn);
  }
  rup.addUnrealised(profile);
  // Stable sort by date so ids run in date order within the pemda-year.
  return out.map((t, i) => [t, i] as const).sort((a, b) => a[0].day - b[0].day || a[1] - b[1]).map(([t]) => t);
}
