/**
 * Edits of a rule set as pure functions returning a new array; the store validates the
 * result, so an edit never has to check anything itself.
 */

import { orderedRules } from './sql';
import type { JenisPengadaan, KategoriRule } from './types';

const map = (rules: readonly KategoriRule[], id: string, f: (r: KategoriRule) => KategoriRule) =>
  rules.map((r) => (r.kategori_id === id ? f(r) : r));

export function addKata(rules: readonly KategoriRule[], id: string, kata: string): KategoriRule[] {
  return map(rules, id, (r) => ({ ...r, kata: [...r.kata, kata.trim()] }));
}

export function removeKata(rules: readonly KategoriRule[], id: string, kata: string): KategoriRule[] {
  return map(rules, id, (r) => ({ ...r, kata: r.kata.filter((k) => k !== kata) }));
}

export function updateRule(
  rules: readonly KategoriRule[], id: string, change: { nama?: string; jenis_pengadaan?: JenisPengadaan }
): KategoriRule[] {
  return map(rules, id, (r) => ({ ...r, ...change }));
}

export function removeRule(rules: readonly KategoriRule[], id: string): KategoriRule[] {
  return rules.filter((r) => r.kategori_id !== id);
}

/** A new category, checked last (its keywords then only catch what no other rule does). */
export function addRule(
  rules: readonly KategoriRule[], rule: { kategori_id: string; nama: string; jenis_pengadaan: JenisPengadaan }
): KategoriRule[] {
  const last = rules.reduce((max, r) => Math.max(max, r.prioritas), 0);
  return [...rules, { ...rule, kategori_id: rule.kategori_id.trim(), nama: rule.nama.trim(), kata: [], prioritas: last + 10 }];
}

/** Move a rule one place up (-1) or down (+1) in the order; priorities become 10, 20, … */
export function moveRule(rules: readonly KategoriRule[], id: string, delta: -1 | 1): KategoriRule[] {
  const order = orderedRules(rules);
  const from = order.findIndex((r) => r.kategori_id === id);
  const to = from + delta;
  const a = order[from];
  const b = order[to];
  if (a === undefined || b === undefined) return [...rules];
  order[from] = b;
  order[to] = a;
  return order.map((r, i) => ({ ...r, prioritas: (i + 1) * 10 }));
}
