import * as Plot from '@observablehq/plot';
import type { Target } from '../metrics/targets';
import { ratio } from '../metrics/ratio';
import { formatPercent, formatRupiah } from '../format/number';
import type { BreakdownRow } from './breakdown-row';
import { keyedRender } from './keyed-marks';
import { chartText } from '../i18n/chart-id';

export interface ShareBarsOptions {
  width: number;
  target: Target | undefined;
  axisLabel: string;
}

interface ShareDatum {
  key: string;
  label: string;
  share: number;
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
 * Regions ranked by UMKK realisation against their procurement budget, with the target as
 * a rule. Regions whose budget is unknown have no computable share and are left out. The
 * chosen regions are shown on the drawing afterwards (chosen-marks.ts).
 */
export function umkkShareBars(rows: readonly BreakdownRow[], options: ShareBarsOptions): Plot.PlotOptions {
  const data: ShareDatum[] = [];
  for (const row of rows) {
    const share = ratio(row.nilai_umk, row.belanja_pengadaan);
    if (share.value === null) continue;
    data.push({
      key: row.key,
      label: row.label,
      share: share.value,
      rupiah: String(row.nilai_umk),
      title: chartText.shareTip(row.label, formatRupiah(row.nilai), formatRupiah(row.nilai_umk), formatRupiah(row.belanja_pengadaan), formatPercent(share.value))
    });
  }
  data.sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
  const goal = options.target?.nilai;
  const status = (d: ShareDatum) => (goal === undefined ? NO_TARGET : d.share >= goal ? MEETS : BELOW);
  return {
    width: options.width,
    height: Math.max(120, data.length * 20 + 56),
    // Readable from a projector and on a phone (Plot's default is 10 px).
    style: { fontSize: '12px' },
    marginLeft: 190,
    marginRight: 56,
    x: { label: options.axisLabel, tickFormat: (v: number) => formatPercent(v, 0), grid: true },
    y: { label: null, domain: data.map((d) => d.label) },
    color: SHARE_COLOR,
    marks: [
      Plot.barX(data, {
        x: 'share',
        y: 'label',
        fill: status,
        title: 'title',
        render: keyedRender(data.map((d) => d.key), data.map((d) => d.title), data.map((d) => d.rupiah))
      }),
      Plot.text(data, { x: 'share', y: 'label', text: (d: ShareDatum) => formatPercent(d.share, 1), dx: 4, textAnchor: 'start', fontSize: 12 }),
      goal === undefined ? null : Plot.ruleX([goal], { stroke: '#b91c1c', strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.ruleX([0])
    ]
  };
}
