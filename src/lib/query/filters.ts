/**
 * The user's filter selection as data (never SQL): one list of chosen values per dimension.
 * It round-trips through the URL query so a copied link restores the same view.
 */

export const DIMENSIONS = [
  'tahun',
  'provinsi',
  'pemda',
  'kategori',
  'jenis_penyedia',
  'skala',
  'kanal',
  'status'
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Chosen values per dimension (an empty list means "all", values kept as text), and the
 * period: the as-of day (count only transactions dated on or before it; null = every date,
 * which is the latest date in the data) and the comparison period (src/lib/monitoring/).
 */
export type Filters = Readonly<Record<Dimension, readonly string[]>> & {
  readonly asof: string | null;
  readonly banding: string | null;
};

export const NO_FILTERS: Filters = Object.freeze({
  ...(Object.fromEntries(DIMENSIONS.map((d) => [d, Object.freeze([])])) as unknown as Record<Dimension, readonly string[]>),
  asof: null,
  banding: null
});

/**
 * A calendar day as YYYY-MM-DD that exists (2024-02-30 does not) in 2000–2100 (procurement
 * data, and a bound on any loop over weeks), else null.
 */
export function validDay(text: string | null | undefined): string | null {
  if (!text || !/^(20\d{2}|2100)-\d{2}-\d{2}$/.test(text)) return null;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? text : null;
}

/** The comparison periods a URL may name besides a date (src/lib/monitoring/comparison.ts). */
export const COMPARISONS = ['minggu_lalu', 'tahun_lalu'] as const;

function validComparison(text: string | null): string | null {
  if (text === null) return null;
  return (COMPARISONS as readonly string[]).includes(text) ? text : validDay(text);
}

/** Accepted shapes of each dimension's values; anything else in a URL is ignored. */
const VALUE_PATTERN: Record<Dimension, RegExp> = {
  tahun: /^\d{4}$/,
  provinsi: /^\d{2}$/,
  pemda: /^\d{2}(\.\d{2})?$/,
  kategori: /^[a-z0-9_]{1,40}$/,
  jenis_penyedia: /^(badan_usaha|perseorangan|tidak_diketahui)$/,
  skala: /^(mikro|kecil|menengah|besar|koperasi|tidak_diketahui)$/,
  kanal: /^[a-z0-9_]{1,40}$/,
  status: /^(selesai|berjalan)$/
};

export function filtersFromSearch(params: URLSearchParams): Filters {
  const entries = DIMENSIONS.map((dimension) => {
    const raw = params.get(dimension) ?? '';
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter((v) => VALUE_PATTERN[dimension].test(v));
    return [dimension, [...new Set(values)].sort()];
  });
  const dimensions = Object.fromEntries(entries) as Record<Dimension, readonly string[]>;
  return { ...dimensions, asof: validDay(params.get('asof')), banding: validComparison(params.get('banding')) };
}

/** Only what the user chose, in a fixed order, so equal views have equal URLs. */
export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const dimension of DIMENSIONS) {
    const values = filters[dimension];
    if (values.length > 0) params.set(dimension, [...values].sort().join(','));
  }
  if (filters.asof) params.set('asof', filters.asof);
  if (filters.banding) params.set('banding', filters.banding);
  return params.toString().replaceAll('%2C', ',');
}

export function withValues(filters: Filters, dimension: Dimension, values: readonly string[]): Filters {
  return { ...filters, [dimension]: [...new Set(values)].sort() };
}

/** Add a value if absent, remove it if present (a facet checkbox or a chart click). */
export function toggleValue(filters: Filters, dimension: Dimension, value: string): Filters {
  const current = filters[dimension];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withValues(filters, dimension, next);
}

export function hasAnyFilter(filters: Filters): boolean {
  return DIMENSIONS.some((d) => filters[d].length > 0) || filters.asof !== null || filters.banding !== null;
}

/** The same selection with another as-of day and comparison period. */
export function withPeriod(filters: Filters, asof: string | null, banding: string | null): Filters {
  return { ...filters, asof: validDay(asof), banding: validComparison(banding) };
}
