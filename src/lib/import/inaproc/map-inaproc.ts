/**
 * A recognised INAPROC table → canonical rows, through the ISB mapper of its equivalent
 * dataset: same transaksi_id business keys, same sumber_data (the ISB id), same rules. An
 * endpoint without an equivalent mapper adds nothing and says so.
 */

import { inaprocText } from '../../i18n/inaproc-id';
import { mapDataset } from '../isb/map-dataset';
import type { MappedTables, MappingContext } from '../isb/types';
import type { ImportMessage, RawTable } from '../raw-table';
import { toIsbTable } from './to-isb';
import type { InaprocDataset } from './types';

/** What the quality report names the file as; `id` is the ISB id for a mapped endpoint. */
export function reportDataset(dataset: InaprocDataset): { id: string; name: string; endpoint?: string } {
  if (dataset.sidecar) return { id: `INAPROC:${dataset.id}`, name: inaprocText.sidecarName };
  const endpoint = dataset.label.startsWith('legacy') ? `/legacy/${dataset.id}` : `/v1/${dataset.id}`;
  if (dataset.mapped && dataset.isb !== null) {
    return { id: dataset.isb, name: inaprocText.mappedName(dataset.label, dataset.isb), endpoint };
  }
  return { id: `INAPROC:${dataset.id}`, name: inaprocText.referenceName(dataset.label, dataset.isb), endpoint };
}

/** The sentence for a recognised file that adds no rows (a reader-level message: nothing was mapped). */
export function noRowsMessage(dataset: InaprocDataset): ImportMessage {
  const about = inaprocText.about[dataset.id] ?? '';
  const message = dataset.sidecar ? inaprocText.noRowsSidecar(about) : inaprocText.noRows(dataset.label, about);
  return { code: 'inaproc-tanpa-baris', message };
}

/**
 * v6 orders name their pemda only by kode_klpd. The ISB mapper then looks the name up among
 * what other files taught (ctx.klpdNames); say which file to import first when it cannot.
 */
function unnamedKlpd(dataset: InaprocDataset, raw: RawTable, ctx: MappingContext): ImportMessage[] {
  if (dataset.isb !== 'Ecat-PaketEPurchasingV6') return [];
  const column = raw.columns.indexOf('kd_klpd');
  const missing = new Set<string>();
  for (const row of raw.rows) {
    const kode = column < 0 ? null : (row[column] ?? null);
    if (kode !== null && ctx.klpdNames?.get(kode) === undefined) missing.add(kode);
  }
  return [...missing].sort().map((kode) => ({ code: 'inaproc-klpd', message: inaprocText.klpdUnknown(kode) }));
}

/** Canonical rows of a mapped endpoint; null for a recognised-only one. */
export function mapInaproc(dataset: InaprocDataset, raw: RawTable, ctx: MappingContext): MappedTables | null {
  if (!dataset.mapped || dataset.isb === null) return null;
  const shaped = toIsbTable(raw, dataset);
  const mapped = mapDataset(dataset.isb, shaped.raw, ctx);
  return {
    ...mapped,
    rejected: [...shaped.rejected, ...mapped.rejected].sort((a, b) => a.line - b.line),
    notices: [...shaped.notices, ...unnamedKlpd(dataset, shaped.raw, ctx), ...mapped.notices]
  };
}
