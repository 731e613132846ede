// Vendor ids whose profile is poor, so the ledger's "richest record supplies the vendor"
// rule (rule 4) has something to choose between:
// - thin vendors: a penyedia row whose form, scale and UMKK flag are unknown (a vendor known
//   to one system only by its id), score 1 of 4;
// - foreign ids: an id with no penyedia row at all (a record carrying the vendor's NPWP
//   instead of its SIKaP id), score 0.
// Their own random stream keeps them from shifting any other part of the sample.

import type { Cell } from './csv-writer.ts';
import { vendorName } from './names.ts';
import type { Rng } from './random.ts';
import type { Region } from './regions.ts';
import { vendorId } from './vendors.ts';

interface ThinVendor {
  id: string;
  nama: string;
  kodeWilayah: string;
}

export class VendorGaps {
  private readonly thin: ThinVendor[];

  /** `count` thin vendors numbered from `firstId`, domiciled anywhere. */
  constructor(rng: Rng, regions: readonly Region[], firstId: number, count: number) {
    this.thin = Array.from({ length: count }, (_, i) => ({
      id: vendorId(firstId + i),
      nama: vendorName(rng, rng.chance(0.7) ? 'CV' : 'PT'),
      kodeWilayah: rng.pick(regions).kode
    }));
  }

  /** Thin vendors grow slowly with the sample: a handful is enough to exercise the rule. */
  static countFor(rows: number): number {
    return Math.max(20, Math.min(2_000, Math.round(rows / 4_000)));
  }

  thinId(rng: Rng): string {
    return rng.pick(this.thin).id;
  }

  /** A 15-digit NPWP-style id that no penyedia row has. */
  foreignId(rng: Rng): string {
    const digits = Array.from({ length: 15 }, () => rng.int(10)).join('');
    return `NPWP-${digits}`;
  }

  /** penyedia rows: nothing known beyond the name and domicile. */
  rows(): Cell[][] {
    return this.thin.map((v) => [v.id, v.nama, 'tidak_diketahui', null, 'tidak_diketahui', null, v.kodeWilayah]);
  }
}
