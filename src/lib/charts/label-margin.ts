import { shortRegionName } from '../format/region-name';
import { SCREEN_TYPE_PX } from './chart-type';

/** Average advance of a character of 12 px sans-serif labels, measured on the app's font stack (scaled for larger type). */
const CHAR_PX = 6.8;
/** A cut label is sized for wider letters than the average (capitals, "m", "w"), so that it never reaches the edge. */
const WIDE_CHAR_PX = 7.6;
/** Space between a label and its bar. */
const GAP_PX = 12;
/** The labels never take more than this share of the chart's width: the bars need the rest. */
const MAX_SHARE = 0.45;

export interface LabelFit {
  /** The chart's left margin. */
  margin: number;
  /** A label as drawn beside its bar (the bar's tip and the data table keep it whole). */
  format: (label: string) => string;
}

/** The kind of a shortened region name ("Kab. ", "Kota ", "Prov. "), kept whole when the name is cut. */
const KIND = /^(Kab\.|Kota|Prov\.) /;

/**
 * `text` in `chars` characters with "…" in the middle of the name after its kind: sister
 * regions differ at the end ("Kab. Kotawaringin Barat" and "… Timur"), so more of the end is
 * kept than of the start.
 */
function middleCut(text: string, chars: number): string {
  const kind = KIND.exec(text)?.[0] ?? '';
  const name = text.slice(kind.length);
  const room = Math.max(3, chars - kind.length - 1);
  const head = Math.floor(room * 0.4);
  return `${kind}${name.slice(0, head).trimEnd()}…${name.slice(name.length - (room - head)).trimStart()}`;
}

/**
 * The left margin and the labels of a bar chart: the margin fits the longest label (at least
 * `minimum`, at most 45 % of the width). When a label does not fit even then (pemda names on
 * a phone: "Pemerintah Kabupaten Banjarnegara"), names are shortened as the rakor charts do
 * ("Kab. Banjarnegara"), and what still does not fit is cut in the middle ("Kab. Kot…gin
 * Barat") rather than at the chart's edge. Two regions never share a label: if a middle cut
 * would make them alike, the end alone is kept ("…Mongondow Utara"), and failing that the
 * shortened names are drawn whole. An estimate from the labels' length and the text's size
 * (`typePx`): Plot draws before anything is measured.
 */
export function fitLabels(labels: readonly string[], width: number, minimum: number, typePx = SCREEN_TYPE_PX): LabelFit {
  const scale = typePx / SCREEN_TYPE_PX;
  const widthOf = (label: string) => GAP_PX + label.length * CHAR_PX * scale;
  const most = width * MAX_SHARE;
  const widest = (format: (label: string) => string) => labels.reduce((max, label) => Math.max(max, widthOf(format(label))), 0);
  const whole = (label: string) => label;
  if (widest(whole) <= most) return { margin: Math.round(Math.max(minimum, widest(whole))), format: whole };
  const chars = Math.max(5, Math.floor((most - GAP_PX) / (WIDE_CHAR_PX * scale)));
  const cut = (label: string) => {
    const short = shortRegionName(label);
    return widthOf(short) <= most ? short : middleCut(short, chars);
  };
  // Keeping only the end tells apart what a middle cut may not ("…Mongondow Utara").
  const endOnly = (label: string) => {
    const short = shortRegionName(label);
    return widthOf(short) <= most ? short : `…${short.slice(short.length - chars + 1).trimStart()}`;
  };
  const distinct = (format: (label: string) => string) => new Set(labels.map(format)).size === new Set(labels).size;
  const format = [cut, endOnly].find(distinct) ?? shortRegionName;
  return { margin: Math.round(Math.max(minimum, Math.min(most, widest(format)))), format };
}
