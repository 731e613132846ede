/**
 * The ledger's rules on small hand-made records, one case per rule: the SQL of
 * src/lib/ledger runs in Node DuckDB over two "datasets" (schemas) and a later pull.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ledgerStatements, type LedgerSource } from '../../src/lib/ledger/ledger-sql';
import { DEFAULT_KATEGORI_RULES } from '../../src/lib/kategori';
import { planStatements } from '../../src/lib/ledger/plan-sql';
import { pulledBy } from '../../src/lib/ledger/pull-cutoff';
import { rowsOf } from './helpers/node-duckdb';

const SCHEMA = new URL('../../data/schema.sql', import.meta.url);

type Rec = [id: string, sumber: string, prioritas: number, nilai: number, status: string, penyedia: string, wilayah?: string];

function insert(schema: string, records: Rec[]): string {
  const values = records.map(
    ([id, sumber, prioritas, nilai, status, penyedia, wilayah = '32.04']) =>
      `('${id}', '${sumber}', ${prioritas}, 'spse', 'tender', 'tender', 2025, DATE '2025-03-01', '${wilayah}', '32', 's1', NULL, ` +
      `'uraian ${id}', 'atk', '${penyedia}', ${nilai}, ${Math.floor(nilai / 2)}, ${nilai}, 'dilaporkan', 'dilaporkan', '${status}')`
  );
  return `INSERT INTO ${schema}.transaksi VALUES ${values.join(', ')}`;
}

const A: LedgerSource = { schema: 'a', dataset: 'a', pulledAt: '2025-10-03T00:00:00Z', seq: 0 };
const B: LedgerSource = { schema: 'b', dataset: 'b', pulledAt: '2025-10-03T00:00:00Z', seq: 1 };
const LATER: LedgerSource = { schema: 'c', dataset: 'c', pulledAt: '2025-10-10T00:00:00Z', seq: 2 };

describe('ledger', () => {
  let db: DuckDBConnection;
  const transaction = async (id: string) => (await rowsOf(db, `SELECT * FROM buku.buku_transaksi WHERE transaksi_id = '${id}'`))[0];
  const roles = async (id: string) =>
    (await rowsOf(db, `SELECT dataset || ':' || sumber_data || ':' || peran || ':' || coalesce(alasan, '') AS r FROM buku.buku_rekaman WHERE transaksi_id = '${id}' ORDER BY r`)).map((r) => r.r);

  beforeAll(async () => {
    db = await (await DuckDBInstance.create(':memory:')).connect();
    const ddl = await readFile(SCHEMA, 'utf8');
    for (const schema of ['ref', 'a', 'b', 'c', 'buku']) {
      await db.run(`CREATE SCHEMA ${schema}; SET schema = '${schema}'`);
      if (schema !== 'buku') await db.run(ddl);
    }
    await db.run(`SET schema = 'main'`);
    await db.run(`INSERT INTO ref.penyedia VALUES ('known', 'CV Maju', 'CV', true, 'kecil', true, '32.04'), ('vague', 'X', 'tidak_diketahui', NULL, 'tidak_diketahui', NULL, '32.04')`);
    // Dataset a: selection records (prioritas 1); b: contract records (prioritas 2); c: a later pull of b's kind.
    await db.run(insert('a', [
      ['same', 'Seleksi', 1, 100, 'selesai', 'known'],
      ['zero', 'Seleksi', 1, 0, 'selesai', 'vague'],
      ['gap', 'Seleksi', 1, 1000, 'selesai', 'known'],
      ['cancel', 'Seleksi', 1, 500, 'selesai', 'known'],
      ['novalue', 'Seleksi', 1, 0, 'berjalan', 'known'],
      ['failed', 'Seleksi', 1, 70, 'gagal', 'known'],
      ['alone', 'Seleksi', 1, 40, 'berjalan', 'known']
    ]));
    const contracts: Rec[] = [
      ['same', 'Kontrak', 2, 100, 'selesai', 'vague'],
      ['zero', 'Kontrak', 2, 4965, 'berjalan', 'known'],
      ['gap', 'Kontrak', 2, 1200, 'selesai', 'vague'],
      ['cancel', 'Kontrak', 2, 500, 'dibatalkan', 'known']
    ];
    await db.run(insert('b', [
      ...contracts,
      ['replaced', 'Kontrak', 2, 10, 'selesai', 'known'],
      ['withdrawn', 'Kontrak', 2, 77, 'selesai', 'known'],
      ['other-region', 'Kontrak', 2, 33, 'selesai', 'known', '32.73']
    ]));
    // The later pull of 32.04: one value changed, one contract no longer listed.
    await db.run(insert('c', [...contracts, ['replaced', 'Kontrak', 2, 12, 'selesai', 'known']]));
    // A tender record names neither its package nor its jenis; the RUP package it links to does.
    await db.run(`INSERT INTO a.transaksi VALUES ('nameless', 'Seleksi', 1, 'spse', 'tender', 'tender', 2025, DATE '2025-03-01',
      '32.04', '32', 's1', '111;222', 'Tender 9', 'tidak_diketahui', 'known', 300, 0, 0, 'dilaporkan', 'dilaporkan', 'selesai')`);
    await db.run(`INSERT INTO ref.paket_rup VALUES ('111', 2025, '32.04', 's1', 'Belanja makan dan minum rapat', 'jenis_barang', 'tender', 300, true, true)`);
    for (const sql of ledgerStatements([A, B, LATER], 'buku', { penyedia: 'ref.penyedia', paketRup: 'ref.paket_rup', kategori: DEFAULT_KATEGORI_RULES })) await db.run(sql);
  });

  it('categorises a nameless record by the name of the RUP package its kd_rup names first', async () => {
    const [row] = await rowsOf(db, `SELECT kategori_id, basis_kategori FROM buku.fakta_realisasi WHERE transaksi_id = 'nameless'`);
    expect(row).toEqual({ kategori_id: 'katering', basis_kategori: 'aturan_kata' });
  });

  it('counts a transaction seen in two datasets once, with the contract value and the best-described vendor', async () => {
    const t = (await transaction('same'))!;
    expect([t.status_buku, t.nilai, t.sumber_data, t.penyedia_id, t.jumlah_sumber, t.konflik]).toEqual(['dihitung', 100n, 'Kontrak', 'known', 3, false]);
    expect(await roles('same')).toEqual(['a:Seleksi:digabung:', 'b:Kontrak:diganti:tarikan_lebih_baru', 'c:Kontrak:dihitung:']);
  });

  it('takes the value of the record that has one, and lists 0 against it as a conflict', async () => {
    const t = (await transaction('zero'))!;
    expect([t.status_buku, t.nilai, t.status, t.konflik, t.nilai_min, t.nilai_maks]).toEqual(['dihitung', 4965n, 'berjalan', true, 0n, 4965n]);
  });

  it('prefers the contract record when both have a value, and flags the gap', async () => {
    const t = (await transaction('gap'))!;
    expect([t.nilai, t.konflik, t.penyedia_id]).toEqual([1200n, true, 'known']);
  });

  it('excludes a transaction whose contract record is cancelled, with every record and its reason', async () => {
    expect((await transaction('cancel'))!.status_buku).toBe('dibatalkan');
    expect(await roles('cancel')).toEqual([
      'a:Seleksi:dikecualikan:dibatalkan',
      'b:Kontrak:diganti:tarikan_lebih_baru',
      'c:Kontrak:dikecualikan:dibatalkan'
    ]);
  });

  it('reports standing records without a value and failed ones, never as realisation', async () => {
    expect((await transaction('novalue'))!.status_buku).toBe('tanpa_nilai');
    expect((await transaction('failed'))!.status_buku).toBe('gagal');
    const facts = await rowsOf(db, `SELECT transaksi_id FROM buku.fakta_realisasi ORDER BY 1`);
    expect(facts.map((f) => f.transaksi_id)).toEqual(['alone', 'gap', 'nameless', 'other-region', 'replaced', 'same', 'zero']);
  });

  it('lets a later pull of the same dataset kind replace the earlier one for that pemda and year only', async () => {
    const t = (await transaction('replaced'))!;
    expect([t.nilai, t.dataset, t.jumlah_rekaman, t.jumlah_sumber, t.konflik]).toEqual([12n, 'c', 1, 2, false]);
    expect(await roles('replaced')).toEqual(['b:Kontrak:diganti:tarikan_lebih_baru', 'c:Kontrak:dihitung:']);
    // A contract the later pull no longer lists is gone from the ledger, kept as a snapshot.
    expect(await transaction('withdrawn')).toBeUndefined();
    expect(await roles('withdrawn')).toEqual(['b:Kontrak:diganti:tarikan_lebih_baru']);
    // Pull c holds no 32.73 records: b's record for that pemda stays counted.
    expect((await transaction('other-region'))!.status_buku).toBe('dihitung');
  });

  it('counts the data as pulled on a day: a later pull takes no part before it was made', async () => {
    // LATER was pulled on 10 October: as pulled on 5 October, b's records count again.
    expect(pulledBy([A, B, LATER], '2025-10-05').map((s) => s.dataset)).toEqual(['a', 'b']);
    await db.run('CREATE SCHEMA awal');
    for (const sql of ledgerStatements(pulledBy([A, B, LATER], '2025-10-05'), 'awal', { penyedia: 'ref.penyedia', paketRup: 'ref.paket_rup', kategori: DEFAULT_KATEGORI_RULES })) await db.run(sql);
    const [replaced] = await rowsOf(db, `SELECT nilai, dataset FROM awal.buku_transaksi WHERE transaksi_id = 'replaced'`);
    expect(replaced).toEqual({ nilai: 10n, dataset: 'b' });
    expect((await rowsOf(db, `SELECT status_buku FROM awal.buku_transaksi WHERE transaksi_id = 'withdrawn'`))[0]).toEqual({ status_buku: 'dihitung' });
    // A pull belongs to the day its stamp names (LKPP's wall clock); no day means every pull.
    const at = (pulledAt: string) => ({ pulledAt });
    expect(pulledBy([at('2025-10-05T23:59:59Z'), at('2025-10-06T00:00:00Z')], '2025-10-05')).toEqual([at('2025-10-05T23:59:59Z')]);
    expect(pulledBy([A, B, LATER], null)).toEqual([A, B, LATER]);
  });

  it('carries status, the chosen vendor type and the category basis into the fact table', async () => {
    const [row] = await rowsOf(db, `SELECT status, jenis_penyedia, skala_usaha, basis_kategori FROM buku.fakta_realisasi WHERE transaksi_id = 'zero'`);
    expect(row).toEqual({ status: 'berjalan', jenis_penyedia: 'badan_usaha', skala_usaha: 'kecil', basis_kategori: 'dilaporkan' });
  });

  it('keeps one budget row per satker and year, the latest pull winning', async () => {
    await db.run(`INSERT INTO a.anggaran VALUES (2025, '32.04', 's1', 1000), (2025, '32.04', 's2', 500)`);
    await db.run(`INSERT INTO c.anggaran VALUES (2025, '32.04', 's1', 1100)`);
    for (const sql of planStatements({ anggaran: [A, LATER], paket_rup: [] }, 'buku', 'ref')) await db.run(sql);
    const [budget] = await rowsOf(db, `SELECT CAST(sum(belanja_pengadaan) AS BIGINT) AS b, sum(jumlah_paket) AS p FROM buku.anggaran_pemda`);
    expect(budget).toEqual({ b: 1600n, p: 0n });
  });
});
