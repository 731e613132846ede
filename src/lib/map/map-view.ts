import type { ProvinceFeature } from './province-match';
import { PROVINCE_TILES, type ProvinceTile } from './province-tiles';
import { regionView, regionsByKode, type MapRegion, type RegionView } from './map-region';

/**
 * What each map component draws, worked out from its props: one view per province, so each
 * province becomes exactly one element (tile, path, or listed button) with its data-key.
 */

export type TileView = RegionView & Pick<ProvinceTile, 'row' | 'col' | 'singkatan' | 'kodeSingkat'>;

export function tileViews(regions: readonly MapRegion[], selected: readonly string[]): TileView[] {
  const byKode = regionsByKode(regions);
  const chosen = new Set(selected);
  return PROVINCE_TILES.map((tile) => ({
    ...regionView(tile.kode, tile.nama, byKode, chosen),
    row: tile.row,
    col: tile.col,
    singkatan: tile.singkatan,
    kodeSingkat: tile.kodeSingkat
  }));
}

export type ShapeView = RegionView & { feature: ProvinceFeature };

export interface BoundaryViews {
  shapes: ShapeView[];
  /** Provinces the file has no shape for: listed beside the map so they can still be chosen. */
  unshaped: RegionView[];
}

export function boundaryViews(features: readonly ProvinceFeature[], regions: readonly MapRegion[], selected: readonly string[]): BoundaryViews {
  const byKode = regionsByKode(regions);
  const chosen = new Set(selected);
  const shaped = new Set<string>();
  const shapes = features.map((feature) => {
    shaped.add(feature.properties.kode);
    return { ...regionView(feature.properties.kode, feature.properties.nama, byKode, chosen), feature };
  });
  const unshaped = PROVINCE_TILES.filter((t) => !shaped.has(t.kode)).map((t) => regionView(t.kode, t.nama, byKode, chosen));
  return { shapes, unshaped };
}
