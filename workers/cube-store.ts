import { Table, tableFromIPC, tableToIPC, type Vector } from 'apache-arrow';
import { AGGREGATE_SCHEMA } from '../src/lib/query/aggregate/aggregate-spec';
import { CUBE_MEASURES, type CubeMeasure, type CubeQuestion } from '../src/lib/query/aggregate/cube-question';
import { Cube, type CubeColumns, type CubeRow, type DimensionValue } from '../src/lib/query/aggregate/cube';
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

/** The columns of `table` (an aggregate read from DuckDB) a cube keeps. */
export function cubeColumns(table: Table, grouping: readonly string[]): CubeColumns {
  const rows = table.numRows;
  return {
    rows,
    dimensions: Object.fromEntries(grouping.map((name) => [name, cells<DimensionValue>(table.getChild(name), rows)])),
    measures: {
      transaksi: cells<bigint>(table.getChild('transaksi'), rows),
      nilai: cells<bigint>(table.getChild('nilai'), rows),
      nilai_umk: cells<bigint>(table.getChild('nilai_umk'), rows),
      nilai_pdn: cells<bigint>(table.getChild('nilai_pdn'), rows)
    } satisfies Record<CubeMeasure, (bigint | null)[]>
  };
}

/** A breakdown answer as Arrow IPC, with the columns and types of the breakdown SQL's answer. */
export function breakdownIpc(rows: readonly CubeRow[]): Uint8Array {
  const n = rows.length;
  const table = new Table({
    key: utf8Column(n, (i) => rows[i]!.key),
    transaksi: int64Column(n, (i) => rows[i]!.transaksi),
    nilai: int64Column(n, (i) => rows[i]!.nilai),
    nilai_umk: int64Column(n, (i) => rows[i]!.nilai_umk),
    nilai_pdn: int64Column(n, (i) => rows[i]!.nilai_pdn),
    belanja_pengadaan: int64Column(n, () => null)
  });
  return tableToIPC(table, 'stream');
}

/**
 * In-memory copies of aggregate tables (src/lib/query/aggregate/cube.ts), made the first
 * time a question could use one and kept until the data changes: after the first click on a
 * province, the next clicks' breakdowns need no statement to DuckDB. A table's content is
 * fixed by its name for given data, so a copy stays true until `reset`.
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
    const cube = await this.#cube(question);
    if (!cube || !cube.covers(question)) return null;
    return breakdownIpc(cube.answer(question));
  }

  async #cube(question: CubeQuestion): Promise<Cube | null> {
    const name = question.table.name;
    if (!/^[a-z_]+$/.test(name)) return null;
    let cube = this.#cubes.get(name);
    if (cube === undefined) cube = await this.#copy(name, question.table.grouping).catch(() => null);
    this.#cubes.delete(name);
    this.#cubes.set(name, cube);
    for (const oldest of this.#cubes.keys()) {
      if (this.#cubes.size <= LIMIT) break;
      this.#cubes.delete(oldest);
    }
    return cube;
  }

  async #copy(name: string, grouping: readonly string[]): Promise<Cube | null> {
    // Sums in an aggregate are HUGEINT (Arrow decimals): read as BIGINT, which fails, and
    // leaves the question to SQL, if one does not fit.
    const measures = CUBE_MEASURES.map((m) => `CAST("${m}" AS BIGINT) AS "${m}"`);
    const selected = [...grouping.map((column) => `"${column}"`), ...measures].join(', ');
    const table = tableFromIPC(await this.#read(`SELECT ${selected} FROM memory.${AGGREGATE_SCHEMA}.${name} LIMIT ${MAX_ROWS + 1}`));
    if (table.numRows > MAX_ROWS) return null;
    const columns = cubeColumns(table, grouping);
    // Text and small integers only (a day or a BIGINT would compare differently from SQL).
    const plain = (cell: unknown) => cell === null || typeof cell === 'string' || typeof cell === 'number';
    if (!Object.values(columns.dimensions).every((cellsOf) => cellsOf.every(plain))) return null;
    return Cube.of(columns);
  }
}
