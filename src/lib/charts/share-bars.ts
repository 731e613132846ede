import * as Plot from '@observablehq/plot';
import { ratio } from '../metrics/ratio';
import { formatPercent, formatRupiah, targetText } from '../format/number';
import type { BreakdownRow } from './breakdown-row';
import { fitLabels } from './label-margin';
import { keyedRender } from './keyed-marks';
import { chartText } from '../i18n/chart-id';
import { neededFor } from '../monitoring/progress';
import { SCREEN_TYPE_PX, forType } from './chart-type';
import { TARGET_LINE, targetDrawing } from './target-drawing';

export interface ShareBarsOptions {
  width: number;
  /** The target (a fraction) each bar's own region is measured against, or null when none applies. */
  targetOf: (key: string) => number | null;
  /** The fiscal year whose targets those are (named in each bar's tip). */
  targetYear: number;
  axisLabel: string;
  /** Size of the chart's text in px (larger in presentation mode); the layout follows it. */
  typePx?: number;
}

interface ShareDatum {
  key: string;
  label: string;
  share: number;
  /** This region's own target, or null. */
  goal: number | null;
  /** Against that target: reached in exact rupiah (UMKK ≥ ⌈target × budget⌉), as the headline figures decide it. */
  status: string;
  /** The numerator in exact rupiah (UMKK realisation), for data-value. */
  rupiah: string;
  title: string;
}

const MEETS = chartText.meetsTarget;
const BELOW = chartText.belowTarget;
const NO_TARGET = chartText.noTarget;

/** The bars' colours by status against the target; its legend is drawn once beside the chart (ChartPanel). */
export const SHARE_COLOR: Plot.ScaleOptions = { domain: [MEETS, BELOW, NO_TARGET], range: ['#15803d', '#d97706', '#64748b'] };

/**
 * Regions ranked by UMKK realisation against their procurement budget, each bar coloured
 * against its own region's target (a province's own target does not judge its neighbours).
 * One target for every bar is drawn as a rule across the chart; targets that differ, as a
 * tick on each bar's row. Regions whose budget is unknown have no computable share and are
 * left out. The chosen regions are shown on the drawing afterwards (chosen-marks.ts).
 */
export function umkkShareBars(rows: readonly BreakdownRow[], options: ShareBarsOptions): Plot.PlotOptions {
  const data: ShareDatum[] = [];
  for (const row of rows) {
    const share = ratio(row.nilai_umk, row.belanja_pengadaan);
    if (share.value === null) continue;
    const goal = options.targetOf(row.key);
    const tip = chartText.shareTip(row.label, formatRupiah(row.nilai), formatRupiah(row.nilai_umk), formatRupiah(row.belanja_pengadaan), formatPercent(share.value));
    const status = goal === null ? NO_TARGET : row.nilai_umk >= neededFor(goal, row.belanja_pengadaan!) ? MEETS : BELOW;
    const title = `${tip}\n${goal === null ? NO_TARGET : chartText.targetTip(options.targetYear, targetText(goal), status)}`;
    data.push({ key: row.key, label: row.label, share: share.value, goal, status, rupiah: String(row.nilai_umk), title });
  }
  data.sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
  const goals = targetDrawing(data.map((d) => d.goal));
  const px = options.typePx ?? SCREEN_TYPE_PX;
  const labels = fitLabels(data.map((d) => d.label), options.width, 120, px);
  return {
    width: options.width,
    height: Math.max(120, data.length * forType(20, px) + forType(56, px)),
    style: { fontSize: `${px}px` },
    marginLeft: labels.margin,
    // Room for the share beside the longest bar ("54,6%").
    marginRight: forType(56, px),
    marginBottom: forType(30, px),
    x: { label: options.axisLabel, tickFormat: (v: number) => formatPercent(v, 0), grid: true, tickSpacing: forType(80, px) },
    y: { label: null, domain: data.map((d) => d.label), tickFormat: labels.format },
    color: SHARE_COLOR,
    marks: [
      Plot.barX(data, {
        x: 'share',
        y: 'label',
        fill: 'status',
        title: 'title',
        render: keyedRender(data.map((d) => d.key), data.map((d) => d.title), data.map((d) => d.rupiah))
      }),
      Plot.text(data, { x: 'share', y: 'label', text: (d: ShareDatum) => formatPercent(d.share, 1), dx: 4, textAnchor: 'start', fontSize: px }),
      goals.kind === 'shared'
        ? Plot.ruleX([goals.value], TARGET_LINE)
        : Plot.tickX(
            data.filter((d) => d.goal !== null),
            { x: 'goal', y: 'label', ...TARGET_LINE }
          ),
      Plot.ruleX([0])
    ]
  };
}
