/**
 * The JSON a user downloads and loads back, and the value kept in localStorage. The file
 * carries the user's edits (`perubahan`: what loading it restores) and, for a reader, a copy
 * of the targets in force when it was exported (`targets`, never read back: the seeded rows
 * come from the data, and an edit on top of them is what the user made).
 *
 * Reading is for untrusted text: it never throws, reads own properties only, builds fresh
 * plain objects with the known fields, and on the first problem returns one sentence naming
 * it (and its row) so nothing is applied in part.
 */
import type { Target } from '../metrics/targets';
import { targetId } from '../i18n/target-id';
import type { TargetEdits } from './target-edits';
import { TARGET_ID_PATTERN, checkTarget } from './target-validate';

export const TARGET_FORMAT = 'telisik-target';
export const TARGET_FORMAT_VERSION = 1;
/** Far above any real list (a few hundred targets is about 100 kB), far below a tab's memory. */
export const MAX_JSON_CHARS = 1_000_000;
export const MAX_ROWS = 1_000;

const t = targetId.invalid;
const ty = targetId.types;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const CHANGED_LABEL = targetId.lists.changed;
const RETIRED_LABEL = targetId.lists.retired;

export type EditsResult = { ok: true; edits: TargetEdits } | { ok: false; pesan: string };

type JsonRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is JsonRecord => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A field of parsed JSON: own properties only, so `constructor` and friends are never inherited. */
const own = (record: JsonRecord, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

function plainEdits(edits: TargetEdits): { version: 1; changed: Target[]; retired: string[] } {
  return { version: 1, changed: edits.changed.map((row) => ({ ...row })), retired: [...edits.retired] };
}

/** The downloadable document. `now` is a parameter so tests get a fixed time. */
export function targetsToJson(effective: readonly Target[], edits: TargetEdits, now: Date = new Date()): string {
  const document = {
    format: TARGET_FORMAT,
    version: TARGET_FORMAT_VERSION,
    diekspor: now.toISOString(),
    catatan: targetId.exportNote,
    targets: effective,
    perubahan: plainEdits(edits)
  };
  return JSON.stringify(document, null, 2);
}

/** The value kept in localStorage: the edits alone (the seeded rows come from the data). */
export function editsToStorageJson(edits: TargetEdits): string {
  return JSON.stringify(plainEdits(edits));
}

/** JSON text to a value, or the sentence why not (bad syntax, too large, a prototype key). */
function parseText(text: string): { ok: true; value: unknown } | { ok: false; pesan: string } {
  if (text.length > MAX_JSON_CHARS) return { ok: false, pesan: t.tooLarge };
  let forbidden: string | null = null;
  let value: unknown;
  try {
    // JSON.parse makes `__proto__` an ordinary own key, but such a key has no business in
    // this format, and a later spread or merge could still turn it into a prototype.
    value = JSON.parse(text, (key, item: unknown) => {
      if (forbidden === null && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return item;
    });
  } catch {
    return { ok: false, pesan: t.json };
  }
  return forbidden === null ? { ok: true, value } : { ok: false, pesan: t.forbiddenKey(forbidden) };
}

/** One target out of untrusted data, or the problem (without its row; the caller adds that). */
function readTarget(item: unknown): { ok: true; target: Target } | { ok: false; problem: string; id: string | null } {
  if (!isRecord(item)) return { ok: false, problem: t.notObject, id: null };
  const id = own(item, 'target_id');
  const rowId = typeof id === 'string' ? id : null;
  const fail = (name: string, type: string) => ({ ok: false as const, problem: t.type(name, type), id: rowId });
  const text = (name: string): string | null => {
    const v = own(item, name);
    return typeof v === 'string' ? v.trim() : null;
  };
  const target_id = text('target_id');
  if (target_id === null) return fail('target_id', ty.teks);
  const metrik = text('metrik');
  if (metrik === null) return fail('metrik', ty.teks);
  const nilai = own(item, 'nilai');
  if (typeof nilai !== 'number') return fail('nilai', ty.angka);
  const pembanding = text('pembanding');
  if (pembanding === null) return fail('pembanding', ty.teks);
  const dasar_hukum = text('dasar_hukum');
  if (dasar_hukum === null) return fail('dasar_hukum', ty.teks);
  const wilayah = own(item, 'kode_wilayah');
  if (wilayah !== null && typeof wilayah !== 'string') return fail('kode_wilayah', ty.teksAtauNull);
  const mulai = own(item, 'tahun_mulai');
  if (typeof mulai !== 'number' || !Number.isInteger(mulai)) return fail('tahun_mulai', ty.bulat);
  const akhir = own(item, 'tahun_akhir');
  if (akhir !== null && (typeof akhir !== 'number' || !Number.isInteger(akhir))) return fail('tahun_akhir', ty.bulatAtauNull);
  const target: Target = {
    target_id, metrik, nilai, pembanding, dasar_hukum,
    kode_wilayah: wilayah === null ? null : wilayah.trim(),
    tahun_mulai: mulai,
    tahun_akhir: akhir
  };
  return { ok: true, target };
}

/** The user's edits out of untrusted data (the file's `perubahan`, or the stored value). */
export function parseEdits(value: unknown): EditsResult {
  if (!isRecord(value)) return { ok: false, pesan: t.shape('perubahan') };
  const version = own(value, 'version');
  if (version !== 1) return { ok: false, pesan: t.version(String(version)) };
  const changed = own(value, 'changed');
  const retired = own(value, 'retired');
  if (!Array.isArray(changed)) return { ok: false, pesan: t.shape('changed') };
  if (!Array.isArray(retired)) return { ok: false, pesan: t.shape('retired') };
  if (changed.length > MAX_ROWS) return { ok: false, pesan: t.tooMany('changed', MAX_ROWS) };
  if (retired.length > MAX_ROWS) return { ok: false, pesan: t.tooMany('retired', MAX_ROWS) };

  const rows: Target[] = [];
  const seen = new Set<string>();
  for (const [i, item] of changed.entries()) {
    const read = readTarget(item);
    if (!read.ok) return { ok: false, pesan: t.row(CHANGED_LABEL, i + 1, read.id, read.problem) };
    // Duplicate ids among the user's rows are a problem; one equal to a seeded id is an overlay.
    const problem = checkTarget(read.target, seen);
    if (problem !== null) return { ok: false, pesan: t.row(CHANGED_LABEL, i + 1, read.target.target_id, problem) };
    seen.add(read.target.target_id);
    // Checked as written; kept as the double nearest the DECIMAL(5,4) value (0.37250000001 → 0.3725).
    rows.push({ ...read.target, nilai: Math.round(read.target.nilai * 10_000) / 10_000 });
  }

  const ids: string[] = [];
  for (const [i, item] of retired.entries()) {
    if (typeof item !== 'string') return { ok: false, pesan: t.row(RETIRED_LABEL, i + 1, null, t.type('id', ty.teks)) };
    if (!TARGET_ID_PATTERN.test(item)) return { ok: false, pesan: t.row(RETIRED_LABEL, i + 1, null, t.idShape(item)) };
    if (ids.includes(item)) return { ok: false, pesan: t.retiredDuplicate(item) };
    ids.push(item);
  }
  return { ok: true, edits: { version: 1, changed: rows, retired: ids } };
}

/** A downloaded file back to the edits it carries, or the sentence naming the first problem. */
export function targetsFromJson(text: string): EditsResult {
  const parsed = parseText(text);
  if (!parsed.ok) return parsed;
  const document = parsed.value;
  if (!isRecord(document) || own(document, 'format') !== TARGET_FORMAT) return { ok: false, pesan: t.format };
  const version = own(document, 'version');
  if (version !== TARGET_FORMAT_VERSION) return { ok: false, pesan: t.version(String(version)) };
  return parseEdits(own(document, 'perubahan'));
}

/** The stored value back to edits, with the same checks as a file. */
export function editsFromStorage(text: string): EditsResult {
  const parsed = parseText(text);
  return parsed.ok ? parseEdits(parsed.value) : parsed;
}
