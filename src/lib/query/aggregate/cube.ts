import type { CubeFilter, PeriodCondition } from './cube-question';

/** A cell of a grouping column: text, a number (the year) or missing. */
export type DimensionValue = string | number | null;

/** The columns of a table as read from the engine: grouping columns and exact integer measures. */
export interface CubeColumns {
  rows: number;
  dimensions: Record<string, ArrayLike<DimensionValue>>;
  measures: Record<string, ArrayLike<bigint | null>>;
}

/** One group's sums, and how many of its rows had a value of each measure (SQL's sum of none is NULL). */
export interface GroupSums {
  key: string | null;
  sums: bigint[];
  present: number[];
  /** Rows in the group (SQL's count(*)). */
  rows: number;
}

/** A grouping column, dictionary-encoded: each row's code, and each code's value. */
interface Encoded {
  codes: Int32Array;
  values: DimensionValue[];
}

/**
 * A measure split in two exact doubles per row, value = high × 2^32 + low with 0 ≤ low < 2^32
 * (both 0 where missing), and which rows have it. Summing the halves apart keeps every sum
 * exact for any BIGINT: over at most MAX_CUBE_ROWS rows, neither half's sum reaches 2^53.
 */
interface MeasureColumn {
  high: Float64Array;
  low: Float64Array;
  present: Uint8Array;
}

/** Rows a copy may hold: 2^21 lows below 2^32 and 2^21 highs within ±2^31 add up below 2^53. */
export const MAX_CUBE_ROWS = 2 ** 21;

const TWO_32 = 2 ** 32;

function encode(cells: ArrayLike<DimensionValue>): Encoded {
  const codeOf = new Map<DimensionValue, number>();
  const codes = new Int32Array(cells.length);
  const values: DimensionValue[] = [];
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row]!;
    let code = codeOf.get(cell);
    if (code === undefined) codeOf.set(cell, (code = values.push(cell) - 1));
    codes[row] = code;
  }
  return { codes, values };
}

function measureColumn(cells: ArrayLike<bigint | null>): MeasureColumn {
  const high = new Float64Array(cells.length);
  const low = new Float64Array(cells.length);
  const present = new Uint8Array(cells.length);
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row]!;
    if (cell === null) continue;
    present[row] = 1;
    const value = Number(cell);
    if (Number.isSafeInteger(value)) {
      // Exact in doubles: the low half is the non-negative remainder.
      const remainder = ((value % TWO_32) + TWO_32) % TWO_32;
      low[row] = remainder;
      high[row] = (value - remainder) / TWO_32;
    } else {
      low[row] = Number(BigInt.asUintN(32, cell));
      high[row] = Number(cell >> 32n);
    }
  }
  return { high, low, present };
}

/** The exact integer of a group's summed halves. */
const joined = (high: number, low: number) => BigInt(high) * 4294967296n + BigInt(low);

/** Per code of `column`: whether its value is one of `allowed` (SQL's IN never holds for a missing value). */
function allowedCodes(column: Encoded, allowed: readonly DimensionValue[]): Uint8Array {
  const wanted = new Set(allowed);
  return Uint8Array.from(column.values, (value) => (value !== null && wanted.has(value) ? 1 : 0));
}

/**
 * Sums per group of the measures' split halves, in typed arrays indexed by group (a group is
 * a dictionary code, or a period), with rows counted and values present counted per measure.
 */
class Accumulator {
  readonly #columns: readonly MeasureColumn[];
  readonly #highs: Float64Array;
  readonly #lows: Float64Array;
  readonly #present: Float64Array;
  readonly #rows: Float64Array;

  constructor(groups: number, columns: readonly MeasureColumn[]) {
    this.#columns = columns;
    this.#highs = new Float64Array(groups * columns.length);
    this.#lows = new Float64Array(groups * columns.length);
    this.#present = new Float64Array(groups * columns.length);
    this.#rows = new Float64Array(groups);
  }

  add(group: number, row: number): void {
    const width = this.#columns.length;
    this.#rows[group]!++;
    for (let m = 0; m < width; m++) {
      const column = this.#columns[m]!;
      this.#highs[group * width + m]! += column.high[row]!;
      this.#lows[group * width + m]! += column.low[row]!;
      this.#present[group * width + m]! += column.present[row]!;
    }
  }

  /** One group's exact sums (a group no row reached has sums 0 and nothing present). */
  group(group: number, key: string | null): GroupSums {
    const width = this.#columns.length;
    return {
      key,
      sums: this.#columns.map((_, m) => joined(this.#highs[group * width + m]!, this.#lows[group * width + m]!)),
      present: this.#columns.map((_, m) => this.#present[group * width + m]!),
      rows: this.#rows[group]!
    };
  }

  /** Every group at least one row reached, keyed by `keyOf`. */
  groups(keyOf: (group: number) => string | null): GroupSums[] {
    const out: GroupSums[] = [];
    for (let group = 0; group < this.#rows.length; group++) if (this.#rows[group]! > 0) out.push(this.group(group, keyOf(group)));
    return out;
  }
}

/**
 * A table held in the worker's memory (an aggregate, or the budget), summed per group in one
 * pass over its rows: tens of thousands of rows take a millisecond or two, where each
 * statement to DuckDB-WASM costs several. Sums are exact integers (MeasureColumn); `of`
 * refuses a table of more than MAX_CUBE_ROWS rows (null: the SQL then answers).
 */
export class Cube {
  readonly #rows: number;
  readonly #dimensions: Map<string, Encoded>;
  readonly #measures: Map<string, MeasureColumn>;
  /** `bytes`, counted once: a copy never changes. */
  #bytes: number | undefined;

