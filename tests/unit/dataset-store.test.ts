/**
 * The worker's dataset store over Node DuckDB (the browser's engine is the same DuckDB 1.4):
 * tables stored before the ledger, a ledger build that fails, the last dataset removed.
 * Test tables arrive as SQL text where the browser sends Arrow IPC.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { DatasetStore } from '../../workers/dataset-store';
import { SAMPLE_DIR } from './global-setup';
import { LEDGER_CONFLICTS_QUESTION, LEDGER_DATASETS_QUESTION, LEDGER_SUMMARY_QUESTION } from '../../src/lib/query/ledger-query';
import { AggregateStore } from '../../workers/aggregate-store';
import { DIMENSIONS, NO_FILTERS, filtersFromSearch } from '../../src/lib/query/filters';
import { kpiQuestion } from '../../src/lib/query/kpi-query';
import { breakdownQuestion } from '../../src/lib/query/breakdown-query';
import { trendQuestion } from '../../src/lib/query/trend-query';

const COLUMNS = ['transaksi_id', 'sumber_data', 'prioritas', 'source_system', 'channel', 'channel_group', 'tahun_anggaran', 'tanggal',
  'kode_wilayah', 'kode_provinsi', 'satker_id', 'kd_rup', 'uraian', 'kategori_id', 'penyedia_id', 'nilai', 'nilai_pdn', 'nilai_umk',
  'basis_umk', 'basis_pdn', 'status'] as const;
type Record_ = Partial<Record<(typeof COLUMNS)[number], string | number | null>>;
const DEFAULTS: Record_ = {
  sumber_data: 'SPSE-NonTenderSelesai', prioritas: 1, source_system: 'spse', channel: 'tender', channel_group: 'tender',
  tahun_anggaran: 2025, tanggal: '2025-03-01', kode_wilayah: '32.04', kode_provinsi: '32', satker_id: 's1', kd_rup: null,
  uraian: 'paket', kategori_id: 'tidak_diketahui', penyedia_id: 'p1', nilai: 100, nilai_pdn: 0, nilai_umk: 0,
  basis_umk: 'dilaporkan', basis_pdn: 'dilaporkan', status: 'selesai'
};
const TYPES: Partial<Record<(typeof COLUMNS)[number], string>> = {
  prioritas: 'SMALLINT', tahun_anggaran: 'SMALLINT', tanggal: 'DATE', nilai: 'BIGINT', nilai_pdn: 'BIGINT', nilai_umk: 'BIGINT'
};

/** A transaksi table as SQL; `legacy` drops the columns tables stored before the ledger lack. */
function transaksi(records: Record_[], legacy = false): Uint8Array {
  const cell = (c: (typeof COLUMNS)[number], v: string | number | null | undefined) =>
    `CAST(${v === null || v === undefined ? 'NULL' : typeof v === 'number' ? v : `'${v}'`} AS ${TYPES[c] ?? 'VARCHAR'}) AS ${c}`;
  const columns = COLUMNS.filter((c) => !legacy || (c !== 'sumber_data' && c !== 'prioritas'));
  const sql = records.map((r) => `SELECT ${columns.map((c) => cell(c, c in r ? r[c] : DEFAULTS[c])).join(', ')}`).join(' UNION ALL ');
  return new TextEncoder().encode(sql);
}

const pull = (seq: number, kind = 'SPSE-NonTenderSelesai') => ({ pulledAt: `2025-10-0${seq + 1}T00:00:00Z`, seq, kind });

