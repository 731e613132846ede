import * as Plot from '@observablehq/plot';
import { ratio } from '../metrics/ratio';
import { formatCount, formatPercent, formatRupiah, formatRupiahShort } from '../format/number';
import type { BreakdownRow } from './breakdown-row';
import { fitLabels } from './label-margin';
import { keyedRender } from './keyed-marks';
import { chartText } from '../i18n/chart-id';
import { SCREEN_TYPE_PX, forType } from './chart-type';

/**
 * Bars coloured by their UMKK share. Bands of 20 points (one of them at the 40 % target) read
 * better than a gradient and draw as plain rectangles instead of a canvas image on every
 * redraw. The legend is drawn once beside the chart (ChartPanel).
 */
export const VALUE_COLOR: Plot.ScaleOptions = {
  type: 'threshold',
  domain: [0.2, 0.4, 0.6, 0.8],
  scheme: 'greens',
  label: chartText.umkkShareLegend,
  tickFormat: (v: number) => formatPercent(v, 0)
};

export interface ValueBarsOptions {
  width: number;
  /** The display name of an option (reference label or dictionary entry). */
  labelOf: (row: BreakdownRow) => string;
  /** Size of the chart's text in px (larger in presentation mode); the layout follows it. */
  typePx?: number;
}

/** Room for one tick label ("800 miliar") with a gap: fewer ticks on a narrow chart, never overlapping. */
const TICK_SPACING = 90;

interface ValueDatum {
  key: string;
  label: string;
  nilai: number;
  /** Exact rupiah, for data-value. */
  rupiah: string;
  umkkShare: number | null;
  title: string;
}

/**
 * Realisation per option of a dimension, largest first, coloured by the option's UMKK
 * share of its own realisation. Options with no realisation are not drawn. The chosen options
 * are shown on the drawing afterwards (chosen-marks.ts).
 */
export function realisationBars(rows: readonly BreakdownRow[], options: ValueBarsOptions): Plot.PlotOptions {
  const data: ValueDatum[] = rows
    .filter((row) => row.nilai > 0n)
    .map((row) => {
      const label = options.labelOf(row);
      const umkk = ratio(row.nilai_umk, row.nilai);
      return {
        key: row.key,
        label,
        nilai: Number(row.nilai),
        rupiah: String(row.nilai),
        umkkShare: umkk.value,
        title: chartText.valueTip(
          label,
          formatRupiah(row.nilai),
          formatCount(row.transaksi),
          formatRupiah(row.nilai_umk),
          formatPercent(umkk.value),
          formatRupiah(row.nilai_pdn),
          formatPercent(ratio(row.nilai_pdn, row.nilai).value)
        )
      };
    });
  const px = options.typePx ?? SCREEN_TYPE_PX;
  const labels = fitLabels(data.map((d) => d.label), options.width, 120, px);
  const marginLeft = labels.margin;
  // Room for the longest value label beside the longest bar ("Rp 821,5 miliar").
  const marginRight = forType(104, px);
  return {
    width: options.width,
    height: Math.max(100, data.length * forType(24, px) + forType(64, px)),
    style: { fontSize: `${px}px` },
    marginLeft,
    marginRight,
    marginBottom: forType(30, px),
    x: {
      label: chartText.valueAxis,
      tickFormat: (v: number) => formatRupiahShort(v).replace('Rp ', ''),
      grid: true,
      tickSpacing: forType(TICK_SPACING, px)
    },
    y: { label: null, domain: data.map((d) => d.label), tickFormat: labels.format },
    color: VALUE_COLOR,
    marks: [
      Plot.barX(data, {
        x: 'nilai',
        y: 'label',
        fill: 'umkkShare',
        stroke: '#1e3a5f',
        // Shown only around a chosen bar (chosen-marks.ts sets it per bar).
        strokeOpacity: 0,
        title: 'title',
        render: keyedRender(data.map((d) => d.key), data.map((d) => d.title), data.map((d) => d.rupiah))
      }),
      Plot.text(data, { x: 'nilai', y: 'label', text: (d: ValueDatum) => formatRupiahShort(d.nilai), dx: 4, textAnchor: 'start', fontSize: px }),
      Plot.ruleX([0])
    ]
  };
}
