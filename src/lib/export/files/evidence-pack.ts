/**
 * The evidence pack: one view's numbers with everything needed to check them later (the
 * SQL, the filters, the sources' SHA-256, the version) in one zip whose MANIFEST.sha256 lets
 * anyone verify with `sha256sum -c` that nothing was changed since the export.
 */
import type { ExportContext, ViewSnapshot } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import { sha256Hex } from '../../import/sha256';
import { safePath, safeSegment, uniquePath } from './pack-names';
import { datasetCsv, manifestText, sqlFileStem, sqlFileText, versionText, viewJson } from './pack-texts';
import { progressReporter, type OnProgress } from './progress';
import { sqlEntries } from './sql-list';
import { viewWorkbook } from './xlsx-file';
import { zipEntries, zipTimeOf } from './zip-time';

export const MANIFEST_PATH = 'MANIFEST.sha256';
export const MANIFEST_JSON_PATH = 'manifest.json';

interface PackFile {
  path: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

export async function evidencePack(
  snapshot: ViewSnapshot,
  context: ExportContext,
  extras: { name: string; bytes: Uint8Array }[] = [],
  onProgress?: OnProgress
): Promise<Uint8Array> {
  const report = progressReporter(onProgress);
  const used = new Set<string>([MANIFEST_PATH, MANIFEST_JSON_PATH]);
  const files: PackFile[] = [];
  const add = (path: string, content: string | Uint8Array) =>
    files.push({ path: uniquePath(path, used), bytes: typeof content === 'string' ? encoder.encode(content) : content });

  report(exportId.progress.pack, 0);
  add('BACA-SAYA.txt', exportId.pack.readme);
  add('versi.txt', versionText(context));
  add('tampilan.json', viewJson(snapshot, context));
  add('dataset.csv', datasetCsv(context));
  report(exportId.progress.workbook, 0.1);
  add('angka.xlsx', await viewWorkbook(snapshot, context));
  report(exportId.progress.pack, 0.5);

  // One safe base name per chart, so a chart's SVG and PNG keep the same name.
  const chartNames = new Set<string>();
  snapshot.charts.forEach((chart, index) => {
    const base = uniquePath(safeSegment(chart.name, `grafik-${index + 1}`), chartNames);
    if (chart.svg !== null) add(`grafik/${base}.svg`, chart.svg);
    if (chart.png !== null) add(`grafik/${base}.png`, chart.png);
  });
  sqlEntries(snapshot).forEach((entry, index) => {
    add(`sql/${safeSegment(sqlFileStem(entry, index), `${index + 1}`)}.sql`, sqlFileText(entry, snapshot));
  });
  for (const extra of extras) add(safePath(extra.name, 'tambahan'), extra.bytes);

  report(exportId.progress.hashes, 0.6);
  const listed = await Promise.all(files.map(async (file) => ({ path: file.path, size: file.bytes.length, sha256: await sha256Hex(file.bytes) })));
  listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest = encoder.encode(manifestText(listed));
  // manifest.json names MANIFEST.sha256's hash, so MANIFEST.sha256 cannot name manifest.json's.
  const manifestJson = {
    app: exportId.appName,
    appVersion: context.appVersion,
    exportedAt: context.exportedAt,
    files: listed,
    manifest: { path: MANIFEST_PATH, size: manifest.length, sha256: await sha256Hex(manifest) }
  };

  report(exportId.progress.zip, 0.8);
  const entries = [...files, { path: MANIFEST_PATH, bytes: manifest }, { path: MANIFEST_JSON_PATH, bytes: encoder.encode(`${JSON.stringify(manifestJson, null, 2)}\n`) }];
  const bytes = zipEntries(entries, zipTimeOf(context.exportedAt));
  report(exportId.progress.done, 1);
  return bytes;
}