describe('DatasetStore', () => {
  let db: DuckDBConnection;
  let store: DatasetStore;
  const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();

  beforeEach(async () => {
    db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(`ATTACH '${join(SAMPLE_DIR, 'telisik.duckdb')}' AS telisik (READ_ONLY)`);
    // The few calls the store makes, on Node DuckDB.
    const conn = {
      query: async (sql: string) => {
        const reader = await db.runAndReadAll(sql);
        return { toArray: () => reader.getRowObjectsJson() };
      },
      insertArrowFromIPCStream: async (sql: Uint8Array, o: { schema: string; name: string }) => {
        await db.run(`CREATE TABLE memory.${o.schema}.${o.name} AS ${new TextDecoder().decode(sql)}`);
      }
    };
    store = new DatasetStore(conn as unknown as AsyncDuckDBConnection);
    await store.refreshViews();
    await store.setSampleVisible(false);
  });

  it('brings tables stored before the ledger to its columns: their kind, and proses as berjalan', async () => {
    await store.load('old_spse', { transaksi: transaksi([{ transaksi_id: 'spse-tender:1', nilai: 100, status: 'proses' }], true) }, pull(0), false);
    await store.load('old_ecat', { transaksi: transaksi([{ transaksi_id: 'ekatalog-v6:9', nilai: 5 }], true) }, pull(1, 'Ecat-PaketEPurchasingV6'), false);
    await store.load('new', { transaksi: transaksi([{ transaksi_id: 'tokodaring:1', nilai: 1, sumber_data: 'Bela-TokoDaringRealisasi' }]) }, pull(2));
    const facts = await rows('SELECT transaksi_id, sumber_data, status, CAST(nilai AS INTEGER) AS nilai FROM fakta_realisasi ORDER BY 1');
    expect(facts).toEqual([
      { transaksi_id: 'ekatalog-v6:9', sumber_data: 'Ecat-PaketEPurchasingV6', status: 'selesai', nilai: 5 },
      { transaksi_id: 'spse-tender:1', sumber_data: 'SPSE-NonTenderSelesai', status: 'berjalan', nilai: 100 },
      { transaksi_id: 'tokodaring:1', sumber_data: 'Bela-TokoDaringRealisasi', status: 'selesai', nilai: 1 }
    ]);
    // Different kinds never replace each other.
    expect(await rows(`SELECT count(*) AS n FROM buku_rekaman WHERE peran = 'diganti'`)).toEqual([{ n: '0' }]);
  });

  it('keeps the previous ledger and views when a build fails, and takes the failed dataset out again', async () => {
    await store.load('good', { transaksi: transaksi([{ transaksi_id: 'k1', nilai: 100 }]) }, pull(0));
    // A table the ledger cannot read (a value that is not a number) must not take the user's figures with it.
    const broken = new TextEncoder().encode(
      `SELECT * REPLACE ('bukan angka' AS nilai) FROM (${new TextDecoder().decode(transaksi([{ transaksi_id: 'k2' }]))})`
    );
    await expect(store.load('broken', { transaksi: broken }, pull(1))).rejects.toThrow();
    expect(await rows('SELECT transaksi_id FROM fakta_realisasi')).toEqual([{ transaksi_id: 'k1' }]);
    expect(await rows(`SELECT count(*) AS n FROM duckdb_schemas() WHERE schema_name = 'ds_broken'`)).toEqual([{ n: '0' }]);
    // The store goes on working.
    await store.load('more', { transaksi: transaksi([{ transaksi_id: 'k3', nilai: 7, sumber_data: 'Bela-TokoDaringRealisasi' }]) }, pull(2));
    expect(await rows('SELECT transaksi_id FROM fakta_realisasi ORDER BY 1')).toEqual([{ transaksi_id: 'k1' }, { transaksi_id: 'k3' }]);
  });

  it('answers the ledger summary from the answers each ledger stored, as the canonical SQL does', async () => {
    await store.setSampleVisible(true);
    await store.load('a', { transaksi: transaksi([{ transaksi_id: 'k1', nilai: 100 }, { transaksi_id: 'k2', status: 'dibatalkan' }]) }, pull(0));
    await store.load('b', { transaksi: transaksi([{ transaksi_id: 'k1', sumber_data: 'SPSE-NonTenderEkontrak-Kontrak', prioritas: 2, nilai: 250 }]) }, pull(1, 'SPSE-NonTenderEkontrak-Kontrak'));
    for (const question of [LEDGER_SUMMARY_QUESTION, LEDGER_DATASETS_QUESTION, LEDGER_CONFLICTS_QUESTION]) {
      expect(await rows(question.fast!.sql)).toEqual(await rows(question.sql));
    }
    // The sample's ledger and the datasets' one both contribute: k1, a conflict of the datasets, is among them.
    const [conflict] = await rows(`${LEDGER_CONFLICTS_QUESTION.fast!.sql.replace('LIMIT 100', '')}`.replace('ORDER BY', "WHERE transaksi_id = 'k1' ORDER BY"));
    expect(conflict).toMatchObject({ transaksi_id: 'k1', nilai_dipakai: '250', selisih: '150' });
    const [summary] = await rows(LEDGER_SUMMARY_QUESTION.fast!.sql);
    expect(Number(summary!.dihitung)).toBeGreaterThan(190_000);
  });

  it("answers every view from aggregates over the datasets' ledger as on the canonical tables, with the sample shown or hidden", async () => {
    const records = [
      { transaksi_id: 'a1', nilai: 100, nilai_umk: 100, penyedia_id: 'p1' },
      { transaksi_id: 'a2', nilai: 50, kode_wilayah: '32.73', penyedia_id: 'p2', status: 'berjalan', basis_umk: 'tidak_diketahui' },
      { transaksi_id: 'a3', nilai: 70, channel: 'toko_daring', channel_group: 'e_purchasing', penyedia_id: 'p1' }
    ];
    await store.load('a', { transaksi: transaksi(records) }, pull(0));
    for (const visible of [true, false]) {
      await store.setSampleVisible(visible);
      const aggregates = new AggregateStore(async (sql) => {
        await db.run(sql);
      });
      await aggregates.reset();
      for (const search of ['', 'pemda=32.04', 'provinsi=32&status=berjalan', 'kanal=toko_daring&tahun=2025']) {
        const filters = search ? filtersFromSearch(new URLSearchParams(search)) : NO_FILTERS;
        const questions = [kpiQuestion(filters), trendQuestion(filters, 2025), ...DIMENSIONS.map((d) => breakdownQuestion(d, filters))];
        await aggregates.prepare(questions.flatMap((q) => q.fast!.aggregates));
        for (const question of questions) {
          await aggregates.ensure(question.fast!.aggregates);
          expect(await rows(question.fast!.sql), `${search} (sample ${visible ? 'shown' : 'hidden'})`).toEqual(await rows(question.sql));
        }
      }
    }
    const [figures] = await rows(kpiQuestion(NO_FILTERS).fast!.sql);
    expect(figures).toMatchObject({ realisasi: '220', realisasi_berjalan: '50', nilai_umk_tidak_diketahui: '50', nilai_epurchasing: '70', penyedia: '2', transaksi: '3' });
  });

  it('counts nothing once the last dataset is removed, and leaves no ledger schema behind', async () => {
    await store.load('only', { transaksi: transaksi([{ transaksi_id: 'k1' }]) }, pull(0));
    await store.drop('only');
    expect(await rows('SELECT count(*) AS n FROM fakta_realisasi')).toEqual([{ n: '0' }]);
    expect(await rows(`SELECT count(*) AS n FROM duckdb_schemas() WHERE schema_name LIKE 'buku_%'`)).toEqual([{ n: '0' }]);
  });

  it('never counts a record whose status is outside the vocabulary', async () => {
    await store.load('odd', { transaksi: transaksi([{ transaksi_id: 'k1', status: 'entah' }, { transaksi_id: 'k2' }]) }, pull(0));
    expect(await rows('SELECT transaksi_id FROM fakta_realisasi')).toEqual([{ transaksi_id: 'k2' }]);
    expect(await rows(`SELECT status_buku FROM buku_transaksi WHERE transaksi_id = 'k1'`)).toEqual([{ status_buku: 'status_tidak_dikenal' }]);
  });
});
