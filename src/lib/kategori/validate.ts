/**
 * Validation of rules typed by the user, stored in localStorage or imported from JSON.
 * The SQL builder is safe without it (keywords never reach SQL as syntax); validation is
 * for the user: one Indonesian sentence that says what to change.
 */

import { kategoriText } from '../i18n/kategori-id';
import { parseKata } from './pattern';
import { JENIS_PENGADAAN, RESERVED_IDS, type JenisPengadaan, type KategoriRule } from './types';

const t = kategoriText.invalid;
const KATA_CHARS = /^[A-Za-z0-9 \-'./&()]+\*?$/;
const ID_SHAPE = /^[a-z][a-z0-9_]{1,39}$/;
const MAX_RULES = 100;
const MAX_KATA_PER_RULE = 300;
const MAX_KATA = 3000;

/** The problem with one keyword, or null when it is usable. */
export function checkKata(kata: string): string | null {
  const trimmed = kata.trim();
  if (trimmed.length < 2 || trimmed.length > 60) return t.kataLength(trimmed);
  if (!KATA_CHARS.test(trimmed)) return t.kataChars(trimmed);
  if (parseKata(trimmed).words.join('').length < 2) return t.kataNoWord(trimmed);
  return null;
}

/** Two keywords are the same when they match the same text. */
export function kataKey(kata: string): string {
  const { words, prefix } = parseKata(kata);
  return words.join(' ') + (prefix ? '*' : '');
}

function checkRule(rule: KategoriRule, ids: Set<string>): string | null {
  const id = rule.kategori_id;
  if (!ID_SHAPE.test(id)) return t.idShape(id);
  if (RESERVED_IDS.has(id)) return t.idReserved(id);
  if (ids.has(id)) return t.idDuplicate(id);
  ids.add(id);
  const nama = rule.nama.trim();
  if (nama.length < 1 || nama.length > 80 || /\p{Cc}/u.test(nama)) return t.nama(id);
  if (!JENIS_PENGADAAN.includes(rule.jenis_pengadaan)) return t.jenis(id);
  if (!Number.isInteger(rule.prioritas) || rule.prioritas < 0 || rule.prioritas > 100_000) return t.prioritas(id);
  if (rule.kata.length > MAX_KATA_PER_RULE) return t.kataTooMany(nama);
  const seen = new Set<string>();
  for (const kata of rule.kata) {
    const problem = checkKata(kata);
    if (problem !== null) return problem;
    const key = kataKey(kata);
    if (seen.has(key)) return t.kataDuplicate(kata.trim(), nama);
    seen.add(key);
  }
  return null;
}

/** The first problem of a rule set, or null. */
export function checkRules(rules: readonly KategoriRule[]): string | null {
  if (rules.length > MAX_RULES) return t.tooManyRules;
  if (rules.reduce((n, r) => n + r.kata.length, 0) > MAX_KATA) return t.tooManyKata;
  const ids = new Set<string>();
  for (const rule of rules) {
    const problem = checkRule(rule, ids);
    if (problem !== null) return problem;
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rules out of untrusted data (JSON, localStorage): only the known fields, trimmed. */
export function parseRules(value: unknown): { ok: true; rules: KategoriRule[] } | { ok: false; pesan: string } {
  const list = isRecord(value) ? value.rules : value;
  if (!Array.isArray(list)) return { ok: false, pesan: t.shape };
  const rules: KategoriRule[] = [];
  for (const item of list) {
    if (!isRecord(item)) return { ok: false, pesan: t.shape };
    const { kategori_id, nama, jenis_pengadaan, kata, prioritas } = item;
    if (typeof kategori_id !== 'string' || typeof nama !== 'string' || typeof jenis_pengadaan !== 'string' ||
      typeof prioritas !== 'number' || !Array.isArray(kata) || !kata.every((k) => typeof k === 'string')) {
      return { ok: false, pesan: t.shape };
    }
    rules.push({
      kategori_id: kategori_id.trim(), nama: nama.trim(), jenis_pengadaan: jenis_pengadaan as JenisPengadaan,
      kata: (kata as string[]).map((k) => k.trim()), prioritas
    });
  }
  const problem = checkRules(rules);
  return problem === null ? { ok: true, rules } : { ok: false, pesan: problem };
}
