/**
 * SPSE contracts → transaksi: SPSE-TenderSelesaiNilai, SPSE-NonTenderSelesai and the
 * e-kontrak Kontrak datasets. All report nilai_pdn_kontrak / nilai_umk_kontrak, so their
 * figures have basis 'dilaporkan'.
 *
 * A signed contract is realisation whatever the progress of the work: status_nontender
 * 'Berlangsung' and status_kontrak 'Kontrak Sedang Berjalan' become 'berjalan', 'Selesai'
 * and 'Kontrak Selesai' become 'selesai' (the user can filter on it). A cancelled or
 * terminated contract is 'dibatalkan'. A package without a contract value yet is kept with
 * nilai 0: the ledger counts it as "tanpa nilai", or takes the value of its e-kontrak record.
 */

import { BuyerResolver } from './buyer';
import type { Cells } from './cells';
import { eachRow, kdRupOf, requiredDate, requiredId, tahunOf, uraianOf } from './fields';
import { useKategori } from './kategori';
import type { MappingState } from './mapping-state';
import { usePenyedia, type VendorFacts } from './penyedia';
import { addTransaksi, reportedFigures, type TransaksiFacts } from './transaksi';
import type { MappingContext, TransaksiStatus } from './types';

type Channel = Pick<TransaksiFacts, 'channel' | 'channelGroup'>;

/**
 * SPSE's method → kanal channel. Tender cepat is a tender (kanal has no row of its own);
 * an unknown non-tender method keeps the group with channel 'non_tender' rather than a guess.
 */
export function spseChannel(method: string | null, tender: boolean): Channel {
  const m = (method ?? '').toLowerCase();
  if (m.includes('seleksi')) return { channel: 'seleksi', channelGroup: 'tender' };
  if (m.includes('tender') || (tender && m === '')) return { channel: 'tender', channelGroup: 'tender' };
  if (m.includes('penunjukan')) return { channel: 'penunjukan_langsung', channelGroup: 'non_tender' };
  if (m.includes('pengadaan langsung')) return { channel: 'pengadaan_langsung', channelGroup: 'non_tender' };
  return tender ? { channel: 'tender', channelGroup: 'tender' } : { channel: 'non_tender', channelGroup: 'non_tender' };
}

/** The vendor: SPSE's kd_penyedia, else the (pseudonymised) NPWP, else the name; e-kontrak has no kd_penyedia. */
function vendorOf(cells: Cells, r: number): VendorFacts | null {
  const nama = cells.text(r, 'nama_penyedia');
  const bentukText = cells.text(r, 'bentuk_usaha_penyedia');
  const kd = cells.id(r, 'kd_penyedia');
  if (kd.kind === 'value') return { id: `spse:${kd.value}`, nama, bentukText };
  const npwp = cells.first(r, ['npwp16_penyedia', 'npwp_16_penyedia', 'npwp_penyedia']);
  if (npwp !== null) return { id: `spse:npwp:${npwp.text.replace(/^npwp:/i, '')}`, nama, bentukText };
  return nama === null ? null : { id: `spse:nama:${nama.toUpperCase()}`, nama, bentukText };
}

interface SpseDataset {
  source: 'spse-tender' | 'spse-nontender';
  keyColumn: string;
  dateColumns: readonly string[];
  kdRupColumn: string;
  /** e-kontrak: one row per contract version; the highest versi_addendum is the contract now. */
  versioned: boolean;
}

const DATASETS: Readonly<Record<string, SpseDataset>> = {
  'SPSE-TenderSelesaiNilai': {
    source: 'spse-tender', keyColumn: 'kd_tender', dateColumns: ['tgl_penetapan_pemenang', 'tgl_pengumuman_tender'],
    kdRupColumn: 'kd_rup_paket', versioned: false
  },
  'SPSE-NonTenderSelesai': {
    source: 'spse-nontender', keyColumn: 'kd_nontender', dateColumns: ['tgl_selesai_nontender', 'tgl_pengumuman_nontender'],
    kdRupColumn: 'kd_rup', versioned: false
  },
  'SPSE-TenderEkontrak-Kontrak': {
    source: 'spse-tender', keyColumn: 'kd_tender', dateColumns: ['tgl_kontrak', 'tgl_kontrak_awal'],
    kdRupColumn: 'kd_rup', versioned: true
  },
  'SPSE-NonTenderEkontrak-Kontrak': {
    source: 'spse-nontender', keyColumn: 'kd_nontender', dateColumns: ['tgl_kontrak', 'tgl_kontrak_awal'],
    kdRupColumn: 'kd_rup', versioned: true
  }
};

