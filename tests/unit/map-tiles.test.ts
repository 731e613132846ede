/**
 * The tile-grid map: every Kemendagri province once, on its own cell, with labels; the tone
 * colours readable (WCAG AA) and the map views one per province.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS, tileOf } from '../../src/lib/map/province-tiles';
import { MAP_TONES, TONE_STYLE, type MapRegion } from '../../src/lib/map/map-region';
import { tileViews } from '../../src/lib/map/map-view';
import { regionsFromCsv } from '../../src/lib/import/regions';

const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const provinces = regionsFromCsv(readFileSync(join(idnDir, 'provinces.csv'), 'utf8'), readFileSync(join(idnDir, 'regencies.csv'), 'utf8')).filter(
  (r) => r.jenis === 'provinsi'
);

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('province tiles', () => {
  it('has the 38 Kemendagri provinces, each once, with the same names', () => {
    expect(PROVINCE_TILES).toHaveLength(38);
    expect(new Set(PROVINCE_TILES.map((t) => t.kode)).size).toBe(38);
    expect(PROVINCE_TILES.map((t) => t.kode).sort()).toEqual(provinces.map((p) => p.kode).sort());
    for (const p of provinces) expect(tileOf(p.kode)?.nama).toBe(p.nama);
  });

  it('puts no two tiles on one cell, all inside the grid', () => {
    const cells = PROVINCE_TILES.map((t) => `${t.row},${t.col}`);
    expect(new Set(cells).size).toBe(38);
    for (const t of PROVINCE_TILES) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(TILE_COLUMNS);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(TILE_ROWS);
    }
  });

  it('labels every tile, uniquely, short enough for a tile', () => {
    for (const t of PROVINCE_TILES) {
      expect(t.singkatan).toMatch(/^[A-Z]{3,7}$/);
      expect(t.kodeSingkat).toMatch(/^[A-Z]{2}$/);
    }
    expect(new Set(PROVINCE_TILES.map((t) => t.singkatan)).size).toBe(38);
    expect(new Set(PROVINCE_TILES.map((t) => t.kodeSingkat)).size).toBe(38);
  });

  it('lies roughly like the archipelago: Sumatra west of Kalimantan, Sulawesi and Papua further east, Java south', () => {
    const col = (kode: string) => tileOf(kode)!.col;
    const row = (kode: string) => tileOf(kode)!.row;
    expect(col('11')).toBeLessThan(col('61'));
    expect(col('61')).toBeLessThan(col('72'));
    expect(col('72')).toBeLessThan(col('91'));
    expect(row('33')).toBeGreaterThan(row('62'));
    expect(row('34')).toBeGreaterThan(row('33')); // DIY south of Jawa Tengah
    expect(col('96')).toBeLessThan(col('92')); // Papua Barat Daya west of Papua Barat
  });
});

describe('tone colours', () => {
  it('has a style for every tone, with AA contrast for the text drawn on it', () => {
    for (const tone of MAP_TONES) {
      const style = TONE_STYLE[tone];
      expect(style.label.length).toBeGreaterThan(0);
      expect(contrast(style.fill, style.ink), tone).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(MAP_TONES.map((t) => TONE_STYLE[t].fill)).size).toBe(MAP_TONES.length);
  });
});

describe('tile views', () => {
  it('gives each province one view: its region when the answer has one, else "no data"', () => {
    const regions: MapRegion[] = [
      { kode: '33', nama: 'Jawa Tengah', value: 0.42, text: '42,0 %', tone: 'tercapai' },
      { kode: '99', nama: 'Bukan provinsi', value: 1, text: '100 %', tone: 'sesuai' }
    ];
    const views = tileViews(regions, ['33']);
    expect(views).toHaveLength(38);
    const jateng = views.find((v) => v.kode === '33')!;
    expect(jateng).toMatchObject({ tone: 'tercapai', pressed: true, ariaLabel: 'Jawa Tengah: 42,0 %', singkatan: 'JATENG' });
    const aceh = views.find((v) => v.kode === '11')!;
    expect(aceh).toMatchObject({ tone: 'tidak_dihitung', pressed: false, value: null });
  });
});
