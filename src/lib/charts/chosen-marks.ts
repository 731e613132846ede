/** How faint a bar that is not chosen is drawn while some bar of its chart is chosen. */
const FADED = '0.35';

/**
 * Shows which keyed marks (see keyed-marks.ts) are chosen as filters: the others are faded,
 * the chosen ones outlined where the mark has a stroke, and each says whether it is pressed.
 *
 * Applied to a drawing in place rather than drawn by Plot: a click on a bar changes only this
 * in its own chart (a chart ignores its own filter), so the chart is not drawn again, which
 * kept a fifth of a cross-filter round, and the bar keeps the keyboard focus. Attributes, not
 * CSS, so an exported SVG or PNG shows the same.
 */
export function markChosen(drawing: ParentNode, chosen: readonly string[]): void {
  const keys = new Set(chosen);
  for (const shape of drawing.querySelectorAll<SVGElement>('[data-key]')) {
    const on = keys.has(shape.dataset.key ?? '');
    shape.setAttribute('fill-opacity', keys.size === 0 || on ? '1' : FADED);
    shape.setAttribute('stroke-opacity', on ? '1' : '0');
    shape.setAttribute('aria-pressed', String(on));
  }
}
