/**
 * Words people type for channels, statuses and yes/no flags, read into the canonical
 * vocabularies. Each reader returns null for a word it does not know, so the caller decides
 * between a default with a notice (a cell) and a blocking problem (a value typed once).
 */

import type { TransaksiStatus } from '../isb/types';

/** Lower case, punctuation as spaces: 'E-Katalog Lokal' → 'e katalog lokal', 'Non-UKM' → 'non ukm'. */
export function wordsOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();
}

/** The channels of the kanal table, written as codes. */
export const CHANNEL_CODES: readonly string[] = [
  'katalog_nasional', 'katalog_sektoral', 'katalog_lokal', 'toko_daring', 'blangkon',
  'tender', 'seleksi', 'pengadaan_langsung', 'penunjukan_langsung', 'pencatatan'
];

/**
 * A channel code. 'non_tender' is the group's catch-all (as in the SPSE mapper); 'katalog'
 * is an e-katalog purchase whose catalogue (nasional, sektoral, lokal) the file does not
 * say, as in the e-katalog v6 mapper.
 */
export function channelOf(text: string): string | null {
  const t = wordsOf(text);
  const code = CHANNEL_CODES.find((c) => c.replace(/_/g, ' ') === t);
  if (code !== undefined) return code;
  if (/blangkon|belanja langsung toko online/.test(t)) return 'blangkon';
  if (/toko ?daring|bela pengadaan|^bela$|toko online|padi umkm/.test(t)) return 'toko_daring';
  if (/katalog|catalog/.test(t)) {
    if (/sektoral/.test(t)) return 'katalog_sektoral';
    if (/lokal|daerah/.test(t)) return 'katalog_lokal';
    if (/nasional/.test(t)) return 'katalog_nasional';
    return 'katalog';
  }
  if (/^e ?purchasing$/.test(t)) return 'katalog';
  if (/pencatatan/.test(t)) return 'pencatatan';
  if (/non ?tender/.test(t)) return 'non_tender';
  if (/seleksi/.test(t)) return 'seleksi';
  if (/tender|lelang/.test(t)) return 'tender';
  if (/penunjukan langsung/.test(t)) return 'penunjukan_langsung';
  if (/pengadaan langsung|^pl$/.test(t)) return 'pengadaan_langsung';
  return null;
}

export type ChannelGroup = 'e_purchasing' | 'tender' | 'non_tender' | 'pencatatan';

export function channelGroupOf(channel: string): ChannelGroup {
  if (channel.startsWith('katalog') || channel === 'toko_daring' || channel === 'blangkon') return 'e_purchasing';
  if (channel === 'tender' || channel === 'seleksi') return 'tender';
  if (channel === 'pencatatan') return 'pencatatan';
  return 'non_tender';
}

/** Cancel and failure words first: 'Pesanan Dibatalkan' must not read as a finished order. */
export function statusOf(text: string): TransaksiStatus | null {
  const t = wordsOf(text);
  if (/batal|cancel/.test(t)) return 'dibatalkan';
  if (/gagal|fail|tolak|reject|expired|kedaluwarsa/.test(t)) return 'gagal';
  // 'Belum Dibayar', 'Tidak Selesai': a negated finish is work still open.
  if (/\b(belum|tidak|not)\b/.test(t)) return 'berjalan';
  if (/\b(selesai|completed?|done|sukses|berhasil|success|diterima|lunas|dibayar|terbayar|paid)\b/.test(t)) return 'selesai';
  if (/proses|process|berjalan|dikirim|pengiriman|menunggu|pending|draft|shipping|dikemas/.test(t)) return 'berjalan';
  return null;
}

const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', '1', 'benar', 'umkk', 'umk', 'ukm', 'umkm', 'pdn', 'mikro', 'kecil', 'koperasi']);
const FALSE_WORDS = new Set(['tidak', 'tdk', 'no', 'n', 'false', '0', 'salah', 'menengah', 'besar']);
const FILLER = new Set(['usaha', 'dan', 'status']);
const NEGATION = /^(non|bukan|tidak|tdk)\s?(.+)$/;

/**
 * 'Ya'/'Tidak', 'UMKK'/'Non UMKK', 'UKM'/'Non-UKM', 'PDN'/'Non-PDN', true/false, and a
 * business scale: micro, small and cooperatives are UMKK (Perpres 12/2021), medium and
 * large are not.
 */
export function booleanOf(text: string): boolean | null {
  const t = wordsOf(text);
  const negated = NEGATION.exec(t);
  if (negated && booleanOf(negated[2] ?? '') === true) return false;
  const words = t.split(' ').filter((w) => w !== '' && !FILLER.has(w));
  if (words.length === 0) return null;
  if (words.every((w) => TRUE_WORDS.has(w))) return true;
  if (words.every((w) => FALSE_WORDS.has(w))) return false;
  return null;
}

/** 'TA 2023', '2023', '2023.0' (a spreadsheet's float): the year, within a plausible span. */
export function yearOf(text: string): number | null {
  const match = /^(?:ta\.?\s*)?(\d{4})(?:\.0+)?$/i.exec(text.trim());
  const year = match ? Number(match[1]) : NaN;
  return year >= 1990 && year <= 2100 ? year : null;
}

const TOTAL_WORDS = new Set(['jumlah', 'total', 'grand total', 'jumlah total', 'sub total', 'subtotal', 'total keseluruhan', 'jumlah keseluruhan']);

/** A recap's sum line ('Jumlah', 'TOTAL'): loading it would count every figure twice. */
export function isTotalWord(text: string): boolean {
  return TOTAL_WORDS.has(wordsOf(text));
}
