/**
 * Header names: the signature that offers a saved preset again, the key synonyms are
 * compared by, and finding a mapped column again in a file whose header differs only in
 * spacing or case ('Nama  Toko' in one export, 'nama_toko' in the next).
 */

import type { ColumnMapping, FieldSource, MappingPreset } from './types';

/** Trimmed, lower case, runs of spaces and underscores as one space (BOM and NBSP included). */
export function normaliseHeader(name: string): string {
  return name.replace(/\uFEFF/g, '').replace(/[\s_]+/g, ' ').trim().toLowerCase();
}

/**
 * Stable key of a header: the normalised names in order. JSON keeps the join unambiguous
 * whatever characters a name holds.
 */
export function headerSignature(columns: readonly string[]): string {
  return JSON.stringify(columns.map(normaliseHeader));
}

/** For synonym matching only: accents and punctuation go too ('Kab/Kota' → 'kab kota'); '%' stays. */
export function matchKey(text: string): string {
  return normaliseHeader(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Index of `column` in `columns`: the exact name, else the one name equal after normalisation. */
export function columnIndex(columns: readonly string[], column: string): number {
  const exact = columns.indexOf(column);
  if (exact >= 0) return exact;
  const key = normaliseHeader(column);
  const found = columns.flatMap((c, i) => (normaliseHeader(c) === key ? [i] : []));
  return found.length === 1 ? found[0]! : -1;
}

/** The same mapping with each column named as `columns` spells it, so the form can select it. */
export function respellColumns(mapping: ColumnMapping, columns: readonly string[]): ColumnMapping {
  const fields: Record<string, FieldSource> = {};
  for (const [name, source] of Object.entries(mapping.fields)) {
    const i = source && 'column' in source ? columnIndex(columns, source.column) : -1;
    fields[name] = i >= 0 ? { column: columns[i]! } : source;
  }
  return { ...mapping, fields };
}

/** The newest preset saved for these headers (presets are kept oldest first), its columns respelt. */
export function findPreset(presets: readonly MappingPreset[], columns: readonly string[]): MappingPreset | undefined {
  const signature = headerSignature(columns);
  const preset = presets.findLast((p) => p.signature === signature);
  return preset && { ...preset, mapping: respellColumns(preset.mapping, columns) };
}
