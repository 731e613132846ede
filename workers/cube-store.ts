import { Table, tableFromIPC, tableToIPC, type Vector } from 'apache-arrow';
import { AGGREGATE_SCHEMA } from '../src/lib/query/aggregate/aggregate-spec';
import { BUDGET_GROUPING, CUBE_MEASURES, type CubeQuestion } from '../src/lib/query/aggregate/cube-question';
import { Cube, type CubeColumns, type DimensionValue } from '../src/lib/query/aggregate/cube';
import { breakdownRows, type BreakdownRow } from '../src/lib/query/aggregate/cube-breakdown';
import { BUDGET_TABLE } from '../src/lib/query/columns';
import { int64Column, utf8Column } from '../src/lib/import/arrow-columns';

/** Copies kept at once, least recently used dropped first (most hold a few thousand rows). */
const LIMIT = 16;
/** A bigger aggregate is not copied: its questions keep going to DuckDB. */
const MAX_ROWS = 200_000;

/** A column's cells as plain values: bigint for BIGINT, number for the year, string for text. */
function cells<T>(vector: Vector | null, rows: number): (T | null)[] {
  const out = new Array<T | null>(rows);
  for (let i = 0; i < rows; i++) out[i] = (vector?.get(i) ?? null) as T | null;
  return out;
}

/** The columns of `table` (read from DuckDB) a copy keeps: grouping columns and exact integer measures. */
export function cubeColumns(table: Table, grouping: readonly string[], measures: readonly string[] = CUBE_MEASURES): CubeColumns {
  const rows = table.numRows;
  return {
    rows,
    dimensions: Object.fromEntries(grouping.map((name) => [name, cells<DimensionValue>(table.getChild(name), rows)])),
    measures: Object.fromEntries(measures.map((name) => [name, cells<bigint>(table.getChild(name), rows)]))
  };
}

/** A breakdown answer as Arrow IPC, with the columns and types of the breakdown SQL's answer. */
export function breakdownIpc(rows: readonly BreakdownRow[]): Uint8Array {
  const n = rows.length;
  const table = new Table({
    key: utf8Column(n, (i) => rows[i]!.key),
    transaksi: int64Column(n, (i) => rows[i]!.transaksi),
    nilai: int64Column(n, (i) => rows[i]!.nilai),
    nilai_umk: int64Column(n, (i) => rows[i]!.nilai_umk),
    nilai_pdn: int64Column(n, (i) => rows[i]!.nilai_pdn),
    belanja_pengadaan: int64Column(n, (i) => rows[i]!.belanja_pengadaan)
  });
  return tableToIPC(table, 'stream');
}

/** Text and small integers only: a day or a BIGINT would compare differently from SQL. */
const plain = (cell: unknown) => cell === null || typeof cell === 'string' || typeof cell === 'number';

/**
 * In-memory copies of aggregate tables and of the budget (src/lib/query/aggregate/cube.ts),
 * made the first time a question could use one and kept until the data changes: after the
 * first click on a province, the next clicks' breakdowns need no statement to DuckDB. A
 * table's content is fixed by its name for given data, so a copy stays true until `reset`.
 */
export class CubeStore {
  #read: (sql: string) => Promise<Uint8Array>;
  /** Copies by table name, least recently used first; null = not copyable (too big or not exact as doubles). */
  #cubes = new Map<string, Cube | null>();

  constructor(read: (sql: string) => Promise<Uint8Array>) {
    this.#read = read;
  }

  reset(): void {
    this.#cubes.clear();
  }

  /** The answer as Arrow IPC, or null when no copy can answer (the caller runs the SQL). */
  async answer(question: CubeQuestion): Promise<Uint8Array | null> {
    const { name, grouping } = question.table;
    if (!/^[a-z_]+$/.test(name)) return null;
    const realised = await this.#cube(`${AGGREGATE_SCHEMA}.${name}`, grouping, CUBE_MEASURES);
    if (!realised || !realised.has([question.groupBy, ...question.filters.map((filter) => filter.column)])) return null;
    const budget = question.budget ? await this.#cube(`main.${BUDGET_TABLE}`, BUDGET_GROUPING, ['belanja_pengadaan']) : null;
    if (question.budget && !budget) return null;
    return breakdownIpc(breakdownRows(question, realised, budget));
  }

  async #cube(table: string, grouping: readonly string[], measures: readonly string[]): Promise<Cube | null> {
    let cube = this.#cubes.get(table);
    if (cube === undefined) cube = await this.#copy(table, grouping, measures).catch(() => null);
    this.#cubes.delete(table);
    this.#cubes.set(table, cube);
    for (const oldest of this.#cubes.keys()) {
      if (this.#cubes.size <= LIMIT) break;
      this.#cubes.delete(oldest);
    }
    return cube;
  }

  async #copy(table: string, grouping: readonly string[], measures: readonly string[]): Promise<Cube | null> {
    // Sums in an aggregate are HUGEINT (Arrow decimals): read as BIGINT, which fails, and
    // leaves the question to SQL, if one does not fit.
    const selected = [...grouping.map((column) => `"${column}"`), ...measures.map((m) => `CAST("${m}" AS BIGINT) AS "${m}"`)].join(', ');
    const read = tableFromIPC(await this.#read(`SELECT ${selected} FROM memory.${table} LIMIT ${MAX_ROWS + 1}`));
    if (read.numRows > MAX_ROWS) return null;
    const columns = cubeColumns(read, grouping, measures);
    if (!Object.values(columns.dimensions).every((cellsOf) => cellsOf.every(plain))) return null;
    return Cube.of(columns);
  }
}