  private constructor(rows: number, dimensions: Map<string, Encoded>, measures: Map<string, MeasureColumn>) {
    this.#rows = rows;
    this.#dimensions = dimensions;
    this.#measures = measures;
  }

  static of(columns: CubeColumns): Cube | null {
    if (columns.rows > MAX_CUBE_ROWS) return null;
    const measures = new Map(Object.entries(columns.measures).map(([name, cells]) => [name, measureColumn(cells)]));
    const dimensions = new Map(Object.entries(columns.dimensions).map(([name, cells]) => [name, encode(cells)]));
    return new Cube(columns.rows, dimensions, measures);
  }

  get rows(): number {
    return this.#rows;
  }

  /**
   * About the memory it holds: 4 bytes per row and grouping column (codes), 17 per row and
   * measure (two halves, present), and each dictionary value (a slot, and a text's header
   * and characters; V8 keeps ASCII text at a byte per character).
   */
  get bytes(): number {
    if (this.#bytes !== undefined) return this.#bytes;
    let total = 0;
    for (const { codes, values } of this.#dimensions.values()) {
      total += codes.byteLength;
      for (const value of values) total += 8 + (typeof value === 'string' ? 16 + value.length : 0);
    }
    for (const { high, low, present } of this.#measures.values()) total += high.byteLength + low.byteLength + present.byteLength;
    return (this.#bytes = total);
  }

  /** Whether this copy has every grouping column named. */
  has(columns: readonly string[]): boolean {
    return columns.every((name) => this.#dimensions.has(name));
  }

  /** Per row: 1 where every filter holds. */
  #matching(filters: readonly CubeFilter[]): Uint8Array {
    const mask = new Uint8Array(this.#rows).fill(1);
    for (const filter of filters) {
      const column = this.#dimensions.get(filter.column)!;
      const allowed = allowedCodes(column, filter.values);
      for (let row = 0; row < this.#rows; row++) mask[row]! &= allowed[column.codes[row]!]!;
    }
    return mask;
  }

  /**
   * `SELECT CAST(groupBy AS VARCHAR), sum(m)… WHERE every filter GROUP BY 1`, in no order
   * (one group, keyed null, when `groupBy` is null).
   */
  groupSums(groupBy: string | null, filters: readonly CubeFilter[], measures: readonly string[]): GroupSums[] {
    const mask = this.#matching(filters);
    const keys = groupBy === null ? null : this.#dimensions.get(groupBy)!;
    const sums = new Accumulator(keys ? keys.values.length : 1, measures.map((name) => this.#measures.get(name)!));
    for (let row = 0; row < this.#rows; row++) if (mask[row]) sums.add(keys ? keys.codes[row]! : 0, row);
    return sums.groups((code) => {
      const value = keys ? keys.values[code]! : null;
      return value === null ? null : String(value);
    });
  }

  /** `SELECT sum(m)… WHERE every filter`: one row even when no row matches (its sums then missing). */
  totals(filters: readonly CubeFilter[], measures: readonly string[]): GroupSums {
    return this.groupSums(null, filters, measures)[0] ?? { key: null, sums: measures.map(() => 0n), present: measures.map(() => 0), rows: 0 };
  }

  /** `count(DISTINCT column) … WHERE every filter` (a missing value is not counted). */
  distinct(column: string, filters: readonly CubeFilter[]): number {
    const mask = this.#matching(filters);
    const values = this.#dimensions.get(column)!;
    const seen = new Uint8Array(values.values.length);
    for (let row = 0; row < this.#rows; row++) if (mask[row]) seen[values.codes[row]!] = 1;
    return values.values.reduce<number>((count, value, code) => count + (value !== null && seen[code] ? 1 : 0), 0);
  }

  /**
   * `sum(m) FILTER (WHERE tahun_anggaran = year AND tanggal <= through)` for each period and
   * measure, over the rows where every filter holds (days are YYYY-MM-DD text here, which
   * compares as the dates do): one GroupSums per period.
   */
  periodTotals(filters: readonly CubeFilter[], periods: readonly PeriodCondition[], measures: readonly string[]): GroupSums[] {
    const years = this.#dimensions.get('tahun_anggaran')!;
    const days = this.#dimensions.get('tanggal')!;
    const inYear = periods.map(({ year }) => allowedCodes(years, [year]));
    const upTo = periods.map(({ through }) => Uint8Array.from(days.values, (day) => (through === null || (day !== null && String(day) <= through) ? 1 : 0)));
    const mask = this.#matching(filters);
    // One pass for every period: a row adds to each period whose year and days it is in.
    const sums = new Accumulator(periods.length, measures.map((name) => this.#measures.get(name)!));
    for (let row = 0; row < this.#rows; row++) {
      if (!mask[row]) continue;
      const year = years.codes[row]!;
      const day = days.codes[row]!;
      for (let period = 0; period < periods.length; period++) if (inYear[period]![year] && upTo[period]![day]) sums.add(period, row);
    }
    return periods.map((_, period) => sums.group(period, null));
  }
}
