/** Average advance of a character of the charts' 12 px sans-serif labels, measured on the app's font stack. */
const CHAR_PX = 6.8;
/** The labels never take more than this share of the chart's width: the bars need the rest. */
const MAX_SHARE = 0.45;

/**
 * The left margin that fits the longest bar label (pemda names such as "Pemerintah
 * Kabupaten Banjarnegara" are cut at a fixed margin), at least `minimum`, at most 45 % of
 * the width. An estimate from the label's length: Plot draws before anything is measured.
 */
export function labelMargin(labels: readonly string[], width: number, minimum: number): number {
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
  return Math.round(Math.max(minimum, Math.min(width * MAX_SHARE, 12 + longest * CHAR_PX)));
}
