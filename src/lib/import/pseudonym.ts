/**
 * Pseudonyms for NIK and NPWP at import. An individual's NPWP is their NIK (since 2024), and
 * even LKPP's hashed `npwp:…` links one taxpayer across every ISB file anyone downloads: so
 * each is replaced, in every text the import keeps (vendor ids, names, descriptions, the
 * rejected rows of the report), by a keyed hash with a secret of this browser
 * (HMAC-SHA-256). The same NIK/NPWP gets the same pseudonym in every file, so vendors still
 * join across datasets and distinct counts stay exact; without the key it cannot be
 * reversed, not even by trying every possible NPWP.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { replaceTaxIds } from '../masking/mask-text';
import type { PersonalKind } from '../masking/patterns';
import type { CanonicalRow } from './to-arrow';
import type { RejectedRow } from './rejected-rows';

/** What a pseudonym looks like: `npwp:samaran-qhzwb…`, letters only (so no pattern sees digits in it). */
export const PSEUDONYM_MARK = 'samaran-';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const encoder = new TextEncoder();

/**
 * What identifies the person: the digits of a NIK or NPWP (an NPWP16 and the NIK it equals
 * become one), or LKPP's own token for its hashed `npwp:…`.
 */
function material(value: string): string {
  const token = /^npwp[:_-]([0-9a-f]{8,64})$/i.exec(value.trim())?.[1];
  if (token && /[a-f]/i.test(token)) return `lkpp:${token.toLowerCase()}`;
  return `digits:${value.replace(/\D/g, '')}`;
}

export class Pseudonymiser {
  readonly #key: Uint8Array;
  readonly #known = new Map<string, string>();

  constructor(key: Uint8Array) {
    if (key.length < 16) throw new RangeError('Kunci samaran terlalu pendek.');
    this.#key = key;
  }

  /** The pseudonym of one NIK/NPWP value. */
  of(kind: PersonalKind, value: string): string {
    const source = material(value);
    let letters = this.#known.get(source);
    if (letters === undefined) {
      const mac = hmac(sha256, this.#key, encoder.encode(source));
      // 20 letters ≈ 94 bits: collisions among a country's taxpayers are out of reach.
      letters = Array.from(mac.subarray(0, 20), (byte) => LETTERS[byte % 26]).join('');
      this.#known.set(source, letters);
    }
    return `${kind}:${PSEUDONYM_MARK}${letters}`;
  }

  /** `text` with every NIK and NPWP in it replaced by its pseudonym. */
  text(text: string): string {
    return replaceTaxIds(text, (kind, value) => this.of(kind, value));
  }

  /** Every text cell of the canonical tables, in place. */
  tables(tables: Record<string, CanonicalRow[]>): void {
    for (const rows of Object.values(tables)) {
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) if (typeof value === 'string') row[column] = this.text(value);
      }
    }
  }

  /** The rejected rows the report keeps: their cells and reasons. */
  rejected(rows: RejectedRow[]): RejectedRow[] {
    return rows.map((row) => ({
      ...row,
      reason: this.text(row.reason),
      ...(row.content === undefined
        ? {}
        : { content: typeof row.content === 'string' ? this.text(row.content) : row.content.map((cell) => (cell === null ? null : this.text(cell))) })
    }));
  }
}
