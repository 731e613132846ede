/**
 * Cells and figures as a reader sees them on a slide or a PDF page (Indonesian separators,
 * Rp). The spreadsheet keeps real numbers instead (xlsx-cells.ts); these are for paper.
 */
import type { CellKind, SnapshotCell } from '../snapshot';
import { formatCount, formatPercent, formatRupiah, formatRupiahShort, formatTargetPercent } from '../../format/number';

/** Decimal text of an integer as a bigint, or null when it is not one (never rounds). */
export function integerOf(text: string | number | null): bigint | null {
  if (text === null) return null;
  if (typeof text === 'number') return Number.isSafeInteger(text) ? BigInt(text) : null;
  const trimmed = text.trim();
  return /^[-+]?\d+$/.test(trimmed) ? BigInt(trimmed) : null;
}

/** 1.234.567 — exact digits grouped the Indonesian way; anything else is shown as it came. */
export function groupedInteger(text: string | null): string {
  if (text === null) return '–';
  const value = integerOf(text);
  return value === null ? text : formatCount(value);
}

/** Rp 1.234.567 exact, for tables a reader reconciles. */
export function rupiahText(text: string | null): string {
  if (text === null) return '–';
  const value = integerOf(text);
  return value === null ? text : formatRupiah(value);
}

/** Rp 1,23 miliar: slides are read from across a room, the exact value is in the XLSX. */
export function rupiahShortText(text: string | null): string {
  if (text === null) return '–';
  const value = integerOf(text);
  return value === null ? text : formatRupiahShort(value);
}

export function targetText(target: number | null): string {
  return target === null ? '–' : formatTargetPercent(target);
}

/** A table cell as text, by its column's kind. */
export function cellText(kind: CellKind, cell: SnapshotCell): string {
  if (cell === null || cell === '') return '';
  switch (kind) {
    case 'rupiah':
      return typeof cell === 'number' ? formatRupiah(cell) : rupiahText(cell);
    case 'count':
      return typeof cell === 'number' ? formatCount(cell) : groupedInteger(cell);
    case 'fraction':
      return typeof cell === 'number' ? formatPercent(cell, 1) : cell;
    case 'date':
    case 'text':
      return String(cell);
  }
}
