import type { DatasetMeta } from '../storage/dataset-library';
import { sha256Hex } from '../import/sha256';
import { exportId } from '../i18n/export-id';
import type { ExportContext, SnapshotDataset } from './snapshot';

/** Larger sample files are named and sized but not hashed: reading them whole could exhaust the tab. */
const MAX_HASHED_BYTES = 256 * 1024 * 1024;
const samples = new Map<boolean, Promise<SnapshotDataset>>();

/**
 * The embedded sample as a source: its database file's size and, for an evidence pack, its
 * SHA-256 (read once per visit, from the browser's cache).
 */
function sample(databaseUrl: string, hash: boolean): Promise<SnapshotDataset> {
  const known = samples.get(hash);
  if (known) return known;
  const source = (async (): Promise<SnapshotDataset> => {
    const head = await fetch(databaseUrl, { method: 'HEAD' });
    const size = Number(head.headers.get('content-length') ?? 0);
    const base = { fileName: exportId.sources.sampleName, size, sha256: '', importedAt: '', pulledAt: null, rows: 0, dataset: exportId.sources.sampleKind };
    if (!hash) return base;
    if (size > MAX_HASHED_BYTES) return { ...base, sha256: exportId.sources.notHashed };
    const bytes = new Uint8Array(await (await fetch(databaseUrl)).arrayBuffer());
    return { ...base, size: bytes.length, sha256: await sha256Hex(bytes) };
  })();
  samples.set(hash, source);
  source.catch(() => samples.delete(hash)); // try again next time
  return source;
}

function datasetSource(meta: DatasetMeta): SnapshotDataset {
  return {
    fileName: meta.fileName,
    size: meta.size,
    sha256: meta.sha256,
    importedAt: meta.importedAt,
    pulledAt: meta.pulledAt ?? null,
    rows: meta.rows,
    dataset: meta.dataset?.name ?? null
  };
}

/** What every file of an export shares: version, time, masking and the data sources. */
export async function exportContext(options: {
  datasets: readonly DatasetMeta[];
  sampleVisible: boolean;
  databaseUrl: string;
  masking: boolean;
  /** Hash the sample's file (evidence packs): every other export only names it. */
  hashSample: boolean;
}): Promise<ExportContext> {
  const sources = [...(options.sampleVisible ? [await sample(options.databaseUrl, options.hashSample)] : []), ...options.datasets.map(datasetSource)];
  return {
    appVersion: `Telisik ${__TELISIK_VERSION__}`,
    exportedAt: new Date().toISOString(),
    masking: options.masking,
    sources,
    sourcesLine: sourcesLine(sources.map((s) => s.fileName))
  };
}

/** The sources in one line (a footer, a caption): up to three names, then how many more. */
export function sourcesLine(names: readonly string[]): string {
  if (names.length === 0) return exportId.sources.none;
  return names.length <= 3 ? names.join(', ') : exportId.sources.many(names.slice(0, 3).join(', '), names.length - 3);
}
