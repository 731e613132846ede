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

/** Chosen values per dimension; an empty list means "all". Values are kept as text. */
export type Filters = Readonly<Record<Dimension, readonly string[]>>;

export const NO_FILTERS: Filters = Object.freeze(
  Object.fromEntries(DIMENSIONS.map((d) => [d, Object.freeze([])])) as unknown as Filters
);

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
  return Object.fromEntries(entries) as unknown as Filters;
}

/** Only what the user chose, in a fixed order, so equal views have equal URLs. */
export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const dimension of DIMENSIONS) {
    const values = filters[dimension];
    if (values.length > 0) params.set(dimension, [...values].sort().join(','));
  }
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
  return DIMENSIONS.some((d) => filters[d].length > 0);
}
