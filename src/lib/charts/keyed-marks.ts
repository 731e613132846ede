import type { RenderFunction } from '@observablehq/plot';

/**
 * A Plot render transform that tags each drawn element with its datum's key (data-key) and
 * exact rupiah (data-value), makes it focusable and names it for screen readers, so a click
 * or Enter on a bar can become a filter and a test can read a bar's figure.
 */
export function keyedRender(keys: readonly string[], labels: readonly string[], rupiah: readonly string[]): RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const group = next!(index, scales, values, dimensions, context) as SVGElement;
    const shapes = group.querySelectorAll<SVGElement>(':scope > rect, :scope > path, :scope > circle');
    Array.from(index).forEach((datum, position) => {
      const shape = shapes[position];
      if (!shape) return;
      shape.dataset.key = keys[datum] ?? '';
      shape.dataset.value = rupiah[datum] ?? '';
      shape.setAttribute('tabindex', '0');
      shape.setAttribute('role', 'button');
      shape.setAttribute('aria-label', labels[datum] ?? '');
    });
    return group;
  };
}
