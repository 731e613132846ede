// Region list (idn-area-data → RegionRef) and the name matcher: hand-written names for
// every rule, then LKPP's own masters against the reviewed LKPP→Kemendagri crosswalk.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegionMatcher } from '../../src/lib/import/regions/match-region';
import { pemdaName, properCase, regionsFromCsv } from '../../src/lib/import/regions/region-list';

const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const regions = regionsFromCsv(
  readFileSync(join(idnDir, 'provinces.csv'), 'utf8'),
  readFileSync(join(idnDir, 'regencies.csv'), 'utf8')
);
const matcher = createRegionMatcher(regions);
const code = (name: string, provinceCode?: string) =>
  matcher.matchPemda(name, provinceCode === undefined ? undefined : { provinceCode })?.kode ?? null;

describe('regionsFromCsv', () => {
  it('reads 38 provinces and 514 kabupaten/kota in code order, proper-cased', () => {
    expect(regions.filter((r) => r.jenis === 'provinsi')).toHaveLength(38);
    expect(regions.filter((r) => r.jenis === 'kabupaten')).toHaveLength(416);
    expect(regions.filter((r) => r.jenis === 'kota')).toHaveLength(98);
    const kodes = regions.map((r) => r.kode);
    expect([...kodes].sort()).toEqual(kodes);
    expect(regions.find((r) => r.kode === '32.04')).toEqual({
      kode: '32.04', kodeProvinsi: '32', nama: 'Kabupaten Bandung', jenis: 'kabupaten'
    });
    expect(regions.find((r) => r.kode === '34')?.nama).toBe('DI Yogyakarta');
    expect(regions.find((r) => r.kode === '73.10')?.nama).toBe('Kabupaten Pangkajene dan Kepulauan');
  });

  it('accepts CRLF, rejects a row with the wrong number of fields or an unknown kind', () => {
    const provinces = 'code,name\r\n11,ACEH\r\n';
    expect(regionsFromCsv(provinces, 'code,province_code,name\r\n11.71,11,KOTA BANDA ACEH\r\n')).toEqual([
      { kode: '11', kodeProvinsi: '11', nama: 'Aceh', jenis: 'provinsi' },
      { kode: '11.71', kodeProvinsi: '11', nama: 'Kota Banda Aceh', jenis: 'kota' }
    ]);
    expect(() => regionsFromCsv(provinces, 'code,province_code,name\n11.71,11\n')).toThrow(/line 2/);
    expect(() => regionsFromCsv(provinces, 'code,province_code,name\n11.99,11,DESA X\n')).toThrow(/neither/);
  });

  it('proper-cases like the government writes', () => {
    expect(properCase('DKI JAKARTA')).toBe('DKI Jakarta');
    expect(properCase('KABUPATEN TOLI TOLI')).toBe('Kabupaten Toli Toli');
    expect(pemdaName({ nama: 'Jawa Tengah', jenis: 'provinsi' })).toBe('Pemerintah Provinsi Jawa Tengah');
    expect(pemdaName({ nama: 'Kota Semarang', jenis: 'kota' })).toBe('Pemerintah Kota Semarang');
  });
});

