import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** A province's shape: one polygon or several (islands). */
export type Area = Polygon | MultiPolygon;

export function isArea(geometry: Geometry | null | undefined): geometry is Area {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** Twice the signed area of a ring on the lon/lat plane: negative when it runs clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i]!;
    const [x1 = 0, y1 = 0] = ring[i + 1]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/**
 * d3-geo (behind Plot.geo) tells a polygon's inside by its winding: the outer ring runs
 * clockwise, holes the other way. RFC 7946 GeoJSON winds the opposite way, and d3 would
 * then fill the whole globe except the province. Provinces are small and none crosses the
 * antimeridian, so the planar winding in lon/lat is the spherical one.
 */
function orient(polygon: readonly Position[][]): Position[][] {
  return polygon.map((ring, index) => {
    const clockwise = signedArea(ring) < 0;
    const wanted = index === 0;
    return clockwise === wanted ? ring : [...ring].reverse();
  });
}

function polygonsOf(area: Area): Position[][][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

/**
 * One shape from the parts a file gives a province (several features, or one), wound the
 * way d3 reads it, so each province is drawn as one path.
 */
export function mergeAreas(areas: readonly Area[]): Area {
  const polygons = areas.flatMap(polygonsOf).filter((p) => p.length > 0 && p[0]!.length >= 4).map(orient);
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
