/** The JSON a user downloads and loads back: versioned, so a later format can read it. */

import { kategoriText } from '../i18n/kategori-id';
import { parseRules } from './validate';
import type { KategoriRule } from './types';

export const RULES_FORMAT = 'telisik-aturan-kategori';

export function rulesToJson(rules: readonly KategoriRule[]): string {
  return JSON.stringify({ format: RULES_FORMAT, versi: 1, rules }, null, 2);
}

/** Rules from JSON text: the exported object or a bare array of rules. */
export function rulesFromJson(text: string): { ok: true; rules: KategoriRule[] } | { ok: false; pesan: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, pesan: kategoriText.invalid.json };
  }
  return parseRules(value);
}
