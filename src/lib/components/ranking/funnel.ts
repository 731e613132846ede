import type * as Plot from '@observablehq/plot';
import * as P from '@observablehq/plot';
import type { RankingLine } from './ranking-rows';
import { formatPercent, formatRupiahShort } from '../../format/number';
import { forType } from '../../charts/chart-type';

/**
 * A funnel plot: each region's share against the size of its denominator, with control
 * limits around the overall share. A share is a proportion of rupiah, so its spread is
 * modelled as a binomial one over an equivalent number of transactions (denominator ÷ the
 * mean transaction value): small pemda scatter more by chance, and only points outside the
 * limits differ beyond it.
 */
export interface FunnelInput {
  lines: readonly RankingLine[];
  overall: number;
  meanTransaction: number;
  width: number;
  labels: { x: string; y: string; overall: string };
  /** Size of the chart's text in px: 13 on screen, larger in presentation mode; the margins follow it. */
  typePx?: number;
}

const Z = [1.96, 3.09] as const;

/** The funnel's text on screen: 13 px, its lengths below are laid out for it. */
const SCREEN_PX = 13;
/** Room for one rupiah tick label ("Rp 100 miliar") with a gap. */
const TICK_ROOM = 110;
const MARGIN_LEFT = 56;
// Half of the last tick's label is drawn right of the axis's end.
const MARGIN_RIGHT = 48;

/** The ticks m × 10ⁿ (m in `steps`) within [low, high]. */
function ticksOf(low: number, high: number, steps: readonly number[]): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(low)); power <= Math.ceil(Math.log10(high)); power++) {
    for (const step of steps) {
      const tick = step * 10 ** power;
      if (tick >= low && tick <= high) ticks.push(tick);
    }
  }
  return ticks;
}

/**
 * The value axis's ticks: 1, 2 and 5 of each power of ten when a decade has room for three
 * labels, else the powers of ten alone (a log axis labelling every 1…9 overlaps them); a
 * narrow span with fewer than two powers of ten inside gets 1, 2 and 5 anyway.
 */
export function logTicks(low: number, high: number, room: number, tickRoom = TICK_ROOM): number[] | number {
  const decades = Math.max(1, Math.log10(high / low));
  const powers = ticksOf(low, high, [1]);
  const ticks = room / decades >= 3 * tickRoom || powers.length < 2 ? ticksOf(low, high, [1, 2, 5]) : powers;
  // Inside one step of 1-2-5 (say Rp 1.5–1.9 miliar): as many of Plot's own as fit.
  return ticks.length >= 2 ? ticks : Math.max(2, Math.floor(room / tickRoom));
}

export function funnelSpec({ lines, overall, meanTransaction, width, labels, typePx = SCREEN_PX }: FunnelInput): Plot.PlotOptions | null {
  const points = lines.filter((l) => l.value !== null && l.denominator !== null && l.denominator > 0n);
  if (points.length === 0 || !(meanTransaction > 0)) return null;
  const xs = points.map((l) => Number(l.denominator));
  const [low, high] = [Math.min(...xs), Math.max(...xs)];
  const steps = Array.from({ length: 60 }, (_, i) => low * (high / low) ** (i / 59));
  const limits = Z.flatMap((z) =>
    [1, -1].map((sign) =>
      steps.map((x) => ({ x, y: overall + sign * z * Math.sqrt((overall * (1 - overall) * meanTransaction) / x), z: `${z}${sign}` }))
    )
  ).flat();
  const grow = (length: number) => forType(length, typePx, SCREEN_PX);
  const [left, right] = [grow(MARGIN_LEFT), grow(MARGIN_RIGHT)];
  return {
    width,
    height: grow(380),
    style: { fontSize: `${typePx}px` },
    marginLeft: left,
    marginRight: right,
    marginTop: grow(20),
    marginBottom: grow(30),
    x: { type: 'log', label: labels.x, tickFormat: (v: number) => formatRupiahShort(v), ticks: logTicks(low, high, width - left - right, grow(TICK_ROOM)) },
    y: { label: labels.y, tickFormat: (v: number) => formatPercent(v, 0), domain: [0, Math.min(1.05, Math.max(...points.map((l) => l.value!)) * 1.1)] },
    marks: [
      P.line(limits, { x: 'x', y: 'y', z: 'z', stroke: '#64748b', strokeDasharray: '4,3', clip: true }),
      P.ruleY([overall], { stroke: '#0f4c81' }),
      P.dot(points, {
        x: (l: RankingLine) => Number(l.denominator),
        y: 'value',
        r: 3.5,
        fill: '#0f4c81',
        fillOpacity: 0.7,
        title: (l: RankingLine) => `${l.nama}: ${formatPercent(l.value)} (${formatRupiahShort(l.numerator)} / ${formatRupiahShort(l.denominator)})`
      }),
      P.text([overall], { x: high, y: (v: number) => v, text: () => `${labels.overall} ${formatPercent(overall)}`, dy: -8, textAnchor: 'end', fill: '#0f4c81' })
    ]
  };
}
