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
 * A table held in the worker's memory (an aggregate, or the budget), summed per group in one
 * pass over its rows: tens of thousands of rows take a millisecond or two, where each
 * statement to DuckDB-WASM costs several. Sums are exact integers (MeasureColumn); `of`
 * refuses a table of more than MAX_CUBE_ROWS rows (null: the SQL then answers).
 */
export class Cube {
  readonly #rows: number;
  readonly #dimensions: Map<string, Encoded>;
  readonly #measures: Map<string, MeasureColumn>;

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
   * (one group, keyed null, when `groupBy` is null; `rowMask` narrows the rows further).
   */
  groupSums(groupBy: string | null, filters: readonly CubeFilter[], measures: readonly string[], rowMask?: Uint8Array): GroupSums[] {
    const mask = this.#matching(filters);
    if (rowMask) for (let row = 0; row < this.#rows; row++) mask[row]! &= rowMask[row]!;
    const keys = groupBy === null ? null : this.#dimensions.get(groupBy)!;
    const columns = measures.map((name) => this.#measures.get(name)!);
    const width = columns.length;
    const slotOf = new Int32Array(keys ? keys.values.length : 1).fill(-1);
    const order: number[] = [];
    const highs: number[] = [];
    const lows: number[] = [];
    const present: number[] = [];
    const counted: number[] = [];
    for (let row = 0; row < this.#rows; row++) {
      if (!mask[row]) continue;
      const code = keys ? keys.codes[row]! : 0;
      let slot = slotOf[code]!;
      if (slot < 0) {
        slot = slotOf[code] = order.push(code) - 1;
        counted.push(0);
        for (let m = 0; m < width; m++) highs.push(0), lows.push(0), present.push(0);
      }
      counted[slot]!++;
      for (let m = 0; m < width; m++) {
        highs[slot * width + m]! += columns[m]!.high[row]!;
        lows[slot * width + m]! += columns[m]!.low[row]!;
        present[slot * width + m]! += columns[m]!.present[row]!;
      }
    }
    return order.map((code, slot) => {
      const value = keys ? keys.values[code]! : null;
      return {
        key: value === null ? null : String(value),
        sums: columns.map((_, m) => joined(highs[slot * width + m]!, lows[slot * width + m]!)),
        present: columns.map((_, m) => present[slot * width + m]!),
        rows: counted[slot]!
      };
    });
  }

  /** `SELECT sum(m)… WHERE every filter`: one row even when no row matches (its sums then missing). */
  totals(filters: readonly CubeFilter[], measures: readonly string[], rowMask?: Uint8Array): GroupSums {
    return this.groupSums(null, filters, measures, rowMask)[0] ?? { key: null, sums: measures.map(() => 0n), present: measures.map(() => 0), rows: 0 };
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
    return periods.map(({ year, through }) => {
      const inYear = allowedCodes(years, [year]);
      const upTo = Uint8Array.from(days.values, (day) => (through === null || (day !== null && String(day) <= through) ? 1 : 0));
      const rowMask = new Uint8Array(this.#rows);
      for (let row = 0; row < this.#rows; row++) rowMask[row] = inYear[years.codes[row]!]! & upTo[days.codes[row]!]!;
      return this.totals(filters, measures, rowMask);
    });
  }
}
