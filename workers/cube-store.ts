import { Utf8, tableFromIPC, type Table, type Vector } from 'apache-arrow';
import { AGGREGATE_SCHEMA, aggregateSpec } from '../src/lib/query/aggregate/aggregate-spec';
import type { AggregateSpec } from './db-api';
import { BUDGET_GROUPING, BUDGET_MEASURES, CUBE_MEASURES, type CubeQuestion } from '../src/lib/query/aggregate/cube-question';
import { Cube, type CubeColumns, type DimensionValue } from '../src/lib/query/aggregate/cube';
import { answerIpc } from './copy-answers';
import { BUDGET_TABLE } from '../src/lib/query/columns';

/** Copies kept at once, least recently used dropped first (most hold a few thousand rows). */
const LIMIT = 16;
const MIB = 1024 * 1024;
/**
 * A copy bigger than this is not made: its questions keep going to DuckDB. A row costs 4
 * bytes per grouping column and 17 per measure in typed arrays: about 200,000 rows of an
 * aggregate with every measure, far more of vendor pairs (no measure; their vendor
 * dictionary, up to one text per row, comes on top).
 */
const MAX_COPY_BYTES = 32 * MIB;
/**
 * Rows read for one copy at most, whatever their size: reading and encoding take about
 * 0.4 ms per 1,000 rows (a 240,000-row vendor-pair copy, 1 million transactions: ~100 ms),
 * and a click that comes meanwhile waits.
 */
const MAX_COPY_ROWS = 500_000;
/** Questions kept to answer once new copies are made (a round asks about a dozen), and how long that may take. */
const MAX_UNANSWERED = 32;
const WARM_UP_MS = 20;
/** What all copies together may hold (the worker's own heap, beside DuckDB's memory), oldest dropped first. */
const BYTE_BUDGET = 128 * MIB;
/** The bytes a row of a copy takes in its typed arrays (its dictionaries come on top: see Cube.bytes). */
const rowBytes = (grouping: readonly string[], measures: readonly string[]) => 4 * grouping.length + 17 * measures.length;

/**
 * A column's cells as plain values: bigint for BIGINT, number for the year, string for text.
 * A numeric column without missing values is read whole (`toArray`), faster than cell by cell.
 */
function cells<T>(vector: Vector | null, rows: number): ArrayLike<T | null> {
  // BIGINT and small integers without missing values: the typed array itself (text is not
  // faster this way: Arrow decodes each string either way).
  if (vector && vector.nullCount === 0 && ArrayBuffer.isView(vector.data[0]?.values) && !(vector.type instanceof Utf8)) return vector.toArray() as ArrayLike<T>;
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

/** Days and weeks are read as YYYY-MM-DD text: equal and ordered as the dates are, and shown so. */
const groupingColumn = (column: string) => (DATE_COLUMNS.has(column) ? `strftime("${column}", '%Y-%m-%d') AS "${column}"` : `"${column}"`);
const DATE_COLUMNS = new Set(['minggu', 'tanggal']);

/** Text and small integers only: a BIGINT would compare differently from SQL. */
function plain(cells: ArrayLike<unknown>): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number') return false;
  }
  return true;
}

/** The spec rebuilt from its grouping (as the aggregate store does): a name that does not match is refused. */
function trusted(spec: AggregateSpec, kind: AggregateSpec['kind']): AggregateSpec | undefined {
  try {
    const rebuilt = aggregateSpec(kind, spec.grouping);
    return rebuilt.name === spec.name ? rebuilt : undefined;
  } catch {
    return undefined;
  }
}

/**
 * In-memory copies of aggregate tables and of the budget (src/lib/query/aggregate/cube.ts),
 * kept until the data changes: after the first click on a province, the next clicks'
 * breakdowns, trend and monitoring parts need no statement to DuckDB. A table's content is
 * fixed by its name for given data, so a copy stays true until `reset`. A copy is made after
 * the round that first wanted it has been answered (by SQL); a click that comes while copies
 * are made waits for them (tens of milliseconds; about 100 for the vendor pairs of a million
 * transactions; once per data change and grouping).
 */
export class CubeStore {
  #read: (sql: string) => Promise<Uint8Array>;
  /** Copies by table name, least recently used first. */
  #cubes = new Map<string, Cube>();
  /** Tables that cannot be copied (too big, or not exact as doubles): their questions stay SQL until the data changes. */
  #refused = new Set<string>();
  /** Tables a question wanted a copy of, to copy after the batch. */
  #wanted = new Map<string, { grouping: readonly string[]; measures: readonly string[] }>();
  /** Questions that found a copy missing, by their text: answered once when the copies are made (see copyWanted). */
  #unanswered = new Map<string, CubeQuestion>();

  constructor(read: (sql: string) => Promise<Uint8Array>) {
    this.#read = read;
  }

  reset(): void {
    this.#cubes.clear();
    this.#refused.clear();
    this.#wanted.clear();
    this.#unanswered.clear();
  }

  /** The answer as Arrow IPC, or null when no copy can answer (yet): the caller runs the SQL. */
  answer(question: CubeQuestion): Uint8Array | null {
    return this.#answerFrom(question, true);
  }

