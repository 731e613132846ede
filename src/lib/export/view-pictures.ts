import * as Plot from '@observablehq/plot';
import { drawPlot } from '../charts/plot-svg';
import { formatPercent, formatRupiahShort } from '../format/number';
import { pngOf, standaloneSvg, type ChartCaption } from './chart-image';
import type { SnapshotChart, ViewSnapshot } from './snapshot';
import { TARGET_LINE, targetDrawing } from '../charts/target-drawing';
import { exportId } from '../i18n/export-id';

const WIDTH = 960;

/** The targets' marks: one shared target as a rule across the chart, each category's own as a tick on its bar's row. */
function targetMarks(chart: SnapshotChart): Plot.Markish[] {
  const drawing = targetDrawing(chart.targets);
  if (drawing.kind === 'none') return [];
  if (drawing.kind === 'shared') return [chart.kind === 'bar' ? Plot.ruleX([drawing.value], TARGET_LINE) : Plot.ruleY([drawing.value], TARGET_LINE)];
  const own = chart.categories.map((category, i) => ({ category, target: chart.targets[i] ?? null })).filter((p) => p.target !== null);
  return chart.kind === 'bar'
    ? [Plot.tickX(own, { x: 'target', y: 'category', ...TARGET_LINE })]
    : [Plot.lineY(own, { x: (p: { category: string }) => new Date(p.category), y: 'target', ...TARGET_LINE })];
}

/** Plot options of a snapshot chart: bars of regions, or weekly lines, with their targets. */
function plotOptions(chart: SnapshotChart): Plot.PlotOptions {
  const tick = chart.unit === 'fraction' ? (v: number) => formatPercent(v, 0) : (v: number) => formatRupiahShort(v);
  const points = chart.series.flatMap((series) =>
    chart.categories.map((category, i) => ({ category, series: series.name, value: series.values[i] ?? null }))
  ).filter((p) => p.value !== null);
  const rule = targetMarks(chart);
  if (chart.kind === 'bar') {
    return {
      width: WIDTH,
      height: 40 + chart.categories.length * 26,
      marginLeft: 260,
      style: { fontSize: '14px' },
      x: { tickFormat: tick, grid: true, label: null },
      y: { domain: chart.categories, label: null },
      marks: [Plot.barX(points, { x: 'value', y: 'category', fill: '#0f4c81' }), ...rule]
    };
  }
  return {
    width: WIDTH,
    height: 420,
    style: { fontSize: '14px' },
    x: { type: 'utc', label: null },
    y: { tickFormat: tick, grid: true, label: null },
    marginRight: 240,
    // Each line named at its end (an HTML legend would not travel with the SVG).
    marks: [
      Plot.lineY(points, { x: (p: { category: string }) => new Date(p.category), y: 'value', stroke: 'series' }),
      Plot.text(points, Plot.selectLast({ x: (p: { category: string }) => new Date(p.category), y: 'value', z: 'series', text: 'series', dx: 6, textAnchor: 'start' })),
      ...rule
    ]
  };
}

/** Draw each chart of a snapshot off screen, as standalone SVG and 2× PNG with its caption. */
export async function drawSnapshotCharts(snapshot: ViewSnapshot, captionLines: string[]): Promise<ViewSnapshot> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:960px';
  document.body.append(host);
  try {
    const charts: SnapshotChart[] = [];
    for (const chart of snapshot.charts) {
      const figure = drawPlot(plotOptions(chart));
      host.replaceChildren(figure);
      const svg = figure instanceof SVGSVGElement ? figure : figure.querySelector('svg');
      if (!svg) {
        charts.push(chart);
        continue;
      }
      // Ticks of differing targets need a word of explanation that a single rule does not.
      const own = targetDrawing(chart.targets).kind === 'each' ? [exportId.charts.ownTargets] : [];
      const caption: ChartCaption = { title: `${snapshot.title} — ${chart.title}`, lines: [...captionLines, ...own], sql: chart.sql };
      const image = standaloneSvg(svg, caption);
      const png = await pngOf(image, [caption.title, ...caption.lines, `SQL: ${chart.sql}`].join('\n'));
      charts.push({ ...chart, svg: image.svg, png });
    }
    return { ...snapshot, charts };
  } finally {
    host.remove();
  }
}
