// anggaran.belanja_pengadaan: the procurement budget, the denominator of the 40 % rule.
//
// The sample holds far fewer transactions than a real pemda makes, so real budget figures
// would make every ratio tiny. Instead the budget is scaled to the sample's own volume:
// for each pemda-year an absorption rate a in [0.70, 0.97] is drawn (real APBD procurement
// absorption sits in that band) and the budget is set to B = R / a, where R is the value
// of that pemda-year's COUNTED transactions (ledger rule 5: completed or running, with a
// value; a Txn already holds what the ledger makes of its records), so that R ≈ a × B.
// B is then split over the pemda's agencies in proportion to what each realised, plus a
// small base so an agency with no transaction in the sample still has a budget line.

import { YEARS, yearOf } from './calendar.ts';
import type { Cell } from './csv-writer.ts';
import type { PemdaProfile } from './plan.ts';
import type { Rng } from './random.ts';
import { isCounted, type Txn } from './txn.ts';

export class BudgetBook {
  /** Counted value per satker and year (index into YEARS); exact below 2^53 rupiah. */
  private readonly realised = new Map<string, Float64Array>();

  add(txn: Txn): void {
    if (!isCounted(txn)) return;
    let sums = this.realised.get(txn.satkerId);
    if (sums === undefined) {
      sums = new Float64Array(YEARS.length);
      this.realised.set(txn.satkerId, sums);
    }
    sums[yearOf(txn.day) - YEARS[0]!]! += txn.nilai;
  }

  /** One anggaran row per satker per year, pemda by pemda. */
  *rows(rng: Rng, profiles: readonly PemdaProfile[]): Generator<Cell[]> {
    for (const [y, year] of YEARS.entries()) {
      for (const p of profiles) {
        const spent = p.satker.map((s) => this.realised.get(s.id)?.[y] ?? 0);
        const total = spent.reduce((a, b) => a + b, 0);
        const absorption = rng.uniform(0.7, 0.97);
        // A pemda-year without counted rows (only in tiny samples) gets a nominal budget.
        const budget = total > 0 ? Math.round(total / absorption) : 1_000_000_000;
        const base = (0.02 * Math.max(total, budget)) / p.satker.length;
        const weights = spent.map((s) => s + base);
        const weightSum = weights.reduce((a, b) => a + b, 0);
        let assigned = 0;
        for (const [i, s] of p.satker.entries()) {
          const share = i === p.satker.length - 1 ? budget - assigned : Math.floor((budget * weights[i]!) / weightSum);
          assigned += share;
          yield [year, p.region.kode, s.id, share];
        }
      }
    }
  }
}
