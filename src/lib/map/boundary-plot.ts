import * as Plot from '@observablehq/plot';
import { keyedRender } from '../charts/keyed-marks';
import { OUTLINE, TONE_STYLE } from './map-region';
import type { ShapeView } from './map-view';

/**
 * The choropleth on the user's boundaries: one path per province, filled by its tone. Plot
 * draws paths without attributes, so the render transform tags each with its province
 * (data-key, aria-label: see keyed-marks.ts), its tone and whether it is a chosen filter.
 */

/** Tone and pressed state on top of keyedRender's key and label; chosen provinces go last so their outline is on top. */
function toneRender(views: readonly ShapeView[]): Plot.RenderFunction {
  const keyed = keyedRender(
    views.map((v) => v.kode),
    views.map((v) => v.ariaLabel),
    views.map((v) => (v.value === null ? '' : String(v.value)))
  );
  return (index, scales, values, dimensions, context, next) => {
    const group = keyed(index, scales, values, dimensions, context, next) as SVGElement;
    const shapes = group.querySelectorAll<SVGElement>(':scope > path');
    const chosen: SVGElement[] = [];
    Array.from(index).forEach((datum, position) => {
      const shape = shapes[position];
      const view = views[datum];
      if (!shape || !view) return;
      shape.dataset.tone = view.tone;
      shape.setAttribute('aria-pressed', String(view.pressed));
      if (TONE_STYLE[view.tone].dashed) shape.setAttribute('stroke-dasharray', '3 2');
      if (view.pressed) chosen.push(shape);
    });
    group.append(...chosen);
    return group;
  };
}

export function boundaryPlot(views: readonly ShapeView[], width: number): Plot.PlotOptions {
  const collection = { type: 'FeatureCollection' as const, features: views.map((v) => v.feature) };
  return {
    width,
    // Mercator keeps the shapes users know from official maps; at Indonesia's latitudes it
    // hardly distorts area. The domain fits the file's shapes, and the height follows.
    projection: { type: 'mercator', domain: collection, inset: 6 },
    marks: [
      Plot.geo(views, {
        geometry: (v: ShapeView) => v.feature,
        fill: (v: ShapeView) => TONE_STYLE[v.tone].fill,
        stroke: (v: ShapeView) => (TONE_STYLE[v.tone].dashed ? OUTLINE : '#ffffff'),
        strokeWidth: 0.8,
        title: (v: ShapeView) => v.ariaLabel,
        render: toneRender(views)
      })
    ]
  };
}
