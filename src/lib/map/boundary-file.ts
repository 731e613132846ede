import type { Feature, GeoJsonProperties, Geometry } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { isArea, type Area } from './geometry';

/**
 * Telling a boundary file (TopoJSON Topology, GeoJSON FeatureCollection or Feature of
 * polygons) from a data file among the files a user drops. A data file must cost next to
 * nothing: its first bytes are looked at before anything is parsed.
 */

export type AreaFeature = Feature<Area, GeoJsonProperties>;

/** One set of shapes: a TopoJSON object, or the GeoJSON file itself. */
export interface BoundaryLayer {
  name: string;
  features: AreaFeature[];
}

export interface BoundaryFile {
  format: 'topojson' | 'geojson';
  layers: BoundaryLayer[];
}

export { matchProvinces, type BoundaryMatch, type ProvinceFeature, type ProvinceRef } from './province-match';

/** How much of a file `looksLikeBoundary` needs: any boundary file shows its kind by then. */
export const HEAD_BYTES = 64 * 1024;

// A boundary names its kind early: the top-level "type", a feature's or geometry's "type",
// or a topology's "arcs" (which some writers put before "type"). A JSON array of records or
// an API reply ({"data": [...]}) has none of these in its head.
const BOUNDARY_SIGNS = /"type"\s*:\s*"(?:Topology|FeatureCollection|Feature|Polygon|MultiPolygon)"|"arcs"\s*:\s*\[/;

/** Quick test on a file's first bytes: false means it is certainly no boundary file. */
export function looksLikeBoundary(head: string): boolean {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') && BOUNDARY_SIGNS.test(start);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function areaFeatures(features: unknown): AreaFeature[] {
  if (!Array.isArray(features)) return [];
  return features.filter((f): f is AreaFeature => isObject(f) && f['type'] === 'Feature' && isArea(f['geometry'] as Geometry | null));
}

function topologyLayers(topology: Json): BoundaryLayer[] {
  const objects = topology['objects'];
  if (!isObject(objects) || !Array.isArray(topology['arcs'])) return [];
  const layers: BoundaryLayer[] = [];
  for (const [name, object] of Object.entries(objects)) {
    if (!isObject(object) || !['GeometryCollection', 'Polygon', 'MultiPolygon'].includes(String(object['type']))) continue;
    try {
      const converted = feature(topology as unknown as Topology, object as unknown as GeometryObject) as Feature | { features: unknown };
      const features = 'features' in converted ? converted.features : [converted];
      layers.push({ name, features: areaFeatures(features) });
    } catch {
      // Arcs that do not fit the object (a damaged file): this object is no usable layer.
    }
  }
  return layers;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/**
 * The file's shapes when it is a boundary file whose geometries include polygons; null for
 * anything else, which then goes through the data import as usual.
 */
export function recogniseBoundary(text: string): BoundaryFile | null {
  if (!looksLikeBoundary(text.slice(0, HEAD_BYTES))) return null;
  const json = parse(text);
  if (!isObject(json)) return null;
  let file: BoundaryFile;
  if (json['type'] === 'Topology') file = { format: 'topojson', layers: topologyLayers(json) };
  else if (json['type'] === 'FeatureCollection') file = { format: 'geojson', layers: [{ name: '', features: areaFeatures(json['features']) }] };
  else if (json['type'] === 'Feature') file = { format: 'geojson', layers: [{ name: '', features: areaFeatures([json]) }] };
  else return null;
  const layers = file.layers.filter((layer) => layer.features.length > 0);
  return layers.length > 0 ? { ...file, layers } : null;
}
