import { pngOf, standaloneSvg, type ChartImage } from './chart-image';
import { maskSvgText } from './mask-svg';

/** The chart drawing of a chart card: its largest <svg> (a Plot figure may add small legend swatches). */
export function chartSvgOf(card: Element): SVGSVGElement | null {
  const svgs = [...card.querySelectorAll<SVGSVGElement>('svg')].filter((svg) => !svg.closest('button'));
  return svgs.sort((a, b) => b.getBoundingClientRect().width * b.getBoundingClientRect().height - a.getBoundingClientRect().width * a.getBoundingClientRect().height)[0] ?? null;
}

export interface ChartFile {
  name: string;
  title: string;
  image: ChartImage;
  png: () => Promise<Uint8Array>;
}

/** One chart card on screen as a standalone picture with its caption (and masked text when masking is on). */
export function chartFileOf(card: Element, lines: string[], sql: string, masking: boolean): ChartFile | null {
  const svg = chartSvgOf(card);
  if (!svg) return null;
  const name = (card.getAttribute('data-chart') ?? card.getAttribute('data-chart-name') ?? 'grafik').replace(/[^a-z0-9_-]+/gi, '-');
  const title = card.querySelector('h2, h3')?.textContent?.trim() ?? name;
  const source = masking ? maskSvgText(svg) : svg;
  const image = standaloneSvg(source, { title, lines, sql });
  return { name, title, image, png: () => pngOf(image, [title, ...lines, `SQL: ${sql}`].join('\n')) };
}

/**
 * Every chart card on the page ([data-chart]) as SVG and PNG files, for an evidence pack.
 * Every drawing and its SQL are taken at once, before the first PNG is made: a click while
 * the PNGs are made must not picture later cards in another state than earlier ones.
 */
export async function screenChartFiles(lines: string[], masking: boolean): Promise<{ name: string; bytes: Uint8Array }[]> {
  const charts = [...document.querySelectorAll('[data-chart]')].flatMap((card) => chartFileOf(card, lines, card.querySelector('[data-sql] pre')?.textContent ?? '', masking) ?? []);
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const chart of charts) {
    files.push({ name: `grafik-layar/${chart.name}.svg`, bytes: new TextEncoder().encode(chart.image.svg) });
    files.push({ name: `grafik-layar/${chart.name}.png`, bytes: await chart.png() });
  }
  return files;
}
