import * as Plot from '@observablehq/plot';
import { drawPlot } from '../charts/plot-svg';
import { formatPercent, formatRupiahShort } from '../format/number';
import { pngOf, standaloneSvg, type ChartCaption } from './chart-image';
import type { SnapshotChart, ViewSnapshot } from './snapshot';

const WIDTH = 960;

/** Plot options of a snapshot chart: bars of regions, or weekly lines, with the target as a rule. */
function plotOptions(chart: SnapshotChart): Plot.PlotOptions {
  const tick = chart.unit === 'fraction' ? (v: number) => formatPercent(v, 0) : (v: number) => formatRupiahShort(v);
  const points = chart.series.flatMap((series) =>
    chart.categories.map((category, i) => ({ category, series: series.name, value: series.values[i] ?? null }))
  ).filter((p) => p.value !== null);
  const rule = chart.target === null ? [] : [chart.kind === 'bar' ? Plot.ruleX([chart.target], { stroke: '#b91c1c', strokeDasharray: '4 3' }) : Plot.ruleY([chart.target], { stroke: '#b91c1c', strokeDasharray: '4 3' })];
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
      const caption: ChartCaption = { title: `${snapshot.title} — ${chart.title}`, lines: captionLines, sql: chart.sql };
      const image = standaloneSvg(svg, caption);
      const png = await pngOf(image, [caption.title, ...caption.lines, `SQL: ${chart.sql}`].join('\n'));
      charts.push({ ...chart, svg: image.svg, png });
    }
    return { ...snapshot, charts };
  } finally {
    host.remove();
  }
}
