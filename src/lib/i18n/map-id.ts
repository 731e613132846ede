/**
 * Words of the province map (tile grid and boundary choropleth): Bahasa Indonesia here,
 * English in ./en/map.ts (same keys); `mapText` is the one of the page's language
 * (./language.ts).
 */
import { formatCount } from '../format/number';
import { localized } from './language';
import { monitoringIndonesian } from './monitoring-id';
import { mapEnglish } from './en/map';

/** At most this many names are spelled out in a notice; the rest are counted (./en/map.ts likewise). */
const NAMED_IN_NOTICE = 6;

function nameList(names: readonly string[]): string {
  if (names.length <= NAMED_IN_NOTICE) return names.join(', ');
  return `${names.slice(0, NAMED_IN_NOTICE).join(', ')} dan ${formatCount(names.length - NAMED_IN_NOTICE)} lainnya`;
}

export const mapIndonesian = {
  tone: {
    // The four statuses are the cards' (one wording everywhere).
    ...monitoringIndonesian.status,
    tanpa_target: 'Tanpa target',
    tidak_dihitung: 'Tidak dapat dihitung'
  },
  legendTitle: 'Keterangan warna',
  /** A province the answer has no row for: drawn, but with nothing to show. */
  noData: 'tidak ada data',
  selected: 'dipilih sebagai filter',
  regionLabel: (nama: string, text: string) => `${nama}: ${text}`,
  /** Provinces the loaded boundary file has no shape for: still listed, and still clickable. */
  missingHeading: 'Provinsi tanpa batas wilayah di berkas:',
  boundaryNotice: (fileName: string, matched: number, total: number, unmatched: readonly string[], missing: readonly string[]) => {
    const parts = [`Berkas batas wilayah “${fileName}” dikenali: ${formatCount(matched)} dari ${formatCount(total)} provinsi dicocokkan`];
    if (unmatched.length > 0) parts.push(`bagian berkas yang tidak dikenali: ${nameList(unmatched)}`);
    if (missing.length > 0) parts.push(`provinsi tanpa batas: ${nameList(missing)}`);
    return `${parts.join('; ')}.`;
  },
  boundaryNoMatch: (fileName: string) =>
    `Berkas “${fileName}” berisi batas wilayah, tetapi tidak satu pun bagiannya cocok dengan nama atau kode provinsi, sehingga tidak dipakai.`,
  /** Credit shown under a map drawn from a user's file: the boundaries are theirs, not Telisik's. */
  boundarySource: (fileName: string) => `Batas wilayah dari berkas “${fileName}” yang Anda muat.`,
  clearBoundary: 'Kembali ke peta petak'
} as const;

export const mapText = localized({ id: mapIndonesian, en: mapEnglish });
