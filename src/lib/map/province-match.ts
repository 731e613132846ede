import type { Feature, GeoJsonProperties } from 'geojson';
import { createRegionMatcher } from '../import/regions';
import { looseKey } from '../import/regions/region-name';
import type { BoundaryFile, BoundaryLayer } from './boundary-file';
import { mergeAreas, type Area } from './geometry';

/**
 * Which shape of a boundary file is which province. Names decide first: files disagree on
 * codes (the four Papua provinces of 2022 often carry their parent's code) far more than on
 * names. A code decides only for a shape whose name matched nothing, and only when no
 * shape already took that province by name.
 */

export interface ProvinceRef {
  kode: string;
  nama: string;
}

export interface ProvinceProperties {
  kode: string;
  nama: string;
  /** What the file called the shapes merged into this province. */
  sumber: string[];
}

export type ProvinceFeature = Feature<Area, ProvinceProperties>;

export interface BoundaryMatch {
  /** One feature per matched province, in code order. */
  features: ProvinceFeature[];
  /** Names (or codes, or #position) of the file's shapes that match no province. */
  unmatched: string[];
  /** Codes of the provinces no shape matched. */
  missing: string[];
  /** The TopoJSON object used ('' for GeoJSON). */
  layer: string;
  /** Shapes matched by their name, and by their code. */
  byName: number;
  byCode: number;
}

// Property names seen in Indonesian boundary files (BIG's WADMPR/KDPPUM, GADM's NAME_1,
// geoBoundaries' shapeName, …), compared without case, most specific first: a GADM file
// has NAME_0 = "Indonesia" beside NAME_1, and a kabupaten file names its province too.
const NAME_KEYS = ['provinsi', 'propinsi', 'nama_provinsi', 'nama_prov', 'nm_prov', 'wadmpr', 'name_1', 'province', 'prov_name', 'shapename', 'nama', 'name'];
const CODE_KEYS = ['kode_prov', 'kode_provinsi', 'kd_prov', 'kdppum', 'prov_code', 'kode_wilayah', 'kode', 'code', 'prov_id', 'id_prov', 'id'];

// Names the import's province aliases do not cover: older or foreign spellings of a whole province.
const MAP_ALIASES: Readonly<Record<string, string>> = {
  [looseKey('Jakarta Raya')]: '31',
  [looseKey('DKI Jakarta Raya')]: '31',
  [looseKey('Irian Jaya Barat')]: '92',
  [looseKey('Irian Jaya')]: '91'
};

function property(properties: GeoJsonProperties, keys: readonly string[]): string | null {
  if (!properties) return null;
  const lower = new Map(Object.entries(properties).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const value = lower.get(key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

function codeOf(feature: Feature<Area, GeoJsonProperties>): string | null {
  const fromProperties = property(feature.properties, CODE_KEYS);
  const code = fromProperties ?? (feature.id === undefined ? null : String(feature.id).trim());
  return code !== null && /^\d{2}$/.test(code) ? code : null;
}

type NameMatcher = (name: string) => string | null;

function nameMatcher(provinces: readonly ProvinceRef[]): NameMatcher {
  const known = new Set(provinces.map((p) => p.kode));
  const matcher = createRegionMatcher(provinces.map((p) => ({ kode: p.kode, kodeProvinsi: p.kode, nama: p.nama, jenis: 'provinsi' })));
  return (name) => {
    // 'Prop. Jambi' and the English 'Sumatra' are spellings, not other provinces.
    const spelled = name.replace(/^\s*prop\.?\s+/i, '').replace(/\bsumatra\b/gi, 'Sumatera');
    const kode = matcher.matchProvince(spelled)?.kode ?? MAP_ALIASES[looseKey(spelled)];
    return kode !== undefined && known.has(kode) ? kode : null;
  };
}

function matchLayer(layer: BoundaryLayer, provinces: readonly ProvinceRef[], byName: NameMatcher): BoundaryMatch {
  const names = layer.features.map((f) => property(f.properties, NAME_KEYS));
  const assigned = names.map((name) => (name === null ? null : byName(name)));
  const takenByName = new Set(assigned.filter((k): k is string => k !== null));
  const nameCount = assigned.filter((k) => k !== null).length;
  layer.features.forEach((f, i) => {
    const code = assigned[i] === null ? codeOf(f) : null;
    if (code !== null && !takenByName.has(code) && provinces.some((p) => p.kode === code)) assigned[i] = code;
  });

  const parts = new Map<string, { areas: Area[]; sumber: string[] }>();
  const unmatched: string[] = [];
  layer.features.forEach((f, i) => {
    const kode = assigned[i];
    const label = names[i] ?? codeOf(f) ?? `#${i + 1}`;
    if (kode === null || kode === undefined) {
      unmatched.push(label);
      return;
    }
    const entry = parts.get(kode) ?? { areas: [], sumber: [] };
    entry.areas.push(f.geometry);
    entry.sumber.push(label);
    parts.set(kode, entry);
  });
  const features: ProvinceFeature[] = [];
  const missing: string[] = [];
  for (const province of [...provinces].sort((a, b) => a.kode.localeCompare(b.kode))) {
    const entry = parts.get(province.kode);
    if (!entry) missing.push(province.kode);
    else features.push({ type: 'Feature', id: province.kode, properties: { kode: province.kode, nama: province.nama, sumber: entry.sumber }, geometry: mergeAreas(entry.areas) });
  }
  const matched = assigned.filter((k) => k !== null).length;
  return { features, unmatched, missing, layer: layer.name, byName: nameCount, byCode: matched - nameCount };
}

/**
 * Each province's shape from the file. Of several TopoJSON objects, the one that places the
 * most provinces (then leaves the fewest shapes over) is used.
 */
export function matchProvinces(boundary: BoundaryFile, provinces: readonly ProvinceRef[]): BoundaryMatch {
  const unique = [...new Map(provinces.map((p) => [p.kode, p])).values()];
  const byName = nameMatcher(unique);
  const results = boundary.layers.map((layer) => matchLayer(layer, unique, byName));
  results.sort((a, b) => b.features.length - a.features.length || a.unmatched.length - b.unmatched.length);
  return results[0] ?? { features: [], unmatched: [], missing: unique.map((p) => p.kode), layer: '', byName: 0, byCode: 0 };
}
