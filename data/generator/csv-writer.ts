// Streaming RFC 4180 CSV writer (UTF-8, header row, CRLF line ends).
//
// Rows are appended to an in-memory batch that is handed to the file stream once it passes
// a size threshold; `flush()` waits for the stream to drain, so a caller that flushes after
// each batch of work keeps memory bounded even for 10 million transaction rows.

import { createWriteStream, type WriteStream } from 'node:fs';
import { quoteCsvText } from '../../src/lib/format/csv-text.ts';

/** A CSV cell: null becomes an empty field (NULL), booleans are written as true/false. */
export type Cell = string | number | boolean | null;

const BATCH_CHARS = 1 << 20;

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    // Money and counts must be exact integers; a float here is a generator bug.
    if (!Number.isSafeInteger(cell)) throw new Error(`non-integer number in CSV: ${cell}`);
    return String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell === '') return '""'; // keep an empty string distinct from NULL
  return quoteCsvText(cell);
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

export class CsvWriter {
  private readonly stream: WriteStream;
  private batch: string[] = [];
  private batchChars = 0;
  private rowCount = 0;

  constructor(
    readonly path: string,
    private readonly columns: readonly string[]
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.batch.push(csvLine(columns));
  }

  get rows(): number {
    return this.rowCount;
  }

  /** Appends a row; synchronous so hot loops pay no promise per row. Call flush() often. */
  write(cells: readonly Cell[]): void {
    if (cells.length !== this.columns.length) {
      throw new Error(`${this.path}: row has ${cells.length} cells, header has ${this.columns.length}`);
    }
    const line = csvLine(cells);
    this.batch.push(line);
    this.batchChars += line.length;
    this.rowCount++;
  }

  /** Hands the batch to the file once it is large enough, waiting if the disk lags. */
  async flush(force = false): Promise<void> {
    if (this.batch.length === 0 || (!force && this.batchChars < BATCH_CHARS)) return;
    const text = this.batch.join('');
    this.batch = [];
    this.batchChars = 0;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error): void => reject(error);
        this.stream.once('error', onError);
        this.stream.once('drain', () => {
          this.stream.off('error', onError);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    await this.flush(true);
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
