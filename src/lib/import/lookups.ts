import type { LearntLookups } from './isb';

/**
 * What one file teaches the mapping of another (LKPP satker ids → SIPD codes, kd_klpd →
 * pemda names, komoditas → catalogue type), in a form that survives JSON and structured
 * cloning, so the browser can keep it with each stored dataset and lend it to later imports.
 */
export interface StoredLookups {
  satkerCodes: [string, string][];
  klpdNames: [string, string][];
  komoditas: [string, string][];
}

export function storeLookups(lookups: LearntLookups): StoredLookups {
  return {
    satkerCodes: [...lookups.satkerCodes],
    klpdNames: [...lookups.klpdNames],
    komoditas: [...lookups.komoditas]
  };
}

/** Later sources win: the file being imported, then the newest stored dataset. */
export function mergeLookups(sources: readonly (StoredLookups | LearntLookups | undefined)[]): LearntLookups {
  const merged: LearntLookups = { satkerCodes: new Map(), klpdNames: new Map(), komoditas: new Map() };
  for (const source of sources) {
    if (!source) continue;
    for (const key of ['satkerCodes', 'klpdNames', 'komoditas'] as const) {
      for (const [k, v] of source[key]) (merged[key] as Map<string, string>).set(k, v);
    }
  }
  return merged;
}
