/**
 * The UMK and PDN figures of a hand-mapped transaction, each with its basis so an auditor
 * can judge it. A figure the file reports (rupiah, else a share of nilai) beats an
 * inference: the vendor's UMKK flag gives all of nilai or nothing, and the channel rule
 * (toko daring and Blangkon admit only UMKK shops) says nothing about a particular row.
 * Nothing infers PDN: neither a vendor's size nor a marketplace says the goods are domestic.
 */

import type { MappingState } from '../isb/mapping-state';
import type { Row } from '../isb/types';
import type { ImportMessage } from '../raw-table';
import { UNKNOWN_FIGURE, type Figure } from '../isb/transaksi';
import type { RowReader } from './reader';

/** Channels that by their own rule sell only from UMKK shops. */
const UMKK_CHANNELS = new Set(['toko_daring', 'blangkon']);

function reported(reader: RowReader, state: MappingState, r: number, nilai: bigint, money: string, percent: string): Figure | null {
  const value = reader.optional(r, money, reader.money);
  if (value !== null) return { value: state.rupiah(value), basis: 'dilaporkan' };
  const share = reader.optional(r, percent, reader.percent);
  if (share === null) return null;
  return { value: state.rupiah({ units: nilai * share.units, scale: share.scale }), basis: 'dilaporkan' };
}

export interface RowFigures {
  umk: Figure;
  pdn: Figure;
}

export function figuresOf(
  reader: RowReader,
  state: MappingState,
  r: number,
  facts: { nilai: bigint; channel: string; isUmkk: boolean | null }
): RowFigures {
  const { nilai, channel, isUmkk } = facts;
  const umk =
    reported(reader, state, r, nilai, 'nilai_umk', 'persen_umk') ??
    (isUmkk !== null ? { value: isUmkk ? nilai : 0n, basis: 'status_penyedia' } : null) ??
    (UMKK_CHANNELS.has(channel) ? { value: nilai, basis: 'aturan_kanal' } : UNKNOWN_FIGURE);
  const pdn = reported(reader, state, r, nilai, 'nilai_pdn', 'persen_pdn') ?? UNKNOWN_FIGURE;
  return { umk, pdn };
}

/**
 * One notice per file for the figures left unknown, counted on the rows finally loaded
 * (a row superseded by a later one with the same id does not count).
 */
export function basisNotice(rows: readonly Row[]): ImportMessage | null {
  const umk = rows.filter((row) => row.basis_umk === 'tidak_diketahui').length;
  const pdn = rows.filter((row) => row.basis_pdn === 'tidak_diketahui').length;
  if (umk === 0 && pdn === 0) return null;
  const parts = [
    umk > 0 ? `${umk.toLocaleString('id-ID')} transaksi tanpa dasar nilai UMKK` : '',
    pdn > 0 ? `${pdn.toLocaleString('id-ID')} transaksi tanpa dasar nilai PDN` : ''
  ].filter((p) => p !== '');
  return {
    code: 'basis-unknown',
    message:
      `${parts.join(' dan ')}: dicatat 0 dengan dasar "tidak diketahui" (tidak berarti non-UMKK/non-PDN). ` +
      'Petakan kolom nilai/persentase UMKK-PDN atau status UMKK penyedia bila berkas memilikinya.'
  };
}
