/**
 * Pseudonyms of NIK and NPWP at import: keyed, stable across files, joining an NPWP16 with
 * the NIK it equals, never reversible without the key; applied to every text the import keeps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Pseudonymiser, PSEUDONYM_MARK } from '../../src/lib/import/pseudonym';
import { importFile } from '../../src/lib/import/pipeline';
import { regionsFromCsv } from '../../src/lib/import/regions';
import { findPersonalData } from '../../src/lib/masking/mask-text';

const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const regions = regionsFromCsv(readFileSync(join(idnDir, 'provinces.csv'), 'utf8'), readFileSync(join(idnDir, 'regencies.csv'), 'utf8'));
const key = (fill: number) => new Uint8Array(32).fill(fill);
const ISB = fileURLToPath(new URL('../../../shared/data/isb', import.meta.url));

describe('Pseudonymiser', () => {
  const a = new Pseudonymiser(key(7));

  it('gives one NIK/NPWP the same pseudonym everywhere, and a different one under another key', () => {
    const nik = '3204011234560001';
    expect(a.text(`NIK ${nik}`)).toBe(new Pseudonymiser(key(7)).text(`NIK ${nik}`));
    expect(a.text(nik)).not.toBe(new Pseudonymiser(key(8)).text(nik));
    expect(a.text(nik)).toMatch(new RegExp(`^nik:${PSEUDONYM_MARK}[a-z]{20}$`));
    // An individual's NPWP16 is their NIK: both become one pseudonym's letters.
    expect(a.of('npwp', nik).split(':')[1]).toBe(a.of('nik', nik).split(':')[1]);
    // Printed NPWP and its digits join; LKPP's hashed token is kept apart from digits.
    expect(a.of('npwp', '01.234.567.8-901.000')).toBe(a.of('npwp', '012345678901000'));
    expect(a.text('spse:npwp:9b4af6505c30c7da')).toMatch(/^spse:npwp:samaran-[a-z]{20}$/);
    expect(a.text('spse:npwp:9b4af6505c30c7da')).toBe(a.text('spse:npwp:9B4AF6505C30C7DA'));
  });

  it('leaves other numbers alone and leaves nothing a pattern would still call personal', () => {
    for (const plain of ['kd_rup 12345678', '1.03.06.2.01.0029.5.2.04.02.01.0008', 'Rp 150.000.000', 'ekatalog:454750']) expect(a.text(plain)).toBe(plain);
    const out = a.text('CV Maju NPWP 01.234.567.8-901.000, pemilik NIK 3204011234560001');
    expect(findPersonalData(out).filter((kind) => kind === 'nik' || kind === 'npwp')).toEqual([]);
    expect(out).toContain('CV Maju');
  });

  it('rejects a key too short to be secret', () => {
    expect(() => new Pseudonymiser(new Uint8Array(8))).toThrow();
  });
});

describe.skipIf(!existsSync(ISB))('pseudonyms on a real SPSE file', () => {
  // E-kontrak has no kd_penyedia: its vendors are known by (LKPP's hashed) NPWP.
  it.each(['d107_2025_spse_nontender_selesai.csv', 'd107_2025_spse_nontender_ekontrak_kontrak.json'])(
    '%s: no NPWP survives in any table cell; totals and distinct vendors are unchanged',
    async (name) => {
      const bytes = new Uint8Array(readFileSync(join(ISB, name)));
      const options = { regions, importedAt: '2026-01-01T00:00:00Z' };
      const plain = await importFile(bytes, name, options);
      const hidden = await importFile(bytes, name, { ...options, pseudonymKey: key(3) });
      expect(hidden.report.pseudonymised).toBe(true);
      const cells = Object.values(hidden.tables).flatMap((rows) => rows.flatMap((row) => Object.values(row)));
      expect(cells.filter((v) => typeof v === 'string' && /npwp:[0-9a-f]{8}/i.test(v))).toEqual([]);
      const rows = (t: typeof plain) => t.tables['transaksi'] ?? [];
      const sum = (t: typeof plain) => rows(t).reduce((s, r) => s + BigInt(r['nilai'] as bigint), 0n);
      expect(rows(hidden).length).toBeGreaterThan(0);
      expect(sum(hidden)).toBe(sum(plain));
      const vendors = (t: typeof plain) => new Set(rows(t).map((r) => r['penyedia_id'])).size;
      expect(vendors(hidden)).toBe(vendors(plain));
      const byNpwp = rows(plain).filter((r) => String(r['penyedia_id']).includes('npwp:')).length;
      if (name.includes('ekontrak')) expect(byNpwp).toBeGreaterThan(0);
      expect(rows(hidden).filter((r) => String(r['penyedia_id']).includes(PSEUDONYM_MARK)).length).toBe(byNpwp);
    }
  );
});
