/**
 * Numbers in the page's language: Indonesian groups thousands with '.' and marks decimals
 * with ',' (English the other way round). Money arrives as bigint (exact rupiah) or number; nothing here rounds a bigint.
 */
import { language, locale } from '../i18n/language';

const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

/** Rp 1.234.567.890 — exact, for tables, tooltips and anything an auditor reconciles. */
export function formatRupiah(value: bigint | number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number' && !Number.isFinite(value)) return '–';
  const negative = value < 0;
  const magnitude = typeof value === 'bigint' ? (negative ? -value : value) : Math.abs(value);
  return `${negative ? '−' : ''}Rp ${integerFormat.format(magnitude)}`;
}

/** Units of Indonesian money talk, largest first. */
const SCALES: readonly [number, string][] =
  language === 'en'
    ? [
        [1e12, 'trillion'],
        [1e9, 'billion'],
        [1e6, 'million'],
        [1e3, 'thousand']
      ]
    : [
        [1e12, 'triliun'],
        [1e9, 'miliar'],
        [1e6, 'juta'],
        [1e3, 'ribu']
      ];

const shortFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 0 });

/**
 * Building an Intl.NumberFormat costs far more than using one, and charts format hundreds
 * of labels per redraw: keep one per set of options.
 */
const formatCache = new Map<string, Intl.NumberFormat>();
function cachedFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatCache.set(key, format);
  }
  return format;
}

/** Rp 1,23 miliar — rounded to three significant places, for chart axes and labels. */
export function formatRupiahShort(value: bigint | number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const amount = Number(value);
  if (!Number.isFinite(amount)) return '–';
  const sign = amount < 0 ? '−' : '';
  const magnitude = Math.abs(amount);
  for (const [size, unit] of SCALES) {
    if (magnitude >= size) {
      const scaled = magnitude / size;
      const digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
      const text = cachedFormat(`short${digits}`, { maximumFractionDigits: digits }).format(scaled);
      return `${sign}Rp ${text} ${unit}`;
    }
  }
  return `${sign}Rp ${shortFormat.format(magnitude)}`;
}

/** 47,62% — a fraction 0..1 as a percentage with two decimals. */
export function formatPercent(fraction: number | null | undefined, decimals = 2): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  return cachedFormat(`percent${decimals}`, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals
  }).format(fraction);
}

/** 40% or 37,25% — a target as it was set: no decimals it does not have, at most two. */
export function formatTargetPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  return cachedFormat('target', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(fraction);
}

/** "≥ 40%": a target as a bar's tip and a chart's data table state it. */
export function targetText(fraction: number): string {
  return `≥ ${formatTargetPercent(fraction)}`;
}

/** 2.448 — a count with Indonesian grouping. */
export function formatCount(value: bigint | number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return integerFormat.format(value);
}

/**
 * An identifier (NIK, NPWP, kd_rup, 18-digit codes) as text with every digit kept:
 * never through a JavaScript number, which silently rounds past 2^53.
 */
export function formatId(value: bigint | string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`Identifier ${value} has lost digits: read it as text or bigint.`);
  }
  return String(value);
}
