import * as Plot from '@observablehq/plot';

/** A mark's group that Plot named but gave no role. */
const UNNAMED_GROUP = 'g[aria-label]:not([role])';

/**
 * Plot.plot, with each mark's group that Plot names (aria-label="bar", "rule"…) given the
 * role that lets it carry a name: ARIA forbids aria-label on a `g` without a role, and
 * screen readers then skip the name (axe-core: aria-prohibited-attr).
 */
export function drawPlot(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const figure = Plot.plot(options);
  for (const group of figure.querySelectorAll(UNNAMED_GROUP)) group.setAttribute('role', 'group');
  return figure;
}

/**
 * A mark's options with that role given each time Plot draws the mark: a mark drawn again
 * on its own (Plot's pointer transform, on every move) is not seen by drawPlot.
 */
export function keepsGroupRole<T extends Plot.MarkOptions>(options: T): T {
  const render: Plot.RenderFunction = (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    if (group?.matches(UNNAMED_GROUP)) group.setAttribute('role', 'group');
    return group;
  };
  return { ...options, render };
}
