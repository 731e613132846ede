/**
 * The rakor deck: one slide per view, nothing else (no title slide), so a deck of three
 * saved views is three slides a presenter can reorder or drop. Runs in the export worker:
 * pptxgenjs needs no DOM for text, tables, native charts, notes and `write()` — only its
 * image encoding (SVG → PNG) and `writeFile()` download path touch `document`, and neither
 * is used here.
 */
import PptxGenJS from 'pptxgenjs';
import type { ExportContext, ViewSnapshot } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import { progressReporter, type OnProgress } from './progress';
import { addViewSlide } from './pptx-slide';
import { finishDeck } from './pptx-package';
import { zipTimeOf } from './zip-time';

export async function rakorDeck(snapshots: ViewSnapshot[], context: ExportContext, onProgress?: OnProgress): Promise<Uint8Array> {
  const report = progressReporter(onProgress);
  const pptx = new PptxGenJS();
  // 13.33 × 7.5 in, PowerPoint's own 16:9 default: more room than LAYOUT_16x9 (10 × 5.63 in)
  // at the same point sizes.
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = exportId.slide.deckTitle;
  pptx.author = exportId.slide.author;
  pptx.company = exportId.slide.author;
  snapshots.forEach((snapshot, index) => {
    report(exportId.progress.slides, (index / Math.max(1, snapshots.length)) * 0.8);
    addViewSlide(pptx, snapshot, context);
  });
  report(exportId.progress.zip, 0.8);
  const stored = await pptx.write({ outputType: 'uint8array' });
  if (!(stored instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  // pptxgenjs ignores `compression` when an output type is given and stores every part.
  const bytes = finishDeck(stored, zipTimeOf(context.exportedAt));
  report(exportId.progress.done, 1);
  return bytes;
}
