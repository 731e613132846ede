import type { Filters } from '../query/filters';

/** A row of the `target` table. */
export interface Target {
  target_id: string;
  metrik: string;
  nilai: number;
  pembanding: string;
  dasar_hukum: string;
  kode_wilayah: string | null;
  tahun_mulai: number;
  tahun_akhir: number | null;
}

/**
 * The figure a target is measured on, named as the KPI on the same basis: a target of
 * e-purchasing ÷ belanja pengadaan ('epurchasing_anggaran') is never compared with
 * e-purchasing ÷ realisation ('epurchasing').
 */
export const TARGET_METRICS = ['umkk', 'umkk_anggaran', 'pdn', 'pdn_komitmen', 'epurchasing', 'epurchasing_anggaran'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** The regions a slice covers: chosen pemda, else chosen provinces, else the whole country. */
function regionScope(filters: Filters): readonly string[] {
  if (filters.pemda.length > 0) return filters.pemda;
  return filters.provinsi;
}

/** A target for region X covers X itself and, for a province, its kabupaten/kota. */
function covers(targetRegion: string | null, scope: readonly string[]): boolean {
  if (targetRegion === null) return true;
  return scope.length > 0 && scope.every((code) => code === targetRegion || code.startsWith(`${targetRegion}.`));
}

/**
 * The target a slice is measured against: in force in the slice's latest year, covering
 * every region in scope; the most specific (a pemda's own target over a national one) wins,
 * then the one in force since the latest year, then the one listed last (the user's own
 * targets come after the seeded ones, so a user's target for the same scope wins).
 */
export function resolveTarget(
  targets: readonly Target[],
  metric: TargetMetric,
  filters: Filters,
  latestYear: number
): Target | undefined {
  const year = filters.tahun.length > 0 ? Math.max(...filters.tahun.map(Number)) : latestYear;
  const scope = regionScope(filters);
  const candidates = targets.filter(
    (t) =>
      t.metrik === metric &&
      t.tahun_mulai <= year &&
      (t.tahun_akhir === null || year <= t.tahun_akhir) &&
      covers(t.kode_wilayah, scope)
  );
  const order = new Map(targets.map((t, i) => [t, i]));
  return candidates.sort(
    (a, b) =>
      (b.kode_wilayah?.length ?? 0) - (a.kode_wilayah?.length ?? 0) || b.tahun_mulai - a.tahun_mulai || order.get(b)! - order.get(a)!
  )[0];
}

/** The target of one region of a ranking or map: the slice's filters with that region alone in scope. */
export function regionTarget(
  targets: readonly Target[],
  metric: TargetMetric,
  filters: Filters,
  level: 'pemda' | 'provinsi',
  kode: string,
  year: number
): Target | undefined {
  const scope = level === 'pemda' ? { ...filters, provinsi: [], pemda: [kode] } : { ...filters, pemda: [], provinsi: [kode] };
  return resolveTarget(targets, metric, scope, year);
}
