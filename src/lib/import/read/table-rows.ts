/**
 * A table's records → its rows: each made exactly the table's width (ragged rows padded or
 * joined, with a warning), blank lines skipped and counted, empty cells null.
 */
import type { ImportMessage } from '../raw-table';
import { fitRecord, isBlank, RaggedRows, type Cells } from './table-shape';

export interface TableRows {
  rows: (string | null)[][];
  lineNumbers: number[];
}

export function tableRows(
  records: readonly Cells[],
  lines: readonly number[],
  from: number,
  to: number,
  width: number,
  delimiter: string,
  warnings: ImportMessage[]
): TableRows {
  const rows: (string | null)[][] = [];
  const lineNumbers: number[] = [];
  const ragged = new RaggedRows(warnings);
  let blank = 0;
  for (let i = from; i < to; i++) {
    const record = records[i] as Cells;
    if (isBlank(record)) {
      blank++;
      continue;
    }
    const fitted = fitRecord(record, width, delimiter);
    if (fitted.warning) ragged.add(lines[i] as number, fitted.warning);
    rows.push(fitted.cells.map((c) => (c === '' || c === null ? null : c)));
    lineNumbers.push(lines[i] as number);
  }
  ragged.finish();
  if (blank > 0) warnings.push({ code: 'blank-lines', message: `${blank} baris kosong di antara data dilewati.` });
  return { rows, lineNumbers };
}
