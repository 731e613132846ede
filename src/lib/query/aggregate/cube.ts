import { CUBE_MEASURES, type CubeMeasure, type CubeQuestion } from './cube-question';

/** A cell of a grouping column: text, a number (the year) or missing. */
export type DimensionValue = string | number | null;

/** One row of a breakdown answer: the group's key and its exact sums (never null, as in the SQL's coalesce). */
export interface CubeRow {
  key: string | null;
  transaksi: bigint;
  nilai: bigint;
  nilai_umk: bigint;
  nilai_pdn: bigint;
}

/** The columns of an aggregate table as read from the engine. */
export interface CubeColumns {
  rows: number;
  dimensions: Record<string, readonly DimensionValue[]>;
  measures: Record<CubeMeasure, readonly (bigint | null)[]>;
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

/** DuckDB orders VARCHAR by its UTF-8 bytes, which is the order of code points. */
function byCodePoint(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const d = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return left.length - right.length;
}

/** ORDER BY nilai DESC, key (NULLS LAST, DuckDB's default). */
function breakdownOrder(a: CubeRow, b: CubeRow): number {
  if (a.nilai !== b.nilai) return a.nilai > b.nilai ? -1 : 1;
  if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
  return byCodePoint(a.key, b.key);
}

interface Group {
  key: string | null;
  sums: number[];
}

/**
 * An aggregate table held in the worker's memory as plain arrays, answering breakdown
 * questions in one pass over its rows: a few thousand rows answer in well under a
 * millisecond, where each statement to DuckDB-WASM costs several. Sums are exact: a copy is
 * only made of tables whose measures provably add up exactly as doubles (fitsDoubles);
 * `of` returns null otherwise and the engine answers with SQL.
 */
export class Cube {
  readonly #columns: CubeColumns;
  readonly #measures: Float64Array[];

  private constructor(columns: CubeColumns) {
    this.#columns = columns;
    // A missing partial sum adds nothing, and every measure of the answer is coalesced to 0.
    this.#measures = CUBE_MEASURES.map((m) => Float64Array.from(columns.measures[m], (v) => (v === null ? 0 : Number(v))));
  }

  static of(columns: CubeColumns): Cube | null {
    return CUBE_MEASURES.every((m) => fitsDoubles(columns.measures[m])) ? new Cube(columns) : null;
  }

  get rows(): number {
    return this.#columns.rows;
  }

  /** Whether this copy has every column `question` reads. */
  covers(question: CubeQuestion): boolean {
    const has = (name: string) => Object.hasOwn(this.#columns.dimensions, name);
    return has(question.groupBy) && question.filters.every((filter) => has(filter.column));
  }

  answer(question: CubeQuestion): CubeRow[] {
    const { dimensions, rows } = this.#columns;
    const tests = question.filters.map((filter) => ({ cells: dimensions[filter.column]!, allowed: new Set<DimensionValue>(filter.values) }));
    const keys = dimensions[question.groupBy]!;
    const groups = new Map<string | null, Group>();
    for (let row = 0; row < rows; row++) {
      if (!tests.every((test) => test.allowed.has(test.cells[row]!))) continue;
      const cell = keys[row]!;
      const key = cell === null ? null : String(cell);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, sums: CUBE_MEASURES.map(() => 0) }));
      for (let m = 0; m < this.#measures.length; m++) group.sums[m]! += this.#measures[m]![row]!;
    }
    const answer = [...groups.values()].map((group): CubeRow => {
      const [transaksi, nilai, nilai_umk, nilai_pdn] = group.sums.map((sum) => BigInt(sum)) as [bigint, bigint, bigint, bigint];
      return { key: group.key, transaksi, nilai, nilai_umk, nilai_pdn };
    });
    return answer.sort(breakdownOrder);
  }
}
