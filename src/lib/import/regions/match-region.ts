/**
 * Finds the Kemendagri region a procurement system means by a name. LKPP's codes (kd_klpd
 * D107, its two province numberings) are not Kemendagri codes, so names are the only
 * bridge. The matcher never guesses: a name that fits more than one region ('Bandung',
 * 'Bekasi' without Kab./Kota) gives null unless the province hint leaves exactly one.
 *
 * Each name is tried in three steps, strictest first, and the first step that finds any
 * candidate decides: 'exact' (same words), 'normalised' (same letters once spaces,
 * hyphens, 'Adm.' and 'Kep.' are dealt with), 'alias' (a known old name or misspelling).
 */

import { PROVINCE_ALIASES, REGENCY_ALIASES } from './region-aliases';
import type { RegionJenis, RegionRef } from './region-list';
import { looseKey, readKemendagriName, readRegionName, type RegionName } from './region-name';

export interface RegionMatch {
  kode: string;
  nama: string;
  jenis: RegionJenis;
  how: 'exact' | 'normalised' | 'alias';
}

export interface RegionMatcher {
  matchProvince(name: string): RegionMatch | null;
  matchPemda(name: string, hint?: { provinceCode?: string }): RegionMatch | null;
}

type Step = { how: RegionMatch['how']; candidates: readonly RegionRef[] };

function indexBy(regions: readonly RegionRef[], key: (r: RegionRef) => string): Map<string, RegionRef[]> {
  const index = new Map<string, RegionRef[]>();
  for (const r of regions) {
    const k = key(r);
    const list = index.get(k);
    if (list) list.push(r);
    else index.set(k, [r]);
  }
  return index;
}

function found(r: RegionRef, how: RegionMatch['how']): RegionMatch {
  return { kode: r.kode, nama: r.nama, jenis: r.jenis, how };
}

export function createRegionMatcher(regions: readonly RegionRef[]): RegionMatcher {
  const provinces = regions.filter((r) => r.jenis === 'provinsi');
  const regencies = regions.filter((r) => r.jenis !== 'provinsi');
  const byCode = new Map(regions.map((r) => [r.kode, r]));
  const provExact = indexBy(provinces, (r) => readKemendagriName(r.nama, 'provinsi').exact);
  const provLoose = indexBy(provinces, (r) => readKemendagriName(r.nama, 'provinsi').loose);
  const provAlias = new Map<string, RegionRef[]>();
  for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
    const province = byCode.get(code);
    if (province) provAlias.set(looseKey(alias), [province]);
  }
  const regExact = indexBy(regencies, (r) => readKemendagriName(r.nama, r.jenis).exact);
  const regLoose = indexBy(regencies, (r) => readKemendagriName(r.nama, r.jenis).loose);

  function provinceSteps(n: RegionName): Step[] {
    return [
      { how: 'exact', candidates: provExact.get(n.exact) ?? [] },
      { how: 'normalised', candidates: provLoose.get(n.loose) ?? [] },
      { how: 'alias', candidates: provAlias.get(n.loose) ?? [] }
    ];
  }

  function regencySteps(n: RegionName, jenis: RegionJenis | null): Step[] {
    const aliased = REGENCY_ALIASES.filter(
      (a) => looseKey(a.from) === n.loose && (a.jenis === undefined || a.jenis === jenis)
    ).flatMap((a) => (regLoose.get(looseKey(a.to)) ?? []).filter((r) => a.jenis === undefined || r.jenis === a.jenis));
    const ofKind = (list: readonly RegionRef[]) => (jenis === null ? list : list.filter((r) => r.jenis === jenis));
    return [
      { how: 'exact', candidates: ofKind(regExact.get(n.exact) ?? []) },
      { how: 'normalised', candidates: ofKind(regLoose.get(n.loose) ?? []) },
      { how: 'alias', candidates: ofKind(aliased) }
    ];
  }

  /** First step with candidates decides; the hint narrows them when it keeps at least one. */
  function decide(steps: readonly Step[], provinceCode: string | undefined): RegionMatch | null | undefined {
    for (const { how, candidates } of steps) {
      if (candidates.length === 0) continue;
      const inHint = candidates.filter((r) => r.kodeProvinsi === provinceCode);
      const pool = inHint.length > 0 ? inHint : candidates;
      return pool.length === 1 ? found(pool[0]!, how) : null;
    }
    return undefined; // nothing at any step
  }

  function matchProvince(name: string): RegionMatch | null {
    const n = readRegionName(name);
    if (n.jenis === 'kabupaten' || n.jenis === 'kota') return null;
    return decide(provinceSteps(n), undefined) ?? null;
  }

  function matchPemda(name: string, hint?: { provinceCode?: string }): RegionMatch | null {
    const n = readRegionName(name);
    if (n.jenis === 'provinsi') return matchProvince(name);
    // A bare province name ('Gorontalo', 'Maluku Utara') may mean the province's own
    // government or a kabupaten/kota of that name: only 'Provinsi …' or 'Kab./Kota …' says which.
    if (n.jenis === null && decide(provinceSteps(n), undefined)) return null;
    const provinceCode = hint?.provinceCode;
    const decided = decide(regencySteps(n, n.jenis), provinceCode);
    if (decided !== undefined) return decided;
    if (n.jenis === null) return null;
    // LKPP's master writes 'Sungai Penuh (Kab.)' for Kota Sungai Penuh: when no region of the
    // declared kind has the name but exactly one of the other kind does, that one is meant.
    const other = decide(regencySteps(n, null), provinceCode);
    return other ? { ...other, how: 'alias' } : null;
  }

  return { matchProvince, matchPemda };
}
