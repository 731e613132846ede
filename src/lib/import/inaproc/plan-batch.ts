/**
 * A dropped batch of files → what to import, in order: each file on its own, except the
 * cursor pages of one INAPROC pull, which become one dataset (one stored import, one pull
 * in the ledger: stored apart, each page would count as a pull and replace the others).
 * Runs before the worker, on the page files only, which are small (≤ 1000 records each).
 */

import { inaprocText } from '../../i18n/inaproc-id';
import { recogniseDataset } from '../isb/datasets';
import { readEnvelope } from './envelope';
import { groupPages, type PageCandidate } from './page-groups';
import type { PageRef } from './read-pages';
import { recogniseInaproc } from './recognise';

export interface ImportUnit {
  /** The file, or the pages of one pull back to back as one File (named after the first). */
  file: File;
  /** Set for joined pages: each page's name and size, in order. */
  pages?: PageRef[];
  /** Set for joined pages: the page files themselves (to plan them again later). */
  parts?: File[];
}

// A page holds at most 1000 records; a larger JSON object is some other file.
const MAX_PAGE_BYTES = 32 * 1024 * 1024;

/** The page's endpoint, parameters and KLPD as one text (see page-groups.ts). */
function identityOf(records: unknown[], endpoint: string | null, params: string | null): string {
  const keys = new Set<string>();
  const klpd = new Set<string>();
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const r = record as Record<string, unknown>;
    for (const key of Object.keys(r)) keys.add(key);
    const kode = r.kd_klpd ?? r.kode_klpd;
    if (typeof kode === 'string') klpd.add(kode);
  }
  const columns = [...keys];
  const kind = recogniseInaproc(columns)?.id ?? recogniseDataset(columns)?.id ?? `kunci:${columns.sort().join(',')}`;
  return [kind, endpoint ?? '', params ?? '', klpd.size === 1 ? [...klpd][0] : '*'].join('|');
}

async function candidateOf(file: File): Promise<PageCandidate | null> {
  if (file.size > MAX_PAGE_BYTES) return null;
  const head = (await file.slice(0, 64).text()).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{')) return null;
  let envelope;
  try {
    envelope = readEnvelope(JSON.parse((await file.text()).replace(/^\uFEFF/, '')));
  } catch {
    return null; // not JSON after all: the importer will say so
  }
  if (envelope?.kind !== 'page') return null;
  const { meta, records } = envelope;
  return { name: file.name, lastModified: file.lastModified, identity: identityOf(records, meta.endpoint, meta.params), meta };
}

/**
 * e-katalog v6 orders from INAPROC name their pemda only by kode_klpd; the name is learnt
 * from the other files of the pemda, so those are imported first.
 */
async function needsPemdaNames(file: File): Promise<boolean> {
  const head = await file.slice(0, 8192).text();
  return head.includes('fiscal_year') && !head.includes('nama_klpd');
}

export async function planBatch(files: readonly File[]): Promise<{ units: ImportUnit[]; notices: string[] }> {
  const candidates = await Promise.all(files.map(candidateOf));
  const pageFiles = files.flatMap((file, i) => {
    const candidate = candidates[i];
    return candidate ? [{ ...candidate, file, order: i }] : [];
  });
  const { pulls, notices } = groupPages(pageFiles);
  const units: { unit: ImportUnit; order: number; late: boolean }[] = [];
  for (const pull of pulls) {
    const first = pull[0];
    if (first === undefined) continue;
    const unit: ImportUnit =
      pull.length === 1
        ? { file: first.file }
        : {
            file: new File(pull.map((p) => p.file), inaprocText.pagesName(first.name, pull.length), {
              type: 'application/json',
              lastModified: Math.max(...pull.map((p) => p.lastModified))
            }),
            pages: pull.map((p) => ({ fileName: p.name, size: p.file.size })),
            parts: pull.map((p) => p.file)
          };
    units.push({ unit, order: Math.min(...pull.map((p) => p.order)), late: await needsPemdaNames(first.file) });
  }
  for (const [i, file] of files.entries()) {
    if (!candidates[i]) units.push({ unit: { file }, order: i, late: await needsPemdaNames(file) });
  }
  units.sort((a, b) => Number(a.late) - Number(b.late) || a.order - b.order);
  return { units: units.map((u) => u.unit), notices };
}
