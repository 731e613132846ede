/**
 * A chart as a file: its SVG with a caption (title, filters, as-of day, sources) drawn
 * above it and the SQL in its <desc>, and the same at 2× as PNG with the caption and SQL in
 * a text chunk. Browser only (canvas); used by the chart buttons and by the exports.
 */
import { exportId } from '../i18n/export-id';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface ChartCaption {
  title: string;
  lines: string[];
  sql: string;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

function text(x: number, y: number, content: string, size: number, weight = 'normal'): SVGTextElement {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-weight', weight);
  node.textContent = content; // text, never markup: a hostile label stays a label
  return node;
}

/** Wrap a drawn chart (a Plot <svg>) into one standalone SVG document with its caption. */
export function standaloneSvg(chart: SVGSVGElement, caption: ChartCaption): ChartImage {
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(Number(chart.getAttribute('width')) || box.width || 640);
  const chartHeight = Math.ceil(Number(chart.getAttribute('height')) || box.height || 400);
  const lineHeight = 16;
  const top = 28 + caption.lines.length * lineHeight + 8;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(top + chartHeight));
  root.setAttribute('viewBox', `0 0 ${width} ${top + chartHeight}`);
  root.setAttribute('font-family', FONT);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = caption.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = [...caption.lines, `SQL: ${caption.sql}`].join('\n');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(title, desc, background, text(0, 20, caption.title, 16, 'bold'));
  caption.lines.forEach((line, i) => root.append(text(0, 28 + (i + 1) * lineHeight - 4, line, 12)));
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(top));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));
  root.append(copy);
  return { svg: new XMLSerializer().serializeToString(root), width, height: top + chartHeight };
}

/** The SVG rasterised at `scale` (2 for projection), with `comment` in a PNG text chunk. */
export async function pngOf(image: ChartImage, comment: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(exportId.errors.noCanvas);
    context.scale(scale, scale);
    context.drawImage(picture, 0, 0, image.width, image.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(exportId.errors.noPng);
    return withTextChunk(new Uint8Array(await blob.arrayBuffer()), 'Description', comment);
  } finally {
    URL.revokeObjectURL(url);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Insert an iTXt chunk (UTF-8 text; PNG 1.2 §11.3.4.5) after IHDR, so the picture carries
 * what it shows and the SQL behind it wherever it is copied.
 */
export function withTextChunk(png: Uint8Array, keyword: string, value: string): Uint8Array {
  const encoder = new TextEncoder();
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(value)]);
  const type = encoder.encode('iTXt');
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(type, 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(new Uint8Array([...type, ...data])));
  const afterHeader = 8 + 25; // signature, then IHDR: length 4 + type 4 + data 13 + crc 4
  return new Uint8Array([...png.subarray(0, afterHeader), ...chunk, ...png.subarray(afterHeader)]);
}