describe('matchPemda and matchProvince, hand-written names', () => {
  it.each([
    ['Bandung (Kab.)', '32.04'],
    ['Bandung (Kota)', '32.73'],
    ['Kabupaten Bandung', '32.04'],
    ['KAB. BANDUNG', '32.04'],
    ['Kab. Bandung', '32.04'],
    ['Kab Bandung', '32.04'],
    ['Kota Bandung', '32.73'],
    ['Pemerintah Kabupaten Bandung', '32.04'],
    ['Pemerintah Daerah Kota Bandung', '32.73'],
    ['Pemkab Bandung', '32.04'],
    ['Pemkot Bandung', '32.73'],
    ['Provinsi Kalimantan Barat', '61'],
    ['Prov. Kalimantan Barat', '61'],
    ['Pemprov Kalimantan Barat', '61'],
    ['Pemerintah Provinsi Kalimantan Barat', '61'],
    ['Provinsi Kep. Riau', '21'],
    ['Provinsi D.K.I. Jakarta', '31'],
    ['Provinsi D.I. Yogyakarta', '34'],
    ['Provinsi Daerah Istimewa Yogyakarta', '34'],
    ['Kab. Toli-Toli', '72.04'],
    ['Kabupaten Tolitoli', '72.04'],
    ['Pangkajene Kepulauan (Kab.)', '73.10'],
    ['Kab. Pangkep', '73.10'],
    ['Kabupaten Pangkajene & Kepulauan', '73.10'],
    ['Kab. Adm. Kepulauan Seribu', '31.01'],
    ['Kepulauan Seribu (Kab.)', '31.01'],
    ['Kota Jakarta Barat', '31.73'],
    ['Kota Administrasi Jakarta Barat', '31.73'],
    ['Kabupaten Batu Bara', '12.19'],
    ['Batubara (Kab.)', '12.19'],
    ['Kota Pare-Pare', '73.72'],
    ['Kota Baru (Kab.)', '63.02'],
    ['Lima Puluh Kota (Kab.)', '13.07'],
    ['Kabupaten Lima Puluh Kota', '13.07'],
    ['Sijunjung(Kab)', '13.03'],
    ['Kendari (Kab.)', '74.02'],
    ['Kota Kendari', '74.71'],
    ['Sungai Penuh (Kab.)', '15.72'],
    ['  kota   BANDUNG  ', '32.73']
  ])('%s → %s', (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it('reports how it matched', () => {
    expect(matcher.matchPemda('Kab. Bandung')).toEqual({
      kode: '32.04', nama: 'Kabupaten Bandung', jenis: 'kabupaten', how: 'exact'
    });
    expect(matcher.matchPemda('Kab. Tolitoli')?.how).toBe('normalised');
    expect(matcher.matchPemda('Toba Samosir (Kab.)')?.how).toBe('alias');
    expect(matcher.matchProvince('Kalimantan Barat')?.how).toBe('exact');
    expect(matcher.matchProvince('Kep. Riau')?.how).toBe('normalised');
    expect(matcher.matchProvince('NAD')?.how).toBe('alias');
  });

  it('never guesses: an ambiguous name is null unless the hint leaves one', () => {
    expect(code('Bandung')).toBeNull();
    expect(code('Bekasi')).toBeNull();
    expect(code('Bandung', '32')).toBeNull(); // both in Jawa Barat
    expect(code('Gorontalo')).toBeNull(); // a province, a kabupaten and a kota
    expect(code('Maluku Utara', '82')).toBeNull(); // a province name without 'Provinsi'
    expect(code('Nduga Tengah', '91')).toBeNull();
    expect(code('')).toBeNull();
    expect(code('Kota')).toBeNull();
    // Bare but unique: Sawahlunto is only a kota.
    expect(code('Sawahlunto')).toBe('13.73');
  });

  it('uses the province hint to pick between regions of the same name', () => {
    // Kabupaten and Kota Jayapura are both in Papua; the hint cannot split them.
    expect(code('Jayapura', '91')).toBeNull();
    expect(code('Kab. Jayapura', '91')).toBe('91.03');
    // A hint that fits no candidate is ignored rather than trusted over a unique name.
    expect(code('Kab. Bandung', '61')).toBe('32.04');
  });

  it('matches provinces by name, abbreviation and spelling', () => {
    const prov = (name: string) => matcher.matchProvince(name)?.kode ?? null;
    expect(prov('Kep. Riau')).toBe('21');
    expect(prov('D.K.I. Jakarta')).toBe('31');
    expect(prov('DKI Jakarta')).toBe('31');
    expect(prov('D.I. Yogyakarta')).toBe('34');
    expect(prov('Daerah Istimewa Yogyakarta')).toBe('34');
    expect(prov('NTB')).toBe('52');
    expect(prov('Bangka Belitung')).toBe('19');
    expect(prov('Provinsi Kalimantan Barat')).toBe('61');
    expect(prov('Kab. Bandung')).toBeNull();
    expect(prov('Atlantis')).toBeNull();
  });
});

const CROSSWALK = fileURLToPath(new URL('../../../shared/data/crosswalk', import.meta.url));
const KABKOTA = join(CROSSWALK, 'lkpp_kabkota_to_kemendagri.csv');
const PROVINSI = join(CROSSWALK, 'lkpp_provinsi_to_kemendagri.csv');

/** The crosswalk CSVs hold no quoted fields (checked), so a plain split reads them. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    expect(cells).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]!]));
  });
}

describe.skipIf(!existsSync(KABKOTA) || !existsSync(PROVINSI))('reviewed LKPP→Kemendagri crosswalk', () => {
  it('matches every LKPP province name to its reviewed code', () => {
    const rows = readCsv(PROVINSI);
    expect(rows.length).toBeGreaterThanOrEqual(76);
    const wrong = rows
      .map((r) => ({ name: r.lkpp_nama_provinsi!, want: r.kemendagri_province_code!, got: matcher.matchProvince(r.lkpp_nama_provinsi!)?.kode }))
      .filter((r) => r.got !== r.want);
    expect(wrong).toEqual([]);
  });

  it('matches every LKPP kabupaten/kota name to its reviewed code, and none where there is none', () => {
    const rows = readCsv(KABKOTA);
    expect(rows.length).toBe(1033);
    const wrong = rows
      .map((r) => {
        const hint = matcher.matchProvince(r.lkpp_nama_provinsi!)?.kode;
        const want = r.match!.startsWith('none') ? null : r.kemendagri_regency_code!;
        const got = matcher.matchPemda(r.lkpp_nama_kabkota!, { provinceCode: hint })?.kode ?? null;
        return { name: r.lkpp_nama_kabkota, hint, want, got };
      })
      .filter((r) => r.got !== r.want);
    expect(wrong).toEqual([]);
  });
});