export const SPSE_CONTRACT_DATASETS: ReadonlySet<string> = new Set(Object.keys(DATASETS));

/** status_kontrak (e-kontrak) or status_nontender / status_tender (selection datasets). */
export function spseStatus(text: string | null): TransaksiStatus {
  const status = (text ?? '').toLowerCase();
  if (/gagal/.test(status)) return 'gagal';
  if (/batal|putus/.test(status)) return 'dibatalkan';
  if (/berjalan|berlangsung|proses/.test(status)) return 'berjalan';
  return 'selesai';
}

/** The e-kontrak Kontrak datasets are the contract records: their value wins (prioritas 2). */
const CONTRACT_RECORDS: ReadonlySet<string> = new Set(['SPSE-TenderEkontrak-Kontrak', 'SPSE-NonTenderEkontrak-Kontrak']);

export function mapSpseContracts(id: string, cells: Cells, state: MappingState, ctx: MappingContext): void {
  const d = DATASETS[id];
  if (d === undefined) throw new Error(`not an SPSE contract dataset: ${id}`);
  const buyers = new BuyerResolver(ctx, state, cells);
  const tender = d.source === 'spse-tender';
  eachRow(cells, state, (r, line) => {
    const tahun = tahunOf(cells, state, r);
    if (tahun === null) return;
    const key = requiredId(cells, state, r, d.keyColumn);
    if (key === null) return;
    // The selection datasets also list packages without a contract yet (nilai_kontrak 0 or
    // empty, e.g. 981 of 2,130 rows of Kab. Bandung 2025). They are kept with nilai 0: the
    // ledger reports them as "tanpa nilai", unless an e-kontrak record of the package has one.
    const nilaiParsed = cells.money(r, 'nilai_kontrak');
    if (nilaiParsed.kind === 'invalid') return state.reject(line, `Kolom nilai_kontrak: ${nilaiParsed.reason}`);
    const nilai = nilaiParsed.kind === 'empty' ? 0n : state.rupiah(nilaiParsed.value);
    const tanggal = requiredDate(cells, state, r, d.dateColumns);
    if (tanggal === null) return;
    const buyer = buyers.resolve(r, ['nama_klpd']);
    if (buyer === null) return;
    const version = d.versioned ? Number(cells.text(r, 'versi_addendum') ?? '0') : 0;
    const label = `${tender ? 'Tender' : 'Non tender'} ${key}`;
    const facts: TransaksiFacts = {
      dataset: id,
      prioritas: CONTRACT_RECORDS.has(id) ? 2 : 1,
      source: d.source,
      key,
      sourceSystem: 'spse',
      ...spseChannel(cells.text(r, 'mtd_pemilihan') ?? cells.text(r, 'mtd_pengadaan'), tender),
      tahun,
      tanggal,
      buyer,
      kdRup: kdRupOf(cells, r, d.kdRupColumn),
      uraian: uraianOf(cells, r, ['nama_paket'], label),
      kategoriId: useKategori(state, cells.text(r, 'jenis_pengadaan')),
      penyediaId: usePenyedia(state, vendorOf(cells, r)),
      nilai,
      ...reportedFigures(cells, state, r, 'nilai_pdn_kontrak', 'nilai_umk_kontrak'),
      status: spseStatus(cells.text(r, 'status_kontrak') ?? cells.text(r, 'status_nontender') ?? cells.text(r, 'status_tender'))
    };
    addTransaksi(state, facts, line, Number.isFinite(version) ? version : 0);
  });
}