  /** The answer from the copies there are; with `note`, those missing are wanted. */
  #answerFrom(question: CubeQuestion, note: boolean): Uint8Array | null {
    const copies = this.#copiesFor(question, note);
    return copies ? answerIpc(question, copies.table, copies.budget, copies.vendors) : null;
  }

  /**
   * Note the copies `question` would read, to be made with the next ones wanted: the page
   * tells of the questions of views off screen, so that they too are answered from copies
   * once the user scrolls to them.
   */
  want(question: CubeQuestion): void {
    this.#copiesFor(question, true);
  }

  /**
   * The copies answering `question`; null when one is missing or cannot be made. With
   * `note`, each missing one is wanted and the question kept for the warm-up.
   */
  #copiesFor(question: CubeQuestion, note: boolean): { table: Cube; budget: Cube | null; vendors: Cube | null } | null {
    const sums = trusted(question.table, 'jumlah');
    if (!sums) return null;
    const table = this.#cube(`${AGGREGATE_SCHEMA}.${sums.name}`, sums.grouping, CUBE_MEASURES, note);
    const needsBudget = question.kind !== 'breakdown' || question.budget !== undefined;
    const budget = needsBudget ? this.#cube(`main.${BUDGET_TABLE}`, BUDGET_GROUPING, BUDGET_MEASURES, note) : null;
    // Vendor pairs: the grouping's columns and the vendor, no measure.
    const pairs = question.kind === 'kpi' ? trusted(question.vendors, 'penyedia') : undefined;
    if (question.kind === 'kpi' && !pairs) return null;
    const vendors = pairs ? this.#cube(`${AGGREGATE_SCHEMA}.${pairs.name}`, [...pairs.grouping, 'penyedia_id'], [], note) : null;
    const missing = table === undefined || budget === undefined || vendors === undefined;
    if (note && missing && this.#unanswered.size < MAX_UNANSWERED) this.#unanswered.set(JSON.stringify(question), question);
    return table ? { table, budget: budget ?? null, vendors: vendors ?? null } : null;
  }

  /** Make the copies the last batch wanted (called once its answers are sent). */
  async copyWanted(): Promise<void> {
    const wanted = [...this.#wanted];
    this.#wanted.clear();
    for (const [table, { grouping, measures }] of wanted) {
      // A failed read (the table dropped meanwhile) is not remembered: the next round asks again.
      const cube = await this.#copy(table, grouping, measures).catch(() => undefined);
      if (cube === undefined) continue;
      if (cube === null) {
        this.#refused.add(table);
        continue;
      }
      this.#cubes.set(table, cube);
      this.#touch(table);
    }
    this.#warmUp();
  }

  /**
   * The first answer from a new copy runs its loops in V8's interpreter (in Node, the first
   * headline figures from 240,000 vendor pairs took 6.5 ms, the next 1.7 ms). The questions
   * that wanted copies are answered once now, the answers thrown away, so that their code is
   * compiled before the next click; at most WARM_UP_MS of it, as a click waits meanwhile.
   * Nothing is wanted from here: a copy still missing is made when a question asks again.
   */
  #warmUp(): void {
    const questions = [...this.#unanswered.values()];
    this.#unanswered.clear();
    const began = performance.now();
    for (const question of questions) {
      if (performance.now() - began > WARM_UP_MS) break;
      try {
        this.#answerFrom(question, false);
      } catch {
        // It fails again when asked, and SQL answers it then.
      }
    }
  }

  /** The copy of `table`; undefined when not made yet (wanted, with `note`), null when it cannot be. */
  #cube(table: string, grouping: readonly string[], measures: readonly string[], note: boolean): Cube | null | undefined {
    if (this.#refused.has(table)) return null;
    const cube = this.#cubes.get(table);
    if (cube) this.#touch(table);
    else if (note) this.#wanted.set(table, { grouping, measures });
    return cube;
  }

  #touch(table: string): void {
    const cube = this.#cubes.get(table);
    if (cube === undefined) return;
    this.#cubes.delete(table);
    this.#cubes.set(table, cube);
    const bytesHeld = () => [...this.#cubes.values()].reduce((total, copy) => total + copy.bytes, 0);
    for (const oldest of this.#cubes.keys()) {
      if (oldest === table || (this.#cubes.size <= LIMIT && bytesHeld() <= BYTE_BUDGET)) break;
      this.#cubes.delete(oldest);
    }
  }

  async #copy(table: string, grouping: readonly string[], measures: readonly string[]): Promise<Cube | null> {
    // Sums in an aggregate are HUGEINT (Arrow decimals): read as BIGINT, which fails, and
    // leaves the question to SQL, if one does not fit.
    const selected = [...grouping.map(groupingColumn), ...measures.map((m) => `CAST("${m}" AS BIGINT) AS "${m}"`)].join(', ');
    const maxRows = Math.min(MAX_COPY_ROWS, Math.floor(MAX_COPY_BYTES / rowBytes(grouping, measures)));
    // Counted first (DuckDB knows a table's size): a table too big is refused without reading it.
    const counted = tableFromIPC(await this.#read(`SELECT count(*) AS n FROM memory.${table}`));
    if (Number(counted.getChild('n')?.get(0) ?? 0) > maxRows) return null;
    const read = tableFromIPC(await this.#read(`SELECT ${selected} FROM memory.${table} LIMIT ${maxRows + 1}`));
    if (read.numRows > maxRows) return null;
    const columns = cubeColumns(read, grouping, measures);
    if (!Object.values(columns.dimensions).every(plain)) return null;
    return Cube.of(columns);
  }
}
