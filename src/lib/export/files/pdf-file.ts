/**
 * Views as a PDF (A4 landscape) for people who print or file things: per view its title,
 * facts, headline figures, first chart (its PNG) and the first rows of its first table.
 * Built with jsPDF text, lines and images only, so it runs in the export worker.
 */
import { jsPDF } from 'jspdf';
import type { ExportContext, SnapshotFigure, SnapshotTable, ViewSnapshot } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import { formatDay } from '../../format/date';
import { sha256Hex } from '../../import/sha256';
import { cellText, groupedInteger, rupiahText, targetText } from './display-text';
import { progressReporter, type OnProgress } from './progress';
import { CONTENT_BOTTOM, PAGE, drawPng, drawTable, ensureRoom, fitText, newPage, paragraph, rowsThatFit, type Cursor, type TableColumn } from './pdf-draw';
import { toWinAnsi } from './pdf-text';

const f = exportId.figure;

const FIGURE_COLUMNS: TableColumn[] = [
  // Amount columns hold 2^53-sized exact values (9.007.199.254.740.993) without cutting.
  { label: f.label, share: 2.0, align: 'left' },
  { label: f.value, share: 1.7, align: 'right' },
  { label: f.numerator, share: 1.6, align: 'right' },
  { label: f.denominator, share: 1.6, align: 'right' },
  { label: f.target, share: 0.7, align: 'right' },
  { label: f.gap, share: 1.7, align: 'right' },
  { label: f.status, share: 1.0, align: 'left' },
  { label: f.change, share: 0.9, align: 'right' }
];

function figureCells(figure: SnapshotFigure): string[] {
  // The exact value when there is one (amounts, counts), else what the card shows (a ratio).
  const value = figure.value !== null ? groupedInteger(figure.value) : figure.display;
  return [
    figure.label,
    value,
    groupedInteger(figure.numerator),
    groupedInteger(figure.denominator),
    targetText(figure.target),
    rupiahText(figure.gap),
    figure.status ?? '–',
    figure.change ?? '–'
  ];
}

/** The first rows of a table that fit on the page, and a line saying how many of how many. */
function drawFirstRows(cursor: Cursor, table: SnapshotTable): void {
  ensureRoom(cursor, 16 * 5);
  const count = Math.min(table.rows.length, Math.max(1, rowsThatFit(cursor) - 2));
  const total = Math.max(table.totalRows, table.rows.length);
  paragraph(cursor, `${table.title} — ${exportId.rowsShown(count, total)}`, 11, 'bold', 2);
  const columns = table.columns.map((column): TableColumn => ({
    label: column.label,
    share: column.kind === 'text' ? 2 : 1,
    align: column.kind === 'text' || column.kind === 'date' ? 'left' : 'right'
  }));
  const rows = table.rows.slice(0, count).map((row) => table.columns.map((column, index) => cellText(column.kind, row[index] ?? null)));
  drawTable(cursor, columns, rows);
}

function drawSnapshot(cursor: Cursor, snapshot: ViewSnapshot): void {
  paragraph(cursor, snapshot.title, 18, 'bold', 3);
  cursor.y += 4;
  // A value's own line breaks would split one fact over two lines: facts flow as one paragraph.
  const facts = snapshot.facts.map((fact) => `${fact.label}: ${fact.value}`.replace(/\s+/g, ' '));
  paragraph(cursor, facts.join('   ·   '), 9, 'normal', 6);
  if (snapshot.note.trim() !== '') paragraph(cursor, snapshot.note, 9, 'normal', 4);
  cursor.y += 8;
  paragraph(cursor, exportId.pdf.figures, 11, 'bold', 1);
  if (snapshot.figures.length === 0) paragraph(cursor, exportId.pdf.noFigures, 9, 'normal', 1);
  else drawTable(cursor, FIGURE_COLUMNS, snapshot.figures.map(figureCells));
  cursor.y += 12;
  const chart = snapshot.charts[0];
  if (chart?.png) {
    ensureRoom(cursor, 160);
    paragraph(cursor, chart.title, 11, 'bold', 2);
    drawPng(cursor, chart.png, Math.min(280, CONTENT_BOTTOM - cursor.y));
  }
  const table = snapshot.tables[0];
  if (table && table.columns.length > 0) drawFirstRows(cursor, table);
}

/** Footers go on last, when the page count is known: as-of day, sources, "halaman i/n". */
function drawFooters(cursor: Cursor, snapshots: readonly ViewSnapshot[], context: ExportContext): void {
  const { doc } = cursor;
  const pages = doc.getNumberOfPages();
  const y = PAGE.height - PAGE.margin + 6;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(90);
    const asOf = snapshots[cursor.pageOwners[page - 1] ?? 0]?.asOf ?? null;
    const pageText = toWinAnsi(exportId.pdf.page(page, pages));
    const left = `${asOf ? exportId.slide.asOf(formatDay(asOf)) : exportId.slide.noAsOf} · ${context.sourcesLine}`;
    doc.text(fitText(doc, left, PAGE.width - 2 * PAGE.margin - doc.getTextWidth(pageText) - 24), PAGE.margin, y);
    doc.text(pageText, PAGE.width - PAGE.margin, y, { align: 'right' });
  }
  doc.setTextColor(0);
}

export async function viewsPdf(snapshots: ViewSnapshot[], context: ExportContext, onProgress?: OnProgress): Promise<Uint8Array> {
  const report = progressReporter(onProgress);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
  // Document properties are written as UTF-16 by jsPDF: no WinAnsi mapping needed there.
  doc.setDocumentProperties({ title: exportId.slide.deckTitle, author: exportId.appName, creator: exportId.appName });
  // jsPDF stamps the clock and a random file id; the export's time and a hash of what is in
  // it make the same export give the same bytes.
  const exportedAt = new Date(context.exportedAt);
  if (Number.isFinite(exportedAt.getTime())) doc.setCreationDate(exportedAt);
  const identity = new TextEncoder().encode(JSON.stringify([context.exportedAt, context.appVersion, snapshots.map((s) => [s.id, s.title, s.url])]));
  doc.setFileId((await sha256Hex(identity)).slice(0, 32).toUpperCase());
  const cursor: Cursor = { doc, y: PAGE.margin, owner: 0, pageOwners: [] };
  snapshots.forEach((snapshot, index) => {
    report(exportId.progress.pages, (index / Math.max(1, snapshots.length)) * 0.9);
    cursor.owner = index;
    newPage(cursor, index === 0);
    drawSnapshot(cursor, snapshot);
  });
  drawFooters(cursor, snapshots, context);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  report(exportId.progress.done, 1);
  return bytes;
}
