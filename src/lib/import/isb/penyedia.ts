/**
 * Vendors. Each system has its own vendor id, so penyedia_id carries the system's prefix
 * ('spse:123', 'sikap:4186014', 'ekatalog:454750', 'tokodaring:Toko X'): two systems'
 * ids never collide, and an auditor sees where an id came from.
 *
 * Only SPSE e-kontrak says what legal form a vendor has (bentuk_usaha_penyedia); elsewhere
 * the form, the scale and the UMKK flag stay unknown rather than guessed from a name.
 */

import type { MappingState } from './mapping-state';

export interface BentukUsaha {
  bentuk: string;
  isBadanUsaha: boolean | null;
  skala: string;
  isUmkk: boolean | null;
}

const UNKNOWN: BentukUsaha = { bentuk: 'tidak_diketahui', isBadanUsaha: null, skala: 'tidak_diketahui', isUmkk: null };

/**
 * bentuk_usaha_penyedia as SPSE writes it ('Persekutuan Komanditer (CV / Commanditer
 * Venoschaap )', 'Perseroan Terbatas (PT) Perorangan', 'Orang Perseorangan', …).
 */
export function bentukUsahaOf(text: string | null): BentukUsaha {
  if (text === null) return UNKNOWN;
  const t = text.toLowerCase();
  // A cooperative is UMKK by definition (Perpres 12/2021 counts "koperasi" with micro/small).
  if (t.includes('koperasi')) return { bentuk: 'Koperasi', isBadanUsaha: true, skala: 'koperasi', isUmkk: true };
  // Perseroan perorangan is a legal entity that only micro and small businesses may found
  // (UU 6/2023 Pasal 153A): a badan usaha, and UMKK by law; its exact scale is not stated.
  if (/perseroan/.test(t) && /perorangan|perseorangan/.test(t)) {
    return { bentuk: 'PT Perorangan', isBadanUsaha: true, skala: 'tidak_diketahui', isUmkk: true };
  }
  // 'Orang Perseorangan', 'Konsultan Perseorangan': a person, not a badan usaha.
  if (/perseorangan|perorangan/.test(t)) return { ...UNKNOWN, bentuk: 'Perorangan', isBadanUsaha: false };
  if (/komanditer|\bcv\b/.test(t)) return { ...UNKNOWN, bentuk: 'CV', isBadanUsaha: true };
  if (/perseroan terbatas|\bpt\b/.test(t)) return { ...UNKNOWN, bentuk: 'PT', isBadanUsaha: true };
  if (/firma|\bfa\b/.test(t)) return { ...UNKNOWN, bentuk: 'Firma', isBadanUsaha: true };
  // A usaha dagang is one person's business without separate legal personality (as in the sample).
  if (/usaha dagang|\bud\b/.test(t)) return { ...UNKNOWN, bentuk: 'UD', isBadanUsaha: false };
  return UNKNOWN;
}

export const UNKNOWN_PENYEDIA = 'tidak_diketahui';

export interface VendorFacts {
  id: string;
  nama: string | null;
  bentukText?: string | null;
}

/** Registers the vendor and returns its id; the vendor's domicile is in no ISB realisation file. */
export function usePenyedia(state: MappingState, vendor: VendorFacts | null): string {
  if (vendor === null) {
    state.putReference('penyedia', UNKNOWN_PENYEDIA, penyediaRow(UNKNOWN_PENYEDIA, 'Penyedia tidak diketahui', UNKNOWN));
    return UNKNOWN_PENYEDIA;
  }
  const facts = bentukUsahaOf(vendor.bentukText ?? null);
  const known = state.reference('penyedia', vendor.id);
  if (known === undefined) state.putReference('penyedia', vendor.id, penyediaRow(vendor.id, vendor.nama ?? vendor.id, facts));
  else if (known.bentuk_usaha === 'tidak_diketahui' && facts.bentuk !== 'tidak_diketahui') {
    Object.assign(known, penyediaRow(vendor.id, String(known.nama_penyedia), facts));
  }
  return vendor.id;
}

function penyediaRow(id: string, nama: string, facts: BentukUsaha): Record<string, string | boolean | null> {
  return {
    penyedia_id: id,
    nama_penyedia: nama,
    bentuk_usaha: facts.bentuk,
    is_badan_usaha: facts.isBadanUsaha,
    skala_usaha: facts.skala,
    is_umkk: facts.isUmkk,
    kode_wilayah: 'tidak_diketahui'
  };
}
