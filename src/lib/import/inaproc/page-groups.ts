/**
 * Which dropped INAPROC pages belong to one pull. Pages of one pull share the endpoint (by
 * key set, and by meta.endpoint / meta parameters where the saving tool kept them) and the
 * KLPD; within a pull exactly one page is the last (has_more false) and no next-page cursor
 * repeats. Pages that break this come from several pulls: they are separated by their file
 * times (pulls are minutes to weeks apart, the pages of one pull seconds), and pages that
 * still cannot be told apart are imported one by one, with a notice, rather than merged.
 */

import { inaprocText } from '../../i18n/inaproc-id';
import type { PageMeta } from './envelope';

export interface PageCandidate {
  name: string;
  /** ms since the epoch (File.lastModified). */
  lastModified: number;
  /** Endpoint + parameters + KLPD: pages with different identities are never one pull. */
  identity: string;
  meta: PageMeta;
}

/** Two pages saved further apart than this are taken for different pulls. */
export const PULL_GAP_MS = 10 * 60 * 1000;

const byName = (a: PageCandidate, b: PageCandidate) => a.name.localeCompare(b.name, 'en', { numeric: true });
const isLast = (p: PageCandidate) => p.meta.hasMore === false || (p.meta.hasMore === null && p.meta.cursor === null);

export function isOnePull(pages: readonly PageCandidate[]): boolean {
  if (pages.filter(isLast).length > 1) return false;
  const cursors = pages.flatMap((p) => (p.meta.cursor === null ? [] : [p.meta.cursor]));
  return new Set(cursors).size === cursors.length;
}

/** Pages in time order, cut where two saves are more than PULL_GAP_MS apart. */
function byTime(pages: readonly PageCandidate[]): PageCandidate[][] {
  const sorted = [...pages].sort((a, b) => a.lastModified - b.lastModified);
  const clusters: PageCandidate[][] = [];
  let previous: number | null = null;
  for (const page of sorted) {
    if (previous === null || page.lastModified - previous > PULL_GAP_MS) clusters.push([]);
    clusters[clusters.length - 1]?.push(page);
    previous = page.lastModified;
  }
  return clusters;
}

/**
 * The pulls among the pages: each a list of pages in file-name order (page_2 before
 * page_10), and the notices for pages that had to stay apart.
 */
export function groupPages<T extends PageCandidate>(pages: readonly T[]): { pulls: T[][]; notices: string[] } {
  const buckets = new Map<string, T[]>();
  for (const page of pages) buckets.set(page.identity, [...(buckets.get(page.identity) ?? []), page]);
  const pulls: T[][] = [];
  const notices: string[] = [];
  for (const bucket of buckets.values()) {
    const clusters = isOnePull(bucket) ? [bucket] : (byTime(bucket) as T[][]);
    for (const cluster of clusters) {
      if (isOnePull(cluster)) pulls.push([...cluster].sort(byName));
      else {
        notices.push(inaprocText.pagesAmbiguous([...cluster].sort(byName).map((p) => p.name).join(', ')));
        for (const page of cluster) pulls.push([page]);
      }
    }
  }
  return { pulls, notices };
}
