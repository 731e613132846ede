// Seeded randomness for the sample generator.
//
// Math.random cannot be seeded, and the app's sample must be byte-identical for a given
// seed, so every random draw in the generator goes through this module. Each part of the
// generator forks its own named stream: changing how many draws one part makes (for
// example, more transactions with a larger --rows) never shifts the draws of another part,
// which is what keeps the Blangkon snapshot fixed at every row count.

/** cyrb128: spreads a string over four 32-bit words, the state sfc32 needs. */
export function hashString(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128-bit state, fast in JS. */
export class Rng {
  readonly label: string;
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(label: string) {
    this.label = label;
    [this.a, this.b, this.c, this.d] = hashString(label);
    // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** An independent stream whose draws depend only on this stream's label and `name`. */
  fork(name: string): Rng {
    return new Rng(`${this.label}/${name}`);
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform real in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal by Box-Muller; one value per call keeps the draw count predictable. */
  normal(): number {
    const u = 1 - this.next(); // in (0, 1], so the log is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal given its median (not its mean), which is how procurement values are quoted. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }
}

/**
 * Draws indices in proportion to fixed weights. A cumulative table with binary search
 * costs O(log n) per draw, which matters when 10 million rows each pick a vendor.
 */
export class WeightedIndex {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: readonly number[]) {
    if (weights.length === 0) throw new Error('WeightedIndex needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      if (!(w >= 0)) throw new Error(`weight ${i} is negative or NaN`);
      sum += w;
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new Error('WeightedIndex needs a positive total weight');
    this.total = sum;
  }

  get size(): number {
    return this.cumulative.length;
  }

  draw(rng: Rng): number {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** A categorical distribution over labelled items, e.g. kategori given a channel. */
export class WeightedPicker<T> {
  private readonly index: WeightedIndex;

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[]
  ) {
    if (items.length !== weights.length) throw new Error('items and weights differ in length');
    this.index = new WeightedIndex(weights);
  }

  static fromRecord<K extends string>(record: Readonly<Partial<Record<K, number>>>): WeightedPicker<K> {
    const entries = Object.entries(record) as [K, number][];
    return new WeightedPicker(
      entries.map(([k]) => k),
      entries.map(([, w]) => w)
    );
  }

  pick(rng: Rng): T {
    return this.items[this.index.draw(rng)]!;
  }
}

/** Zipf-like weights 1/(rank+1)^s: a few vendors win most of the value, as in the real data. */
export function zipfWeights(n: number, exponent: number): number[] {
  return Array.from({ length: n }, (_, rank) => 1 / Math.pow(rank + 1, exponent));
}
