/**
 * Which INAPROC endpoint a file was saved from, by the SET of its record keys: INAPROC
 * records change key order from one record to the next (inaproc-v1.md §1), and the same
 * endpoint reaches users as page JSON, record arrays, CSV or XLSX under any file name.
 */

import { normaliseColumn, recogniseDataset } from '../isb/datasets';
import { MAPPED_ENDPOINTS } from './catalogue-mapped';
import { REFERENCE_ENDPOINTS } from './catalogue-reference';
import type { InaprocDataset } from './types';

export const INAPROC_DATASETS: readonly InaprocDataset[] = [...MAPPED_ENDPOINTS, ...REFERENCE_ENDPOINTS];

/** How well the keys fit the endpoint: null when they do not, else the number of keys that matched. */
function fit(dataset: InaprocDataset, present: ReadonlySet<string>): number | null {
  if (!dataset.required.every((k) => present.has(k))) return null;
  if (dataset.forbidden.some((k) => present.has(k))) return null;
  if (dataset.closed && [...present].some((k) => !dataset.required.includes(k) && !dataset.markers.includes(k))) return null;
  const markers = dataset.markers.filter((k) => present.has(k)).length;
  if (markers === 0 && !dataset.markerless) return null;
  return dataset.required.length + markers;
}

/**
 * The INAPROC endpoint whose key set the columns fit best, or null. A file that fits only a
 * recognised-only endpoint but also an ISB dataset the importer maps is left to the ISB
 * mapper: adding rows beats naming the file.
 */
export function recogniseInaproc(columns: readonly string[]): InaprocDataset | null {
  const present = new Set(columns.map(normaliseColumn));
  let best: InaprocDataset | null = null;
  let bestFit = -1;
  for (const dataset of INAPROC_DATASETS) {
    const score = fit(dataset, present);
    if (score !== null && score > bestFit) {
      best = dataset;
      bestFit = score;
    }
  }
  if (best !== null && !best.mapped && recogniseDataset(columns) !== null) return null;
  return best;
}
