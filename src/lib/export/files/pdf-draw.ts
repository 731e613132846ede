/**
 * Drawing helpers for the PDF pages: a page cursor that breaks pages, a plain table drawn
 * with text and lines, and a PNG placed at its own aspect ratio. Only jsPDF text, lines and
 * addImage with bytes: nothing here needs a DOM.
 */
import type { jsPDF } from 'jspdf';
import { toWinAnsi } from './pdf-text';

/** A4 landscape in points. */
export const PAGE = { width: 841.89, height: 595.28, margin: 36, footer: 24 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Lowest y content may reach; the footer lives below it. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - PAGE.footer;

/** Where the next line goes, and which snapshot owns each page (for its footer). */
export interface Cursor {
  doc: jsPDF;
  y: number;
  owner: number;
  pageOwners: number[];
}

export function newPage(cursor: Cursor, first = false): void {
  if (!first) cursor.doc.addPage();
  cursor.pageOwners.push(cursor.owner);
  cursor.y = PAGE.margin;
}

/** Starts a new page unless `height` more points still fit on this one. */
export function ensureRoom(cursor: Cursor, height: number): void {
  if (cursor.y + height > CONTENT_BOTTOM) newPage(cursor);
}

/** Text cut to a width with an ellipsis; jsPDF would otherwise run it into the next column. */
export function fitText(doc: jsPDF, text: string, width: number): string {
  const clean = toWinAnsi(text.replace(/\s+/g, ' ').trim());
  if (doc.getTextWidth(clean) <= width) return clean;
  let low = 0;
  let high = clean.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (doc.getTextWidth(`${clean.slice(0, middle)}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${clean.slice(0, low).trimEnd()}…`;
}

/** A paragraph wrapped to the content width, at most `maxLines` lines. */
export function paragraph(cursor: Cursor, text: string, size: number, style: 'normal' | 'bold', maxLines = 8): void {
  const { doc } = cursor;
  doc.setFont('helvetica', style);
  doc.setFontSize(size);
  const lineHeight = size * 1.3;
  const wrapped: unknown = doc.splitTextToSize(toWinAnsi(text), CONTENT_WIDTH);
  const all = Array.isArray(wrapped) ? wrapped.map(String) : [String(wrapped)];
  const lines = all.slice(0, maxLines);
  // Cut text says so: the full text is in the XLSX and the evidence pack.
  if (all.length > maxLines) lines[maxLines - 1] = fitText(doc, `${lines[maxLines - 1] ?? ''}…`, CONTENT_WIDTH);
  for (const line of lines) {
    ensureRoom(cursor, lineHeight);
    cursor.y += lineHeight;
    doc.text(line, PAGE.margin, cursor.y - size * 0.3);
  }
}

export interface TableColumn {
  label: string;
  /** Share of the content width. */
  share: number;
  align: 'left' | 'right';
}

const ROW_HEIGHT = 16;
const CELL_PAD = 6;
const TABLE_FONT = 9;

function drawRow(cursor: Cursor, columns: readonly TableColumn[], cells: readonly string[], bold: boolean): void {
  const { doc } = cursor;
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  doc.setFont('helvetica', bold ? 'bold' : 'normal');
  doc.setFontSize(TABLE_FONT);
  let x = PAGE.margin;
  const baseline = cursor.y + ROW_HEIGHT - 5;
  columns.forEach((column, index) => {
    const width = (column.share / total) * CONTENT_WIDTH;
    const text = fitText(doc, cells[index] ?? '', width - 2 * CELL_PAD);
    if (column.align === 'right') doc.text(text, x + width - CELL_PAD, baseline, { align: 'right' });
    else doc.text(text, x + CELL_PAD, baseline);
    x += width;
  });
  cursor.y += ROW_HEIGHT;
  doc.setDrawColor(bold ? 100 : 210);
  doc.setLineWidth(bold ? 0.8 : 0.4);
  doc.line(PAGE.margin, cursor.y, PAGE.margin + CONTENT_WIDTH, cursor.y);
}

/** How many body rows fit below the cursor on this page, after a header row. */
export function rowsThatFit(cursor: Cursor): number {
  return Math.max(0, Math.floor((CONTENT_BOTTOM - cursor.y) / ROW_HEIGHT) - 1);
}

/** A table; a page break repeats the header so every page can be read on its own. */
export function drawTable(cursor: Cursor, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
  ensureRoom(cursor, ROW_HEIGHT * 2);
  drawRow(cursor, columns, columns.map((column) => column.label), true);
  for (const row of rows) {
    if (cursor.y + ROW_HEIGHT > CONTENT_BOTTOM) {
      newPage(cursor);
      drawRow(cursor, columns, columns.map((column) => column.label), true);
    }
    drawRow(cursor, columns, row, false);
  }
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, index) => png[index] !== byte)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** A picture scaled to fit the content width and `maxHeight`, keeping its aspect ratio. */
export function drawPng(cursor: Cursor, png: Uint8Array, maxHeight: number): boolean {
  const size = pngSize(png);
  if (!size) return false;
  const scale = Math.min(CONTENT_WIDTH / size.width, maxHeight / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  ensureRoom(cursor, height);
  try {
    cursor.doc.addImage(png, 'PNG', PAGE.margin, cursor.y, width, height, undefined, 'FAST');
  } catch {
    // A picture jsPDF cannot decode is left out rather than losing the whole PDF; the
    // figures and rows on the page do not depend on it.
    return false;
  }
  cursor.y += height + 8;
  return true;
}
