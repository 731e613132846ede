import type { DatasetMeta } from '../storage/dataset-library';
import { sha256Hex } from '../import/sha256';
import { exportId } from '../i18n/export-id';
import type { ExportContext, SnapshotDataset } from './snapshot';

let sampleSource: Promise<SnapshotDataset> | null = null;

/** The embedded sample as a source: its database file's size and SHA-256 (fetched once per visit, from the cache). */
function sample(databaseUrl: string): Promise<SnapshotDataset> {
  sampleSource ??= fetch(databaseUrl)
    .then(async (response) => {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { fileName: exportId.sources.sampleName, size: bytes.length, sha256: await sha256Hex(bytes), importedAt: '', pulledAt: null, rows: 0, dataset: exportId.sources.sampleKind };
    })
    .catch((cause: unknown) => {
      sampleSource = null; // try again next time
      throw cause;
    });
  return sampleSource;
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
export async function exportContext(options: { datasets: readonly DatasetMeta[]; sampleVisible: boolean; databaseUrl: string; masking: boolean }): Promise<ExportContext> {
  const sources = [...(options.sampleVisible ? [await sample(options.databaseUrl)] : []), ...options.datasets.map(datasetSource)];
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
