import type { ExportContext, ExportProgress, ViewSnapshot } from '../src/lib/export/snapshot';
import { viewWorkbook } from '../src/lib/export/files/xlsx-file';
import { viewsPdf } from '../src/lib/export/files/pdf-file';
import { rakorDeck } from '../src/lib/export/files/pptx-file';
import { evidencePack } from '../src/lib/export/files/evidence-pack';
import type { ExtraFile, ViewFormat } from './export-api';
import { exportId } from '../src/lib/i18n/export-id';

/** One or more views as the file the user asked for. */
export async function viewExport(
  format: ViewFormat,
  snapshots: ViewSnapshot[],
  context: ExportContext,
  extras: ExtraFile[],
  onProgress?: (p: ExportProgress) => void
): Promise<Uint8Array> {
  const first = snapshots[0];
  if (!first) throw new Error(exportId.errors.noViews);
  switch (format) {
    case 'xlsx':
      return viewWorkbook(first, context, onProgress);
    case 'pdf':
      return viewsPdf(snapshots, context, onProgress);
    case 'pptx':
      return rakorDeck(snapshots, context, onProgress);
    case 'evidence':
      return evidencePack(first, context, extras, onProgress);
  }
}
