// The plan side (SiRUP paket penyedia) and its link to realisation through kd_rup.
//
// Tenders are one package each; e-katalog and pencatatan orders often draw on one package;
// a few direct purchases share one too (the splitting pattern auditors look for). Some
// packages are never realised. Overall there is about one plan row per 2-3 transactions.

import { channelMix, drawValue, pickKategori } from './channels.ts';
import type { Cell } from './csv-writer.ts';
import type { PemdaProfile } from './plan.ts';
import type { Rng } from './random.ts';
import type { Channel, KategoriId } from './reference.ts';
import { KATEGORI_BY_ID, isUmkkMarketplace } from './reference.ts';
import type { Txn } from './txn.ts';

interface Paket {
  kdRup: string;
  satkerId: string;
  nama: string;
  kategori: KategoriId;
  metode: Channel;
  realised: number;
  umkkVendor: boolean;
}

// Chance a transaction is linked to a RUP package, and that it draws on an open one. An
// e-katalog or pencatatan package is a satker's budget line ("belanja ... melalui
// e-katalog") that many orders draw on; a direct purchase is mostly its own package, but
// some packages of one kind of work (goods, construction...) are realised by several
// direct purchases, the splitting pattern auditors look for.
const LINK: Partial<Record<Channel, number>> = {
  tender: 0.99, seleksi: 0.99, penunjukan_langsung: 0.95, pengadaan_langsung: 0.7,
  katalog_nasional: 0.75, katalog_sektoral: 0.75, katalog_lokal: 0.75, pencatatan: 0.4
};
const REUSE: Partial<Record<Channel, number>> = {
  katalog_nasional: 0.85, katalog_sektoral: 0.85, katalog_lokal: 0.85, pencatatan: 0.85, pengadaan_langsung: 0.3
};
/** Channels whose packages pool orders of several categories. */
const POOLED: ReadonlySet<Channel> = new Set(['katalog_nasional', 'katalog_sektoral', 'katalog_lokal', 'pencatatan']);
const UKM_RESERVED_LIMIT = 15_000_000_000; // packages up to Rp15 miliar are reserved for small business

/** Collects the packages of one pemda-year, then writes them with a pagu >= what was realised. */
export class RupPlanner {
  private nextCode = 30_000_001; // 8-digit numeric codes like SiRUP's
  private pakets: Paket[] = [];
  private open = new Map<string, Paket>();
  private year = 0;

  constructor(private readonly rng: Rng) {}

  /** Links a transaction to a new or open package of its satker and method (and kind of work). */
  link(txn: Txn, vendorUmkk: boolean): void {
    if (isUmkkMarketplace(txn.channel) || !this.rng.chance(LINK[txn.channel] ?? 0)) return;
    const scope = POOLED.has(txn.channel) ? '' : KATEGORI_BY_ID.get(txn.kategori)!.jenis;
    const key = `${txn.satkerId}|${txn.channel}|${scope}`;
    let paket = this.open.get(key);
    if (paket === undefined || !this.rng.chance(REUSE[txn.channel] ?? 0)) {
      paket = this.newPaket(txn.satkerId, txn.kategori, txn.channel, `${txn.uraian} ${this.year}`);
      paket.umkkVendor = vendorUmkk;
      this.open.set(key, paket);
    }
    paket.realised += txn.nilai;
    txn.kdRup = paket.kdRup;
  }

  /** Starts a pemda-year: packages never span two budget years. */
  begin(year: number): void {
    this.year = year;
    this.pakets = [];
    this.open.clear();
  }

  private newPaket(satkerId: string, kategori: KategoriId, metode: Channel, nama: string): Paket {
    const paket: Paket = { kdRup: String(this.nextCode++), satkerId, nama, kategori, metode, realised: 0, umkkVendor: false };
    this.pakets.push(paket);
    return paket;
  }

  /** Adds packages that were planned but never realised, about 8 % of the linked ones. */
  addUnrealised(profile: PemdaProfile): void {
    const count = Math.round(this.pakets.length * 0.08 + this.rng.next());
    const mix = channelMix(this.year, profile.ePropensity, false);
    for (let i = 0; i < count; i++) {
      let metode = mix.pick(this.rng);
      if (isUmkkMarketplace(metode)) metode = 'katalog_lokal';
      const kategori = pickKategori(this.rng, metode);
      const satker = profile.satker[profile.satkerPicker.draw(this.rng)]!;
      const paket = this.newPaket(satker.id, kategori, metode, `${KATEGORI_BY_ID.get(kategori)!.nama} ${satker.nama} ${this.year}`);
      paket.realised = drawValue(this.rng, metode, kategori);
      paket.umkkVendor = this.rng.chance(profile.umkkPropensity);
    }
  }

  /** paket_rup rows of the current pemda-year. */
  rows(profile: PemdaProfile): Cell[][] {
    return this.pakets.map((p) => {
      // HPS and pagu carry a margin over the contract value; round up to whole thousands.
      const pagu = Math.max(1000, Math.ceil((p.realised * this.rng.uniform(1, 1.25)) / 1000) * 1000);
      const pdnShare = KATEGORI_BY_ID.get(p.kategori)!.pdnShare;
      const isPdn = this.rng.chance(Math.min(1, pdnShare + 0.1));
      const isUkm = pagu <= UKM_RESERVED_LIMIT ? this.rng.chance(p.umkkVendor ? 0.92 : 0.35) : this.rng.chance(0.05);
      return [p.kdRup, this.year, profile.region.kode, p.satkerId, p.nama, p.kategori, p.metode, pagu, isPdn, isUkm];
    });
  }
}
