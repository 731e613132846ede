/**
 * A snapshot chart as a native PowerPoint chart: the numbers travel with the deck, so a
 * presenter can restyle or correct it in PowerPoint instead of pasting a picture.
 */
import type PptxGenJS from 'pptxgenjs';
import type { SnapshotChart } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import { xmlSafe } from './xml-text';
import { targetDrawing } from '../../charts/target-drawing';

/** Series colours of the screen charts (PDN blue, UMKK green, then distinct hues); target red. */
const PALETTE = ['1D4ED8', '15803D', 'D97706', '7C3AED', '0E7490', 'BE185D'] as const;
const TARGET_COLOUR = 'B91C1C';

/**
 * Axis numbers in Indonesian money words, scaled by Excel's trailing commas: Rp 1,2 T
 * (triliun), Rp 350,5 M (miliar), Rp 12 jt (juta). PowerPoint shows the reader's separators.
 */
export const RUPIAH_AXIS_FORMAT = '[>=1000000000000]"Rp "#,##0.0,,,," T";[>=1000000000]"Rp "#,##0.0,,," M";"Rp "#,##0,," jt"';
export const PERCENT_AXIS_FORMAT = '0%';

/**
 * One series as pptxgenjs reads it. Gaps stay null (written as empty points, drawn as gaps),
 * which pptxgenjs supports although its types say number[].
 */
export interface ChartSeries {
  name: string;
  labels: string[];
  values: (number | null)[];
}

/** One chart type, or a combo (bars with a target line) of several. */
export type NativeChart =
  | { type: PptxGenJS.CHART_NAME; data: ChartSeries[]; options: PptxGenJS.IChartOpts }
  | { type: PptxGenJS.IChartMulti[]; options: PptxGenJS.IChartOpts };

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function seriesOf(chart: SnapshotChart): ChartSeries[] {
  const labels = chart.categories.map(xmlSafe);
  // pptxgenjs annotates the objects it is given: build fresh ones, never reuse the snapshot's.
  return chart.series.map((series) => ({
    name: xmlSafe(series.name),
    labels: [...labels],
    values: labels.map((_, index) => series.values[index] ?? null)
  }));
}

/**
 * A target is a share (fraction); a rupiah chart has none to draw. Each category carries its
 * own (a region's own target, or the one target repeated); a gap where none applies.
 */
function targetSeries(chart: SnapshotChart): { series: ChartSeries; shared: boolean } | null {
  const drawing = targetDrawing(chart.targets);
  if (drawing.kind === 'none' || chart.unit !== 'fraction') return null;
  const labels = chart.categories.map(xmlSafe);
  const shared = drawing.kind === 'shared';
  const name = shared ? exportId.slide.target : exportId.slide.ownTargets;
  return { series: { name, labels, values: labels.map((_, index) => chart.targets[index] ?? null) }, shared };
}

/**
 * Bars and lines with the target in red: for a bar chart a combo (bars plus a dashed line
 * over them for one shared target, a dash marker on each bar for each region's own target,
 * since a line joining different regions' targets would read as a trend), for a line chart
 * one more line. All stay editable chart data.
 */
export function nativeChart(chart: SnapshotChart, box: Box): NativeChart {
  const series = seriesOf(chart);
  const target = targetSeries(chart);
  const fraction = chart.unit === 'fraction';
  const colours = series.map((_, index) => PALETTE[index % PALETTE.length] ?? PALETTE[0]);
  const options: PptxGenJS.IChartOpts = {
    ...box,
    showTitle: true,
    title: xmlSafe(chart.title),
    titleFontSize: 14,
    showLegend: series.length > 1 || target !== null,
    legendPos: 'b',
    legendFontSize: 12,
    catAxisLabelFontSize: 12,
    valAxisLabelFontSize: 12,
    valAxisLabelFormatCode: fraction ? PERCENT_AXIS_FORMAT : RUPIAH_AXIS_FORMAT,
    valAxisMinVal: 0,
    valLabelFormatCode: fraction ? '0.0%' : '#,##0',
    displayBlanksAs: 'gap',
    barDir: 'col',
    barGrouping: 'clustered',
    lineSize: 2,
    // A year of weeks: points would crowd the line, and a label every eighth week is enough.
    lineDataSymbol: 'none',
    catAxisLabelFrequency: String(chart.kind === 'line' ? Math.max(1, Math.ceil(chart.categories.length / 5)) : 1),
    // A single bar series with several colours would colour each bar differently.
    chartColors: colours
  };
  if (chart.kind === 'line') {
    const data = target === null ? series : [...series, target.series];
    return { type: 'line', data, options: { ...options, chartColors: target === null ? colours : [...colours, TARGET_COLOUR] } };
  }
  if (target === null) return { type: 'bar', data: series, options };
  // pptxgenjs colours a combo's line by its position among all series in one place and by
  // its position in its own group in another: a list of only red covers both.
  const lineColours = Array.from({ length: series.length + 1 }, () => TARGET_COLOUR);
  const line: PptxGenJS.IChartPropsChartLine = target.shared
    ? { lineDataSymbol: 'none', lineDash: 'dash', lineSize: 2 }
    : { lineDataSymbol: 'dash', lineDataSymbolSize: 16, lineSize: 0 };
  const types: PptxGenJS.IChartMulti[] = [
    { type: 'bar', data: series as unknown as PptxGenJS.OptsChartData[], options: { barDir: 'col', barGrouping: 'clustered', chartColors: colours } },
    { type: 'line', data: [target.series] as unknown as PptxGenJS.OptsChartData[], options: { chartColors: lineColours, ...line } }
  ];
  return { type: types, options };
}

export function addNativeChart(slide: PptxGenJS.Slide, chart: NativeChart): void {
  if ('data' in chart) {
    slide.addChart(chart.type, chart.data, chart.options);
    return;
  }
  // For a combo pptxgenjs reads the options from the second argument (`data || options`);
  // its types still call that argument data.
  slide.addChart(chart.type, chart.options as unknown as unknown[]);
}
