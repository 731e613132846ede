/**
 * Building transaksi rows: the fields every realisation source shares, the UMK/PDN figures
 * with their basis, the year check and the primary key.
 *
 * transaksi_id = `${source}:${natural key}` is the business key: SPSE's selection datasets
 * and e-kontrak use the same source for the same package ('spse-nontender:10391894000'), so
 * one contract seen in both files has one key, and the ledger (src/lib/ledger) counts it once.
 * sumber_data names the dataset the record came from; prioritas 2 marks the contract record,
 * whose value wins over the selection record's.
 */

import type { Buyer } from './buyer';
import type { Cells } from './cells';
import type { MappingState } from './mapping-state';
import type { Basis, TransaksiStatus } from './types';

export interface Figure {
  value: bigint;
  basis: Basis;
}

export interface TransaksiFacts {
  /** The ISB dataset id of the record (transaksi.sumber_data). */
  dataset: string;
  /** 2 for a contract record (e-kontrak), 1 otherwise. */
  prioritas: 1 | 2;
  source: string;
  key: string;
  sourceSystem: 'spse' | 'ekatalog' | 'tokodaring';
  channel: string;
  channelGroup: 'tender' | 'non_tender' | 'pencatatan' | 'e_purchasing';
  tahun: number;
  tanggal: string;
  buyer: Buyer;
  kdRup: string | null;
  uraian: string;
  kategoriId: string;
  penyediaId: string;
  nilai: bigint;
  pdn: Figure;
  umk: Figure;
  status: TransaksiStatus;
}

export const UNKNOWN_FIGURE: Figure = { value: 0n, basis: 'tidak_diketahui' };

/** A UMK/PDN value the source reports in `column`; empty or unreadable means unknown, not zero. */
export function reportedFigure(cells: Cells, state: MappingState, r: number, column: string): Figure | string {
  const parsed = cells.money(r, column);
  if (parsed.kind === 'value') return { value: state.rupiah(parsed.value), basis: 'dilaporkan' };
  return parsed.kind === 'empty' ? `${column} kosong` : `${column} tidak terbaca (${parsed.reason})`;
}

/** Both reported figures of a row; a missing one becomes 0 with basis unknown and one notice. */
export function reportedFigures(cells: Cells, state: MappingState, r: number, pdnColumn: string, umkColumn: string): { pdn: Figure; umk: Figure } {
  const pdn = reportedFigure(cells, state, r, pdnColumn);
  const umk = reportedFigure(cells, state, r, umkColumn);
  const problems = [pdn, umk].filter((f): f is string => typeof f === 'string');
  if (problems.length > 0) {
    state.notice(
      'basis-unknown',
      `${problems.join('; ')}: dicatat 0 dengan dasar "tidak diketahui" (tidak berarti non-UMK/non-PDN).`,
      cells.line(r)
    );
  }
  return {
    pdn: typeof pdn === 'string' ? UNKNOWN_FIGURE : pdn,
    umk: typeof umk === 'string' ? UNKNOWN_FIGURE : umk
  };
}

export function addTransaksi(state: MappingState, facts: TransaksiFacts, line: number, rank = 0): void {
  if (!facts.tanggal.startsWith(`${facts.tahun}-`)) {
    state.notice(
      'date-outside-year',
      `Tanggal ${facts.tanggal} berada di luar tahun anggaran ${facts.tahun}; baris tetap dimuat.`,
      line
    );
  }
  const id = `${facts.source}:${facts.key}`;
  const row = {
    transaksi_id: id,
    sumber_data: facts.dataset,
    prioritas: facts.prioritas,
    source_system: facts.sourceSystem,
    channel: facts.channel,
    channel_group: facts.channelGroup,
    tahun_anggaran: facts.tahun,
    tanggal: facts.tanggal,
    kode_wilayah: facts.buyer.kodeWilayah,
    kode_provinsi: facts.buyer.kodeProvinsi,
    satker_id: facts.buyer.satkerId,
    kd_rup: facts.kdRup,
    uraian: facts.uraian,
    kategori_id: facts.kategoriId,
    penyedia_id: facts.penyediaId,
    nilai: facts.nilai,
    nilai_pdn: facts.pdn.value,
    nilai_umk: facts.umk.value,
    basis_umk: facts.umk.basis,
    basis_pdn: facts.pdn.basis,
    status: facts.status
  };
  state.put('transaksi', id, row, line, rank, 'Transaksi');
}
