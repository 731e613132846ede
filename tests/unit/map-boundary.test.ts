/**
 * Boundary files: recognising them among data files, and matching their shapes to the 38
 * provinces. The real file stays in ../shared (CC BY 4.0, never copied into the project);
 * those tests skip when it is absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Polygon } from 'geojson';
import { looksLikeBoundary, matchProvinces, recogniseBoundary, type BoundaryFile } from '../../src/lib/map/boundary-file';
import { parseStoredBoundary } from '../../src/lib/map/boundary-state.svelte';
import { boundaryViews } from '../../src/lib/map/map-view';
import { regionsFromCsv } from '../../src/lib/import/regions';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL = join(ROOT, '..', 'shared', 'data', 'geo', 'indonesia-38-provinces.topo.json');
const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
// The same names the database's wilayah table holds.
const provinces = regionsFromCsv(readFileSync(join(idnDir, 'provinces.csv'), 'utf8'), readFileSync(join(idnDir, 'regencies.csv'), 'utf8'))
  .filter((r) => r.jenis === 'provinsi')
  .map(({ kode, nama }) => ({ kode, nama }));

/** A small square at (x, y), wound counter-clockwise as RFC 7946 asks. */
function square(properties: Record<string, unknown>, x = 110, y = -7): Feature<Polygon> {
  const ring = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]];
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } };
}

