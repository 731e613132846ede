import type { CubeFilter } from './cube-question';

/** A cell of a grouping column: text, a number (the year) or missing. */
export type DimensionValue = string | number | null;

/** The columns of a table as read from the engine: grouping columns and exact integer measures. */
export interface CubeColumns {
  rows: number;
  dimensions: Record<string, readonly DimensionValue[]>;
  measures: Record<string, readonly (bigint | null)[]>;
}

/** One group's sums, and how many of its rows had a value of each measure (SQL's sum of none is NULL). */
export interface GroupSums {
  key: string | null;
  sums: bigint[];
  present: number[];
}

/**
 * Sums of doubles are exact integers while every partial sum stays within ±2^53. That holds
 * for any subset of rows when the absolute values of the whole column add up to no more.
 */
function fitsDoubles(values: readonly (bigint | null)[]): boolean {
  let total = 0n;
  for (const value of values) if (value !== null) total += value < 0n ? -value : value;
  return total <= BigInt(Number.MAX_SAFE_INTEGER);
}

/**
 * A table held in the worker's memory as plain arrays (an aggregate, or the budget), summed
 * per group in one pass over its rows: a few thousand rows take well under a millisecond,
 * where each statement to DuckDB-WASM costs several. Sums are exact: `of` makes a copy only
 * of tables whose measures provably add up exactly as doubles (fitsDoubles), and returns
 * null otherwise, leaving the question to SQL.
 */
export class Cube {
  readonly #columns: CubeColumns;
  readonly #measures: Map<string, Float64Array>;

  private constructor(columns: CubeColumns) {
    this.#columns = columns;
    this.#measures = new Map(Object.entries(columns.measures).map(([name, values]) => [name, Float64Array.from(values, (v) => (v === null ? 0 : Number(v)))]));
  }

  static of(columns: CubeColumns): Cube | null {
    return Object.values(columns.measures).every(fitsDoubles) ? new Cube(columns) : null;
  }

  /** Whether this copy has every grouping column named. */
  has(columns: readonly string[]): boolean {
    return columns.every((name) => Object.hasOwn(this.#columns.dimensions, name));
  }

  /**
   * `SELECT CAST(groupBy AS VARCHAR), sum(m)… WHERE every filter GROUP BY 1`, in no order.
   * SQL's IN never holds for a missing value, and neither does a Set's `has` here.
   */
  groupSums(groupBy: string, filters: readonly CubeFilter[], measures: readonly string[]): GroupSums[] {
    const { dimensions, rows } = this.#columns;
    const tests = filters.map((filter) => ({ cells: dimensions[filter.column]!, allowed: new Set<DimensionValue>(filter.values) }));
    const columns = measures.map((name) => this.#measures.get(name)!);
    const nulls = measures.map((name) => this.#columns.measures[name]!);
    const keys = dimensions[groupBy]!;
    const groups = new Map<string | null, { key: string | null; sums: number[]; present: number[] }>();
    for (let row = 0; row < rows; row++) {
      if (!tests.every((test) => test.allowed.has(test.cells[row]!))) continue;
      const cell = keys[row]!;
      const key = cell === null ? null : String(cell);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, sums: measures.map(() => 0), present: measures.map(() => 0) }));
      for (let m = 0; m < columns.length; m++) {
        if (nulls[m]![row] === null) continue;
        group.sums[m] = group.sums[m]! + columns[m]![row]!;
        group.present[m] = group.present[m]! + 1;
      }
    }
    return [...groups.values()].map((group) => ({ key: group.key, sums: group.sums.map((sum) => BigInt(sum)), present: group.present }));
  }
}
