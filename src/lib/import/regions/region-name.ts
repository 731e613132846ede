/**
 * Reading a region name as procurement systems write it: 'Bandung (Kab.)', 'KAB. BANDUNG',
 * 'Pemerintah Kabupaten Bandung', 'Pemkot Bandung', 'Prov. Kalimantan Barat',
 * 'D.K.I. Jakarta', 'Adm. Kepulauan Seribu (Kab.)'. The result is the kind the name
 * declares (if any) and two keys for its base name: `exact` keeps the words as written
 * (case and punctuation aside), `loose` also drops spaces and hyphens and expands the
 * usual abbreviations, so 'Toli-Toli', 'Tolitoli' and 'Toli Toli' meet.
 */

import type { RegionJenis } from './region-list';

export interface RegionName {
  /** The kind the name itself declares; null for a bare name such as 'Bandung'. */
  jenis: RegionJenis | null;
  exact: string;
  loose: string;
}

const KIND_WORDS: Readonly<Record<string, RegionJenis>> = {
  kabupaten: 'kabupaten',
  kab: 'kabupaten',
  pemkab: 'kabupaten',
  kota: 'kota',
  kotamadya: 'kota',
  pemkot: 'kota',
  provinsi: 'provinsi',
  propinsi: 'provinsi',
  prov: 'provinsi',
  pemprov: 'provinsi'
};
// Jakarta's five kota and Kepulauan Seribu are 'administrasi' (they have no DPRD); the
// word is optional in every source.
const DROPPED_WORDS = new Set(['adm', 'administrasi']);
const EXPANDED_WORDS: Readonly<Record<string, string>> = { kep: 'kepulauan' };
// 'Bandung (Kab.)', 'Sijunjung(Kab)', 'Bandung (Kota)': the RUP master's form. Only a
// parenthesised suffix counts: 'Kabupaten Lima Puluh Kota' ends in 'Kota' as a name.
const SUFFIX = /\(\s*(kab(?:upaten)?\.?|kota)\s*\)\s*$/i;

/** Lower-case words without accents or punctuation; '&' reads as 'dan'. */
function words(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ');
  const tokens = plain.split(/[^a-z0-9]+/).filter((t) => t !== '');
  // 'D.K.I.' and 'D.I.' arrive as single letters: join each run into one word.
  const merged: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.length === 1) {
      run += token;
      continue;
    }
    if (run !== '') merged.push(run);
    run = '';
    merged.push(token);
  }
  if (run !== '') merged.push(run);
  return merged;
}

function keys(tokens: readonly string[]): { exact: string; loose: string } {
  const loose = tokens
    .filter((t) => !DROPPED_WORDS.has(t))
    .map((t) => EXPANDED_WORDS[t] ?? t)
    .join('');
  return { exact: tokens.join(' '), loose };
}

export function readRegionName(name: string): RegionName {
  let text = name.trim();
  let jenis: RegionJenis | null = null;
  const suffix = SUFFIX.exec(text);
  if (suffix) {
    jenis = suffix[1]!.toLowerCase().startsWith('kab') ? 'kabupaten' : 'kota';
    text = text.slice(0, suffix.index);
  }
  const tokens = words(text);
  // 'Pemerintah (Daerah) Kabupaten X', 'Pemda X': words for the government, not the region.
  // 'Daerah' only after 'Pemerintah': 'Daerah Istimewa Yogyakarta' is a name.
  const first = tokens[0];
  if (tokens.length > 1 && (first === 'pemerintah' || first === 'pemda')) {
    tokens.shift();
    if (first === 'pemerintah' && tokens.length > 1 && tokens[0] === 'daerah') tokens.shift();
  }
  // With a suffix the leading word is part of the name ('Kota Baru (Kab.)' is Kotabaru).
  const lead = tokens.length > 1 && jenis === null ? KIND_WORDS[tokens[0]!] : undefined;
  if (lead !== undefined) {
    jenis = lead;
    tokens.shift();
  }
  return { jenis, ...keys(tokens) };
}

/** A Kemendagri name ('Kabupaten Bandung', 'Kota Administrasi Jakarta Barat') read the same way. */
export function readKemendagriName(nama: string, jenis: RegionJenis): RegionName {
  const tokens = words(nama);
  if (jenis !== 'provinsi' && KIND_WORDS[tokens[0] ?? ''] === jenis) tokens.shift();
  return { jenis, ...keys(tokens) };
}

/** The loose key of a name written in an alias table. */
export function looseKey(text: string): string {
  return keys(words(text)).loose;
}
