/**
 * Column-based rules: a column whose NAME says it holds personal data is masked whole,
 * whatever its values look like (a NIP the API already starred as '***001', a name, a
 * number). Names are matched on their words, so 'nip_ppk' is a NIP but 'jabatan_ppk' (a
 * position such as 'Camat') and 'kd_user_ppk' (an LKPP account number) are not.
 */
import type { PersonalKind } from './patterns';

export type ColumnKind = PersonalKind | 'nama_pejabat' | 'nama_perorangan';

export interface ColumnRule {
  kind: ColumnKind;
  /** A vendor's name: personal only when the same row says the vendor is an individual. */
  whenIndividual: boolean;
}

/** 'NIP PPK', 'no-telp', 'emailPenyedia' → 'nip_ppk', 'no_telp', 'email_penyedia'. */
export function normaliseColumn(column: string): string {
  return column
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const PHONE = new Set(['telp', 'tlp', 'telepon', 'telpon', 'phone', 'hp', 'handphone', 'ponsel', 'wa', 'whatsapp', 'fax', 'faks', 'mobile']);
const ROLE = new Set(['ppk', 'pokja', 'kpa', 'pa', 'pp', 'pptk', 'pejabat', 'pemesan', 'bendahara', 'ukpbj']);
/** Columns holding a single official's name without the word 'nama' (SPSE, SiRUP headers). */
const OFFICIAL_ALONE = new Set(['ppk', 'kpa', 'pa', 'pptk', 'pokja', 'anggota_pokja', 'pejabat', 'pejabat_pengadaan', 'pejabat_pembuat_komitmen']);
/** People who are neither officials nor the vendor itself: always masked. */
const PERSON = new Set(['wakil', 'pemilik', 'direktur', 'pic', 'kontak', 'contact']);
const VENDOR = new Set(['penyedia', 'vendor', 'pemenang', 'merchant', 'toko']);
/** Words that make a column describe someone (position, type, count, code), not name them. */
const DESCRIPTOR = new Set(['jabatan', 'jenis', 'tipe', 'bentuk', 'status', 'jumlah', 'kd', 'kode', 'id', 'skala', 'ukm', 'alamat']);

const some = (words: readonly string[], set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));

function ruleFor(name: string): ColumnRule | null {
  const words = name.split('_');
  const has = (word: string): boolean => words.includes(word);
  const rule = (kind: ColumnKind, whenIndividual = false): ColumnRule => ({ kind, whenIndividual });

  // Identity numbers first: 'nik_penyedia', 'npwp16_penyedia', 'npwp_satker', 'nip_ppk', 'ppk_nip'.
  // A satker's NPWP is institutional, but the switch promises that no NPWP is shown.
  if (has('nik') || has('ktp')) return rule('nik');
  if (words.some((w) => w.startsWith('npwp'))) return rule('npwp');
  if (has('nip')) return rule('nip');
  if (has('email') || has('surel') || words.some((w, i) => w === 'e' && words[i + 1] === 'mail')) return rule('email');
  if (some(words, PHONE)) return rule('telepon');
  // 'kode_rekening' / 'rekening_belanja' are budget account codes; 'nama_rek_bank' holds the
  // bank's name ('Bank BJB') in ISB e-kontrak; only its 'nama_pemilik_rek_bank' is personal.
  if (has('rekening') || has('rek') || has('norek') || (has('account') && (has('bank') || has('number') || has('no')))) {
    if (has('kode') || has('kd') || has('belanja') || has('anggaran') || has('akun')) return null;
    if (has('nama') && !has('pemilik')) return null;
    return rule('rekening');
  }
  // 'username_ppk' is the official's login, often the NIP itself.
  if (has('username') && some(words, ROLE)) return rule('nama_pejabat');
  if (some(words, DESCRIPTOR)) return null;
  if (OFFICIAL_ALONE.has(name) || (has('nama') && some(words, ROLE))) return rule('nama_pejabat');
  if (some(words, PERSON) && !some(words, VENDOR)) return rule('nama_perorangan');
  if (has('wakil') || has('pemilik')) return rule('nama_perorangan');
  if (some(words, VENDOR) && (has('nama') || has('name') || words.length === 1)) return rule('nama_perorangan', true);
  return null;
}

/**
 * Not listed, by decision: 'penyedia_id' (Telisik's vendor key, 'spse:123', 'sikap:4186014';
 * the form built from an NPWP, 'spse:npwp:…', is caught by the text pattern and becomes
 * 'spse:[NPWP]', so the system prefix stays readable) and 'kd_penyedia' (an LKPP sequence
 * number, public on LPSE pages, not derived from the person).
 */
const cache = new Map<string, ColumnRule | null>();

/** The column rule for a column name, or null for an ordinary column (masked by pattern). */
export function columnRule(column: string): ColumnRule | null {
  const known = cache.get(column);
  if (known !== undefined) return known;
  const found = ruleFor(normaliseColumn(column));
  if (cache.size < 2000) cache.set(column, found);
  return found;
}

/** What a column holds, judged by its name alone. */
export function personalColumnKind(column: string): ColumnKind | null {
  return columnRule(column)?.kind ?? null;
}

/** Vendor-name columns ('penyedia', 'nama_penyedia'), masked only for individual vendors. */
export function isVendorNameColumn(column: string): boolean {
  return columnRule(column)?.whenIndividual === true;
}
