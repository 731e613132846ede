import type { BreakdownRow } from '../charts/breakdown-row';
import type { Dimension } from './filters';
import type { OptionRow } from './options-query';

/** A breakdown row as the engine returns it: figures per key, no label. */
export type BreakdownFigures = Omit<BreakdownRow, 'label'>;

const byValue = (a: BreakdownRow, b: BreakdownRow) => (a.nilai === b.nilai ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.nilai > b.nilai ? -1 : 1);

/**
 * The rows a facet or chart shows: every option of the dimension (a pemda only when its
 * province is chosen, if any is), with zeros where nothing was realised, plus any key the
 * options do not list (an imported category, 'tidak_diketahui'), labelled by its key, so
 * no rupiah drops out. Largest value first, then by key, as the SQL orders them.
 */
export function withOptions(figures: readonly BreakdownFigures[], options: readonly OptionRow[], dimension: Dimension, chosenProvinces: readonly string[]): BreakdownRow[] {
  const provinces = new Set(chosenProvinces);
  const listed = options.filter(
    (option) => option.dimension === dimension && (dimension !== 'pemda' || provinces.size === 0 || provinces.has(option.kode_provinsi ?? ''))
  );
  const byKey = new Map(figures.map((row) => [row.key, row]));
  const rows: BreakdownRow[] = listed.map((option) => {
    const row = byKey.get(option.key);
    byKey.delete(option.key);
    return row
      ? { ...row, label: option.label }
      : { key: option.key, label: option.label, transaksi: 0n, nilai: 0n, nilai_umk: 0n, nilai_pdn: 0n, belanja_pengadaan: null };
  });
  for (const row of byKey.values()) rows.push({ ...row, label: row.key });
  return rows.sort(byValue);
}
