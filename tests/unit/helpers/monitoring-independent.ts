/**
 * The weekly-monitoring definitions (as-of day, fiscal year, gap, pace, projection, path,
 * status, ranks) written out a second time for tests/unit/monitoring-recompute.test.ts, with
 * exact fractions of BigInts and Date.UTC. Nothing here imports the app's src/lib: it is the
 * specification, not the implementation.
 */

/** An exact fraction n/d (d > 0). */
export class Fraction {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error('fraction with denominator 0');
    this.n = d < 0n ? -n : n;
    this.d = d < 0n ? -d : d;
  }
  plus(o: Fraction): Fraction {
    return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  minus(o: Fraction): Fraction {
    return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  times(o: Fraction): Fraction {
    return new Fraction(this.n * o.n, this.d * o.d);
  }
  over(o: Fraction): Fraction {
    return new Fraction(this.n * o.d, this.d * o.n);
  }
  /** −1, 0 or 1 as this is below, equal to or above o. */
  compare(o: Fraction): number {
    const difference = this.n * o.d - o.n * this.d;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }
  sign(): number {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }
  /** The nearest double, within one part in 10^15 or so. */
  toNumber(): number {
    if (this.n === 0n) return 0;
    const negative = this.n < 0n;
    const scaled = ((negative ? -this.n : this.n) * 10n ** 40n) / this.d;
    const value = Number(scaled) / 1e40;
    return negative ? -value : value;
  }
}

const q = (n: bigint, d: bigint = 1n) => new Fraction(n, d);

/** A fraction written with at most 4 decimals ("0.4", "0.1234", "1") in ten-thousandths. */
export function tenThousandths(text: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(text);
  if (!match) throw new Error(`not a fraction with ≤ 4 decimals: ${text}`);
  return BigInt(match[1]!) * 10_000n + BigInt((match[2] ?? '').padEnd(4, '0'));
}

// ---- calendar (UTC days) ----

const MS_PER_DAY = 86_400_000;

export function epochDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function dayString(epoch: number): string {
  const date = new Date(epoch * MS_PER_DAY);
  const pad = (v: number, width = 2) => String(v).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export const minusDays = (day: string, days: number): string => dayString(epochDay(day) - days);

/** The same day a year earlier; 29 February becomes 28 February. */
export function oneYearEarlier(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const monthDay = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Weeks (rounded up) from day D to 31 December of year Y; 0 when that is not after D. */
export function weeksToYearEnd(year: number, day: string): number {
  const days = epochDay(`${year}-12-31`) - epochDay(day);
  if (days <= 0) return 0;
  return Math.floor((days + 6) / 7);
}

/** Days from 1 January of Y through D (both counted) over the days of Y, clamped to [0, 1]. */
export function linearShare(year: number, day: string): Fraction {
  const first = epochDay(`${year}-01-01`);
  const length = epochDay(`${year + 1}-01-01`) - first;
  const elapsed = Math.min(Math.max(epochDay(day) - first + 1, 0), length);
  return q(BigInt(elapsed), BigInt(length));
}

// ---- progress ----

/** A realised measure of the slice: in fiscal year Y up to D, in Y−1 up to D a year earlier, in Y−1 in full. */
export interface YearFigures {
  now: bigint;
  last: bigint;
  full: bigint;
}

export interface SpecInput {
  targetUnits: bigint;
  thresholdUnits: bigint;
  numerator: bigint;
  /** > 0 (a figure without a denominator has no progress). */
  denominator: bigint;
  year: number;
  asof: string;
  numeratorYear: YearFigures;
  /** A realised denominator's year figures, or a fixed denominator's part of year Y. */
  denominatorYear: YearFigures | { fixedYearPart: bigint };
}

export interface SpecProgress {
  needed: bigint;
  gap: bigint;
  weeksLeft: number;
  pace: bigint | null;
  projection: number | null;
  method: 'profil_tahun_lalu' | 'linear';
  path: number;
  status: 'tercapai' | 'sesuai' | 'berisiko' | 'tertinggal';
}

/** ⌈a / b⌉ for a ≥ 0, b > 0, written without the (a + b − 1) / b shortcut. */
function ceilDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return quotient * b < a ? quotient + 1n : quotient;
}

const profileOf = (f: YearFigures): Fraction | null => (f.last > 0n && f.full > 0n ? q(f.last, f.full) : null);

export function specProgress(input: SpecInput): SpecProgress {
  const { targetUnits, numerator, denominator, year, asof } = input;
  const target = q(targetUnits, 10_000n);
  const needed = ceilDiv(targetUnits * denominator, 10_000n);
  const gap = needed - numerator > 0n ? needed - numerator : 0n;
  const weeksLeft = weeksToYearEnd(year, asof);
  const pace = weeksLeft === 0 ? null : ceilDiv(gap, BigInt(weeksLeft));

  const e = linearShare(year, asof);
  const profile = profileOf(input.numeratorYear);
  const method = profile ? 'profil_tahun_lalu' : 'linear';
  const p = profile ?? e;

  const grow = (total: bigint, yearPart: bigint, share: Fraction) => q(total - yearPart).plus(q(yearPart).over(share));
  let projection: number | null = null;
  let path: Fraction;
  const denYear = input.denominatorYear;
  if ('fixedYearPart' in denYear) {
    if (p.sign() > 0) projection = grow(numerator, input.numeratorYear.now, p).over(q(denominator)).toNumber();
    path = target.times(q(denominator - denYear.fixedYearPart).plus(q(denYear.fixedYearPart).times(p))).over(q(denominator));
  } else {
    const share = method === 'linear' ? e : (profileOf(denYear) ?? p);
    if (p.sign() > 0 && share.sign() > 0) {
      const projectedDenominator = grow(denominator, denYear.now, share);
      if (projectedDenominator.sign() > 0) {
        projection = grow(numerator, input.numeratorYear.now, p).over(projectedDenominator).toNumber();
      }
    }
    path = target;
  }
  const value = q(numerator, denominator);
  const threshold = q(input.thresholdUnits, 10_000n);
  const status =
    gap === 0n ? 'tercapai'
    : value.compare(path) >= 0 ? 'sesuai'
    : value.compare(path.minus(threshold)) >= 0 ? 'berisiko'
    : 'tertinggal';
  return { needed, gap, weeksLeft, pace, projection, method, path: path.toNumber(), status };
}

// ---- ranks ----

export interface SpecRegion {
  kode: string;
  numerator: bigint;
  /** null when the figure is not computable for the region. */
  denominator: bigint | null;
}

/** Competition ranks (1, 2, 2, 4), highest value first, by exact comparison; unranked without a denominator. */
export function competitionRanks(regions: readonly SpecRegion[]): Map<string, number> {
  const valued = regions.filter((r) => r.denominator !== null).map((r) => ({ kode: r.kode, value: q(r.numerator, r.denominator!) }));
  valued.sort((a, b) => b.value.compare(a.value));
  // A region's rank is 1 + the number of regions with a strictly higher value.
  const ranks = new Map<string, number>();
  let higher = 0;
  valued.forEach((r, i) => {
    if (i > 0 && valued[i - 1]!.value.compare(r.value) !== 0) higher = i;
    ranks.set(r.kode, higher + 1);
  });
  return ranks;
}