function collection(...features: Feature[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function recognised(text: string): BoundaryFile {
  const file = recogniseBoundary(text);
  expect(file).not.toBeNull();
  return file!;
}

describe.skipIf(!existsSync(REAL))('the real 38-province TopoJSON', () => {
  const text = existsSync(REAL) ? readFileSync(REAL, 'utf8') : '';

  it('is recognised as a boundary file from its first bytes and in full', () => {
    expect(looksLikeBoundary(text.slice(0, 1024))).toBe(true);
    const file = recognised(text);
    expect(file.format).toBe('topojson');
    expect(file.layers.map((l) => [l.name, l.features.length])).toEqual([['indonesia-38-prov-topo', 38]]);
  });

  it('matches all 38 provinces once each, the four Papua provinces of 2022 by name', () => {
    const match = matchProvinces(recognised(text), provinces);
    expect(match.unmatched).toEqual([]);
    expect(match.missing).toEqual([]);
    expect(match.features.map((f) => f.properties.kode)).toEqual(provinces.map((p) => p.kode).sort());
    expect(match.byName).toBe(38);
    const papua = Object.fromEntries(match.features.filter((f) => f.properties.kode >= '91').map((f) => [f.properties.kode, f.properties.sumber]));
    // The file gives these the parent's code (91 or 92) in KODE_PROV; the name decides.
    expect(papua).toEqual({
      '91': ['Papua'],
      '92': ['Papua Barat'],
      '93': ['Papua Selatan'],
      '94': ['Papua Tengah'],
      '95': ['Papua Pegunungan'],
      '96': ['Papua Barat Daya']
    });
  });

  it('gives every province exactly one shape to draw, wound the way d3 reads it', () => {
    const match = matchProvinces(recognised(text), provinces);
    const { shapes, unshaped } = boundaryViews(match.features, [], []);
    expect(shapes).toHaveLength(38);
    expect(unshaped).toEqual([]);
    const jateng = match.features.find((f) => f.properties.kode === '33')!;
    expect(['Polygon', 'MultiPolygon']).toContain(jateng.geometry.type);
  });
});

describe('recognising boundary files', () => {
  it('leaves data files alone: a JSON array of records, an API reply, CSV, broken JSON', () => {
    const records = JSON.stringify([{ kd_rup: '1', nama_paket: 'Polygon', type: 'Feature' }]);
    expect(looksLikeBoundary(records)).toBe(false);
    expect(recogniseBoundary(records)).toBeNull();
    expect(recogniseBoundary(JSON.stringify({ status: 'ok', data: [{ kd_rup: 1 }] }))).toBeNull();
    expect(recogniseBoundary('kd_rup,nama_paket\n1,"Feature"\n')).toBeNull();
    expect(recogniseBoundary('{"type": "FeatureCollection", "features": [')).toBeNull();
  });

  it('leaves GeoJSON without polygons alone (points are no boundaries)', () => {
    const points = collection({ type: 'Feature', properties: { name: 'Aceh' }, geometry: { type: 'Point', coordinates: [96, 4] } });
    expect(recogniseBoundary(points)).toBeNull();
  });

  it('reads a single Feature and a byte-order mark', () => {
    const file = recognised('\uFEFF' + JSON.stringify(square({ name: 'Bali' }, 115, -9)));
    expect(file.format).toBe('geojson');
    expect(file.layers[0]!.features).toHaveLength(1);
  });
});

describe('matching shapes to provinces', () => {
  it('matches other spellings of the names', () => {
    const spellings = [
      ['Provinsi Jawa Tengah', '33'],
      ['Jakarta Raya', '31'],
      ['Daerah Khusus Ibukota Jakarta', '31'],
      ['Daerah Istimewa Yogyakarta', '34'],
      ['Bangka-Belitung', '19'],
      ['Nanggroe Aceh Darussalam', '11'],
      ['PAPUA BARAT DAYA', '96'],
      ['Papua Barat', '92'],
      ['Prop. Sumatra Utara', '12']
    ] as const;
    const text = collection(...spellings.map(([name], i) => square({ NAME_1: name }, 100 + i)));
    const match = matchProvinces(recognised(text), provinces);
    expect(match.unmatched).toEqual([]);
    expect(match.features.map((f) => f.properties.kode)).toEqual(['11', '12', '19', '31', '33', '34', '92', '96']);
    expect(match.features.find((f) => f.properties.kode === '31')!.properties.sumber).toEqual(['Jakarta Raya', 'Daerah Khusus Ibukota Jakarta']);
    expect(match.features.find((f) => f.properties.kode === '31')!.geometry.type).toBe('MultiPolygon');
    expect(match.missing).toHaveLength(38 - 8);
  });

  it('falls back to a 2-digit code only when the name fails and the province is not taken by name', () => {
    const text = collection(
      square({ PROVINSI: 'Papua', KODE_PROV: '91' }),
      square({ PROVINSI: 'Wilayah Tak Dikenal', KODE_PROV: '91' }), // code taken by name: unmatched
      square({ KODE_PROV: 33 }), // no name at all: the code decides
      square({ Propinsi: 'Tanah Antah', kode: '18' })
    );
    const match = matchProvinces(recognised(text), provinces);
    expect(match.features.map((f) => f.properties.kode)).toEqual(['18', '33', '91']);
    expect(match.unmatched).toEqual(['Wilayah Tak Dikenal']);
    expect(match.byName).toBe(1);
    expect(match.byCode).toBe(2);
  });

  it('reports a shape whose name and code match nothing', () => {
    const text = collection(square({ name: 'Bali' }), square({ name: 'Atlantis', id: 'X1' }), square({}));
    const match = matchProvinces(recognised(text), provinces);
    expect(match.features.map((f) => f.properties.kode)).toEqual(['51']);
    expect(match.unmatched).toEqual(['Atlantis', '#3']);
  });

  it('winds outer rings clockwise for d3 (an RFC 7946 square would otherwise fill the globe)', () => {
    const match = matchProvinces(recognised(collection(square({ name: 'Bali' }))), provinces);
    const ring = (match.features[0]!.geometry as Polygon).coordinates[0]!;
    let twiceArea = 0;
    for (let i = 0; i + 1 < ring.length; i++) twiceArea += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(twiceArea).toBeLessThan(0);
  });

  it('stores and reads back a matched boundary, and refuses anything else', () => {
    const match = matchProvinces(recognised(collection(square({ name: 'Bali' }))), provinces);
    const stored = { fileName: 'bali.geojson', loadedAt: '2025-01-01T00:00:00.000Z', features: match.features, unmatched: [], missing: match.missing };
    expect(parseStoredBoundary(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredBoundary('{"fileName": "x"}')).toBeNull();
    expect(parseStoredBoundary('not json')).toBeNull();
  });
});
