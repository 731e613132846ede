/**
 * An INAPROC table rewritten as the ISB table of the same dataset: renamed keys, ISB value
 * conventions (cell-values.ts) and the endpoint's own hook (e.g. e-katalog v6 statuses).
 * The ISB mapper then reads it as it reads an ISB export, so both give the same canonical
 * rows. Line numbers stay those of the file, so every rejection points at the user's row.
 */

import { inaprocText } from '../../i18n/inaproc-id';
import { normaliseColumn } from '../isb/datasets';
import type { ImportMessage, RawTable } from '../raw-table';
import { isbCell, type CellCounts } from './cell-values';
import { v6RowAdapter } from './ekatalog-v6';
import type { InaprocDataset, RowAdapter } from './types';

export interface IsbShaped {
  raw: RawTable;
  /** Rows the hook did not pass on (private orders, orders still negotiated), with the reason. */
  rejected: { line: number; reason: string }[];
  notices: ImportMessage[];
}

const ADAPTERS: Readonly<Record<string, () => RowAdapter>> = {
  'ekatalog/paket-e-purchasing': v6RowAdapter
};

export function toIsbTable(raw: RawTable, dataset: InaprocDataset): IsbShaped {
  const keys = raw.columns.map(normaliseColumn);
  const rename = dataset.rename ?? {};
  const adapter = ADAPTERS[dataset.id]?.() ?? null;
  const added = new Set(adapter?.adds ?? []);
  // Each kept column once, under its ISB name; a hook's column wins over a same-named key.
  const columns: string[] = [];
  const from: number[] = [];
  keys.forEach((key, i) => {
    // Own keys only: a file's column named `constructor` must not find Object's function.
    const name = Object.hasOwn(rename, key) ? rename[key]! : key;
    if (added.has(name) || columns.includes(name)) return;
    columns.push(name);
    from.push(i);
  });
  columns.push(...(adapter?.adds ?? []));

  const index = new Map(keys.map((key, i) => [key, i] as const));
  const counts: CellCounts = { none: 0, wallClock: 0 };
  const rows: (string | null)[][] = [];
  const lineNumbers: number[] = [];
  const rejected: IsbShaped['rejected'] = [];
  raw.rows.forEach((row, r) => {
    const line = raw.lineNumbers[r] ?? r + 1;
    const cells = row.map((cell) => isbCell(cell, counts));
    const adapted = adapter?.adapt((key) => cells[index.get(key) ?? -1] ?? null) ?? { cells: [] };
    if ('reject' in adapted) {
      rejected.push({ line, reason: adapted.reject });
      return;
    }
    rows.push([...from.map((i) => cells[i] ?? null), ...adapted.cells]);
    lineNumbers.push(line);
  });

  const notices: ImportMessage[] = [...(adapter?.notices() ?? [])];
  if (counts.none > 0) notices.push({ code: 'inaproc-none', message: inaprocText.noneValues(counts.none) });
  if (counts.wallClock > 0) notices.push({ code: 'inaproc-wib', message: inaprocText.wallClock(counts.wallClock) });
  return { raw: { ...raw, columns, rows, lineNumbers }, rejected, notices };
}
