/**
 * One view as one rakor slide (16:9 wide, 13.33 × 7.5 in): title, one line of facts, the
 * headline figures as a table, up to two native charts, and a footer with the as-of day and
 * the sources. Text is at least 14 pt except the footer and chart axes (12 pt), so it reads
 * from the back of a meeting room. No clock: the deck is about the data's day, not the
 * moment it was exported.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ExportContext, SnapshotFigure, ViewSnapshot } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import { formatDay } from '../../format/date';
import { addNativeChart, nativeChart, type Box } from './pptx-chart';
import { rupiahShortText, targetText } from './display-text';
import { xmlSafe } from './xml-text';

const s = exportId.slide;
const f = exportId.figure;

const MARGIN = 0.45;
const WIDTH = 13.333 - 2 * MARGIN;
const BODY_TOP = 1.65;
const BODY_BOTTOM = 6.8;
const TABLE_WIDTH = 7.5;
const GUTTER = 0.2;
/**
 * More rows would shrink the text below what a room can read; the rest is in the XLSX. The
 * snapshot lists the chosen figure first, then those with a target.
 */
export const MAX_FIGURE_ROWS = 4;
/** Column shares of label, value, target, gap, status, change: the label takes two lines at most. */
const COLUMN_SHARES = [2.0, 1.2, 1.0, 1.3, 1.4, 1.35] as const;
/** Cell margins in inches (top, right, bottom, left): narrow sides leave room for the numbers. */
const CELL_MARGIN: [number, number, number, number] = [0.08, 0.06, 0.08, 0.06];
const TEXT = '1E293B';
const MUTED = '475569';
const LANG = 'id-ID';

/** One line: line breaks and runs of spaces become one space, long text ends in an ellipsis. */
export function oneLine(text: string, max: number): string {
  const line = xmlSafe(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** About what one 14 pt line holds across the slide; longer facts end in an ellipsis (all are in the notes). */
export function factsLine(snapshot: ViewSnapshot, max = 130): string {
  return oneLine(snapshot.facts.map((fact) => `${fact.label}: ${fact.value}`).join(' · '), max);
}

export function footerLine(snapshot: ViewSnapshot, context: ExportContext): string {
  const asOf = snapshot.asOf ? s.asOf(formatDay(snapshot.asOf)) : s.noAsOf;
  return oneLine(`${asOf} · ${context.sourcesLine}`, 190);
}

function headerCell(text: string): PptxGenJS.TableCell {
  return { text, options: { bold: true, color: 'FFFFFF', fill: { color: '1E3A5F' } } };
}

function figureRow(figure: SnapshotFigure): PptxGenJS.TableCell[] {
  return [
    oneLine(figure.label, 60),
    // Whole rupiah do not fit a slide's cell: the short form (the exact amount is in the XLSX).
    figure.value !== null && figure.display.startsWith('Rp') ? rupiahShortText(figure.value) : oneLine(figure.display, 30),
    targetText(figure.target),
    rupiahShortText(figure.gap),
    oneLine(figure.status ?? '–', 30),
    oneLine(figure.change ?? '–', 30)
  ].map((text, index) => ({ text, options: { align: index === 0 ? 'left' : 'right' } }));
}

function addFigures(slide: PptxGenJS.Slide, figures: readonly SnapshotFigure[], width: number): void {
  if (figures.length === 0) {
    slide.addText(s.noFigures, { x: MARGIN, y: BODY_TOP, w: width, h: 0.5, fontSize: 16, color: MUTED, lang: LANG });
    return;
  }
  const shown = figures.slice(0, MAX_FIGURE_ROWS);
  const scale = width / COLUMN_SHARES.reduce((sum, share) => sum + share, 0);
  const header = [f.label, f.value, f.target, f.gap, f.status, f.change].map(headerCell);
  slide.addTable([header, ...shown.map(figureRow)], {
    x: MARGIN,
    y: BODY_TOP,
    w: width,
    colW: COLUMN_SHARES.map((share) => share * scale),
    fontSize: 14,
    color: TEXT,
    valign: 'middle',
    margin: CELL_MARGIN,
    rowH: [0.45, ...shown.map(() => 0.8)],
    border: { type: 'solid', pt: 0.75, color: 'CBD5E1' },
    autoPage: false
  });
  if (figures.length > shown.length) {
    // Below the table however tall its wrapped rows grow, above the footer.
    const y = BODY_BOTTOM - 0.3;
    slide.addText(s.moreFigures(figures.length - shown.length), { x: MARGIN, y, w: width, h: 0.4, fontSize: 14, color: MUTED, lang: LANG });
  }
}

/** Where the charts go: one fills the right column, two share it top and bottom. */
function chartBoxes(count: number): Box[] {
  const x = MARGIN + TABLE_WIDTH + GUTTER;
  const w = WIDTH - TABLE_WIDTH - GUTTER;
  const height = BODY_BOTTOM - BODY_TOP;
  if (count === 1) return [{ x, y: BODY_TOP, w, h: height }];
  const h = (height - GUTTER) / 2;
  return [
    { x, y: BODY_TOP, w, h },
    { x, y: BODY_TOP + h + GUTTER, w, h }
  ];
}

/** Speaker notes: the view's note, then its facts, then the SQL of every figure. */
export function notesText(snapshot: ViewSnapshot): string {
  const facts = snapshot.facts.map((fact) => `${fact.label}: ${fact.value}`);
  const sql = snapshot.figures.flatMap((figure) => [`-- ${figure.label} (${figure.key})`, figure.sql, '']);
  return xmlSafe([snapshot.note, '', s.notesFacts, ...facts, '', s.notesSql, ...sql].join('\n').trim());
}

export function addViewSlide(pptx: PptxGenJS, snapshot: ViewSnapshot, context: ExportContext): void {
  const slide = pptx.addSlide();
  // pptxgenjs cannot draw a chart without categories or series (it reads data[0].labels).
  const charts = snapshot.charts.filter((chart) => chart.categories.length > 0 && chart.series.length > 0).slice(0, 2);
  slide.addText(oneLine(snapshot.title, 70), { x: MARGIN, y: 0.3, w: WIDTH, h: 0.75, fontSize: 26, bold: true, color: TEXT, lang: LANG, fit: 'shrink' });
  slide.addText(factsLine(snapshot), { x: MARGIN, y: 1.05, w: WIDTH, h: 0.5, fontSize: 14, color: MUTED, lang: LANG });
  addFigures(slide, snapshot.figures, charts.length === 0 ? WIDTH : TABLE_WIDTH);
  const boxes = chartBoxes(charts.length);
  charts.forEach((chart, index) => {
    const box = boxes[index];
    if (box) addNativeChart(slide, nativeChart(chart, box));
  });
  slide.addText(footerLine(snapshot, context), { x: MARGIN, y: 6.95, w: WIDTH, h: 0.35, fontSize: 12, color: MUTED, lang: LANG });
  slide.addNotes(notesText(snapshot));
}
