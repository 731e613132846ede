import { maskText } from '../masking/mask-text';

/** A copy of a drawn chart whose labels and tooltips (<text>, <title>) have personal data masked. */
export function maskSvgText(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const node of copy.querySelectorAll('text, tspan, title')) {
    if (node.children.length === 0 && node.textContent) node.textContent = maskText(node.textContent);
  }
  return copy;
}
