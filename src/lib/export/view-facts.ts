import { DIMENSIONS, type Filters } from '../query/filters';
import type { OptionRow } from '../query/options-query';
import { PAGE_OPTIONS } from '../state/page-options';
import { id } from '../i18n/id';
import { viewsId } from '../i18n/views-id';
import { exportId } from '../i18n/export-id';
import { monitoringId } from '../i18n/monitoring-id';
import { formatDay } from '../format/date';
import type { SnapshotFact } from './snapshot';

/** The page a path belongs to, in words (`/pemda/33.25` → "Halaman pemda"). */
export function pageLabel(path: string): string {
  const page = path.startsWith('/pemda/') ? '/pemda' : path;
  return viewsId.saved.page[page] ?? path;
}

/** The comparison as words: last week, the same day last year, or a date. */
export function comparisonWords(banding: string | null): string | null {
  if (!banding) return null;
  if (banding === 'minggu_lalu' || banding === 'tahun_lalu') return monitoringId.period[banding];
  return formatDay(banding);
}

/**
 * Everything that names a view, in words: its page, each filter with its values' labels,
 * the as-of day (the effective one, also when it is the default), the comparison, the page
 * options, and whether personal data is masked. Every export carries these.
 */
export function viewFacts(path: string, filters: Filters, params: URLSearchParams, asOf: string, options: readonly OptionRow[], masking: boolean): SnapshotFact[] {
  // As the facets name them: the dictionary's word for a coded value, else the data's label.
  const labelOf = (dimension: string, key: string) => id.value[key] ?? options.find((o) => o.dimension === dimension && o.key === key)?.label ?? key;
  const facts: SnapshotFact[] = [{ label: exportId.facts.page, value: pageLabel(path) }];
  for (const dimension of DIMENSIONS) {
    const values = filters[dimension];
    if (values.length > 0) facts.push({ label: id.dimension[dimension], value: values.map((v) => labelOf(dimension, v)).join(', ') });
  }
  if (DIMENSIONS.every((d) => filters[d].length === 0)) facts.push({ label: exportId.facts.filters, value: exportId.facts.noFilters });
  facts.push({ label: exportId.facts.asOf, value: `${formatDay(asOf)} (${asOf})${filters.asof ? '' : ` — ${exportId.facts.latest}`}` });
  const comparison = comparisonWords(filters.banding);
  if (comparison) facts.push({ label: exportId.facts.comparison, value: comparison });
  for (const name of PAGE_OPTIONS) {
    const value = params.get(name);
    if (value && name !== 'slide' && name !== 'asal') facts.push({ label: exportId.facts.option(name), value: name === 'metrik' ? (id.kpi[value as keyof typeof id.kpi] ?? value) : value });
  }
  facts.push({ label: exportId.facts.masking, value: masking ? exportId.facts.maskingOn : exportId.facts.maskingOff });
  return facts;
}
