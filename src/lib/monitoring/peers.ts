/**
 * Peer groups for comparing pemda: the same province, the same kind (provinsi, kabupaten,
 * kota), or a similar budget size (quartiles of the procurement budget among the listed
 * pemda). Within its group a pemda gets the peers' median and its percentile.
 */
export const PEER_GROUPINGS = ['provinsi', 'jenis', 'ukuran'] as const;
export type PeerGrouping = (typeof PEER_GROUPINGS)[number];

export interface PeerMember {
  kode: string;
  kodeProvinsi: string;
  jenis: string;
  budget: bigint | null;
  value: number | null;
}

/** The quartile (1–4) of each pemda's budget among those that have one. */
export function budgetQuartiles(members: readonly PeerMember[]): Map<string, number> {
  const withBudget = members.filter((m) => m.budget !== null && m.budget > 0n).sort((a, b) => (a.budget! < b.budget! ? -1 : a.budget! > b.budget! ? 1 : 0));
  return new Map(withBudget.map((m, i) => [m.kode, Math.floor((4 * i) / withBudget.length) + 1]));
}

export function peerKey(member: PeerMember, grouping: PeerGrouping, quartiles: Map<string, number>): string | null {
  if (grouping === 'provinsi') return member.kodeProvinsi;
  if (grouping === 'jenis') return member.jenis;
  const quartile = quartiles.get(member.kode);
  return quartile === undefined ? null : `q${quartile}`;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Share of the peers (itself included) whose value is at or below this one, 0–100. */
export function percentile(value: number, values: readonly number[]): number {
  return (100 * values.filter((v) => v <= value).length) / values.length;
}

export interface PeerPosition {
  group: string | null;
  size: number;
  median: number | null;
  percentile: number | null;
}

export function peerPositions(members: readonly PeerMember[], grouping: PeerGrouping): Map<string, PeerPosition> {
  const quartiles = budgetQuartiles(members);
  const groups = new Map<string, number[]>();
  for (const m of members) {
    const key = peerKey(m, grouping, quartiles);
    if (key !== null && m.value !== null) groups.set(key, [...(groups.get(key) ?? []), m.value]);
  }
  return new Map(
    members.map((m) => {
      const group = peerKey(m, grouping, quartiles);
      const values = group === null ? [] : (groups.get(group) ?? []);
      return [m.kode, { group, size: values.length, median: median(values), percentile: m.value === null || values.length === 0 ? null : percentile(m.value, values) }];
    })
  );
}
