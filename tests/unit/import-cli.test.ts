/**
 * `npm run import` end to end: the browser's pipeline in Node with the same DuckDB-WASM
 * build, on project fixtures and (when ../shared is present) on the real ISB files.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { NON_TENDER_TOTAL, nonTenderCsv } from '../fixtures/isb-fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED_ISB = join(ROOT, '..', 'shared', 'data', 'isb');

function runImport(files: string[], out: string) {
  return spawnSync('npx', ['tsx', 'data/import/cli.ts', ...files, '--out', out], { cwd: ROOT, encoding: 'utf8' });
}

async function csvQuery(sql: string): Promise<Record<string, string | null>[]> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | null>[];
}
const csv = (path: string) => `read_csv('${path}', header=true, all_varchar=true)`;

describe('npm run import', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telisik-import-'));
    writeFileSync(join(dir, 'nontender.csv'), nonTenderCsv());
    // gzip's magic bytes: a file the import cannot read (an empty one is an empty table now).
    writeFileSync(join(dir, 'rusak.csv'), Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
  });

  it('writes the table as read, its canonical tables and the report', async () => {
    const out = join(dir, 'out');
    const run = runImport([join(dir, 'nontender.csv')], out);
    expect(run.status, run.stderr).toBe(0);
    // As read: every value the text it was, the quoted comma and doubled quotes intact.
    const [asRead] = await csvQuery(`SELECT count(*) AS n, max(nama_paket) FILTER (WHERE kd_nontender = '90000003') AS name FROM ${csv(join(out, 'nontender.csv'))}`);
    expect(asRead).toEqual({ n: '4', name: 'Katering rapat "koordinasi"' });
    const [raw] = await csvQuery(`SELECT nilai_kontrak FROM ${csv(join(out, 'nontender.csv'))} WHERE kd_nontender = '90000002'`);
    expect(raw!.nilai_kontrak).toBe('185500000.50');
    // Canonical: plain integer rupiah, canonical column names.
    const [fact] = await csvQuery(`SELECT CAST(sum(CAST(nilai AS BIGINT)) AS VARCHAR) AS total, count(*) AS n, min(kode_wilayah) AS pemda FROM ${csv(join(out, 'nontender.transaksi.csv'))}`);
    // The package without a contract yet is kept as a record with nilai 0 (the ledger's "tanpa nilai").
    expect(fact).toEqual({ total: String(NON_TENDER_TOTAL), n: '4', pemda: '32.04' });
    const report = JSON.parse(readFileSync(join(out, 'nontender.report.json'), 'utf8'));
    expect(report.rowsRead).toBe(4);
    expect(report.rowsRejected).toBe(0);
    expect(report.status).toMatchObject({ selesai: 4, tanpa_nilai: 1 });
    expect(report.dataset.name).toMatch(/NonTender/i);
  });

  it('exits non-zero only for a file it cannot read, and still converts the others', () => {
    const out = join(dir, 'out2');
    const run = runImport([join(dir, 'rusak.csv'), join(dir, 'nontender.csv')], out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('rusak.csv: Berkas ini terkompresi (gzip)');
    expect(existsSync(join(out, 'nontender.transaksi.csv'))).toBe(true);
  });

  describe.skipIf(!existsSync(SHARED_ISB))('on the real ISB files', () => {
    it('reproduces the golden totals of PROVENANCE.md', async () => {
      const out = join(dir, 'real');
      const files = ['d197_2025_rup_paket_penyedia_terumumkan.csv', 'd197_2025_rup_struktur_anggaran_pd.json', 'd107_2025_ecat_paket_epurchasing_v6.json'];
      const run = runImport(files.map((f) => join(SHARED_ISB, f)), out);
      expect(run.status, run.stderr).toBe(0);
      const [rup] = await csvQuery(
        `SELECT count(*) AS n, CAST(sum(CAST(pagu AS BIGINT)) AS VARCHAR) AS pagu,
                CAST(sum(CAST(pagu AS BIGINT)) FILTER (WHERE is_ukm = 'true') AS VARCHAR) AS ukm
         FROM ${csv(join(out, 'd197_2025_rup_paket_penyedia_terumumkan.paket_rup.csv'))}`
      );
      expect(rup).toEqual({ n: '15638', pagu: '1972334737019', ukm: '1591253055361' });
      const [budget] = await csvQuery(`SELECT CAST(sum(CAST(belanja_pengadaan AS BIGINT)) AS VARCHAR) AS total FROM ${csv(join(out, 'd197_2025_rup_struktur_anggaran_pd.anggaran.csv'))}`);
      expect(budget!.total).toBe('2516304995084');
      const [orders] = await csvQuery(`SELECT count(*) AS n, CAST(sum(CAST(nilai AS BIGINT)) AS VARCHAR) AS total FROM ${csv(join(out, 'd107_2025_ecat_paket_epurchasing_v6.transaksi.csv'))}`);
      expect(orders).toEqual({ n: '606', total: '189677834789' });
    });
  });
});
