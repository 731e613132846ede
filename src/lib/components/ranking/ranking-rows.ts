import type { RankedRegion } from '../../monitoring/ranking';
import type { PeerPosition } from '../../monitoring/peers';

/** One line of the leaderboard: the ranked figure with its name, kind and peer position. */
export interface RankingLine extends RankedRegion {
  nama: string;
  jenis: string;
  kodeProvinsi: string;
  peer: PeerPosition | undefined;
}

export const SORT_KEYS = ['peringkat', 'nama', 'nilai', 'pembilang', 'penyebut', 'kekurangan', 'perubahan'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The URL's `urut`: a sort key, '-' first for descending. */
export function parseSort(text: string | undefined): { key: SortKey; descending: boolean } {
  const descending = text?.startsWith('-') ?? false;
  const key = (text ?? '').replace(/^-/, '');
  return { key: (SORT_KEYS as readonly string[]).includes(key) ? (key as SortKey) : 'peringkat', descending };
}

const rankChange = (line: RankingLine) => (line.rank === null || line.previousRank === null ? null : line.previousRank - line.rank);

function sortValue(line: RankingLine, key: SortKey): number | string | bigint | null {
  switch (key) {
    case 'peringkat': return line.rank;
    case 'nama': return line.nama;
    case 'nilai': return line.value;
    case 'pembilang': return line.numerator;
    case 'penyebut': return line.denominator;
    case 'kekurangan': return line.gap;
    case 'perubahan': return rankChange(line);
  }
}

/** Sorted lines; a missing value (no rank, no denominator) always last, whatever the direction. */
export function sortLines(lines: readonly RankingLine[], key: SortKey, descending: boolean): RankingLine[] {
  return [...lines].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? a.kode.localeCompare(b.kode) : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'id') : x < (y as typeof x) ? -1 : x > (y as typeof x) ? 1 : 0;
    return (descending ? -order : order) || a.kode.localeCompare(b.kode);
  });
}

export { rankChange };
