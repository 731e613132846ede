/**
 * One row of a hand-mapped realisation file → transaksi, with the pemda, satker, penyedia
 * and kategori rows it refers to. Columns and keys as the ISB mappers write them
 * (isb/transaksi.ts), with source_system 'manual'.
 *
 * The business key is the file's own id column when the user maps one (within the family of
 * files with the same headers, so two spreadsheets numbering rows 1…N never merge), else a fingerprint
 * of the row's content (date, buyer, vendor, value, description, channel) with its
 * occurrence number: the same export saved as CSV and XLSX gives the same keys, so the
 * ledger counts it once, while two equal purchases in one file stay two transactions.
 */

import type { MappingState } from '../isb/mapping-state';
import { usePenyedia } from '../isb/penyedia';
import type { TransaksiStatus } from '../isb/types';
import { parseIdentifier } from '../values';
import type { ManualBuyers } from './buyer';
import { figuresOf } from './figures';
import { useManualKategori } from './kategori';
import type { ManualNotes } from './notes';
import type { RowReader } from './reader';
import { channelGroupOf, channelOf, statusOf } from './vocab';
import { rowFingerprint } from './fingerprint';

export interface TransaksiRun {
  reader: RowReader;
  state: MappingState;
  notes: ManualNotes;
  buyers: ManualBuyers;
  fileKey: string;
  /**
   * A fingerprint of the file's headers: the ids of one kind of spreadsheet are one family
   * (its CSV and XLSX copies share them), another spreadsheet's row numbers are not.
   */
  headerKey: string;
  /** How often each fingerprint was seen so far in this file. */
  fingerprints: Map<string, number>;
}

/** kanal: a channel code, else 'non_tender' with a notice per unknown word (or for an unmapped field). */
function channelFor(run: TransaksiRun, r: number, line: number): string {
  const text = run.reader.text(r, 'kanal');
  const channel = text === null ? null : channelOf(text);
  if (channel !== null) return channel;
  const shown = text === null ? 'tanpa kanal' : `kanal "${text}"`;
  run.notes.once(
    `kanal:${text ?? ''}`,
    'channel-unknown',
    `Transaksi ${shown} dicatat sebagai non tender; tetapkan kanalnya (kolom atau nilai tetap) bila berkas menyebutnya.`,
    line
  );
  return 'non_tender';
}

/**
 * A file without a status column lists realised purchases. A status word not understood
 * is neither guessed finished nor standing: the row is rejected with the word in the reason.
 */
function statusFor(run: TransaksiRun, r: number, line: number): TransaksiStatus | null {
  if (!run.reader.has('status')) return 'selesai';
  const text = run.reader.text(r, 'status');
  const status = text === null ? null : statusOf(text);
  if (status !== null) return status;
  run.notes.once(
    `status:${text ?? ''}`,
    'status-unknown',
    `Status ${text === null ? 'kosong' : `"${text}"`} tidak dikenal: barisnya ditolak, tidak dihitung sebagai realisasi.`,
    line
  );
  run.state.reject(line, `Status ${text === null ? 'kosong' : `"${text}"`} tidak dikenal.`);
  return null;
}

/** kd_rup as text; a pencatatan-style list ('60832782;45828523') is kept, as the ISB mappers do. */
function kdRupFor(run: TransaksiRun, r: number, line: number): string | null {
  const text = run.reader.text(r, 'kd_rup');
  if (text === null) return null;
  const codes = text.split(';').map((part) => parseIdentifier(part));
  if (codes.some((c) => c.kind === 'invalid')) {
    run.notes.add('value-unreadable', `${run.reader.where('kd_rup')}: "${text}" tidak terbaca; tautan ke RUP dikosongkan.`, line);
    return null;
  }
  const values = codes.flatMap((c) => (c.kind === 'value' ? [c.value] : []));
  return values.length === 0 ? null : values.join(';');
}

function penyediaFor(run: TransaksiRun, r: number, isUmkk: boolean | null): string {
  const nama = run.reader.text(r, 'penyedia');
  const vendor = nama === null ? null : { id: `manual:${nama.replace(/\s+/g, ' ').toUpperCase()}`, nama, bentukText: run.reader.text(r, 'bentuk_usaha') };
  const id = usePenyedia(run.state, vendor);
  // The file's UMKK flag is what the vendor row lacks when its legal form does not say.
  const row = vendor === null ? undefined : run.state.reference('penyedia', id);
  if (row !== undefined && row.is_umkk === null && isUmkk !== null) row.is_umkk = isUmkk;
  return id;
}

export function mapTransaksiRow(run: TransaksiRun, r: number, line: number): void {
  const { reader, state } = run;
  const tanggal = reader.required(r, 'tanggal', reader.date)?.date ?? null;
  const nilaiExact = reader.required(r, 'nilai', reader.money);
  const region = run.buyers.pemda(reader.text(r, 'pemda'), line, reader.where('pemda'));
  const year = reader.parse(r, 'tahun_anggaran', reader.year);
  if (year.kind === 'invalid') state.reject(line, `${reader.where('tahun_anggaran')}: ${year.reason}`);
  const status = statusFor(run, r, line);
  if (tanggal === null || nilaiExact === null || region === null || year.kind === 'invalid' || status === null) return;

  // Without a year of its own a purchase counts in the year it was made.
  const tahun = year.kind === 'value' ? year.value : Number(tanggal.slice(0, 4));
  if (!tanggal.startsWith(`${tahun}-`)) {
    state.notice('date-outside-year', `Tanggal ${tanggal} berada di luar tahun anggaran ${tahun}; baris tetap dimuat.`, line);
  }
  const nilai = state.rupiah(nilaiExact);
  const channel = channelFor(run, r, line);
  const isUmkk = reader.optional(r, 'is_umkk', reader.boolean);
  const figures = figuresOf(reader, state, r, { nilai, channel, isUmkk });
  const ownId = reader.optional(r, 'transaksi_id', reader.id);
  const satkerId = run.buyers.satker(region.kode, reader.text(r, 'satker'), line);
  const uraian = reader.text(r, 'uraian');
  const penyediaId = penyediaFor(run, r, isUmkk);
  const id = ownId === null ? fingerprintId(run, [tanggal, region.kode, satkerId, penyediaId, String(nilai), uraian ?? '', channel]) : `manual:${run.headerKey}:${ownId}`;
  const row = {
    transaksi_id: id,
    sumber_data: `manual:${run.fileKey}`,
    prioritas: 1,
    source_system: 'manual',
    channel,
    channel_group: channelGroupOf(channel),
    tahun_anggaran: tahun,
    tanggal,
    kode_wilayah: region.kode,
    kode_provinsi: region.kode.slice(0, 2),
    satker_id: satkerId,
    kd_rup: kdRupFor(run, r, line),
    uraian: uraian ?? `Transaksi ${ownId ?? `baris ${line}`}`,
    kategori_id: useManualKategori(state, reader.text(r, 'kategori')),
    penyedia_id: penyediaId,
    nilai,
    nilai_pdn: figures.pdn.value,
    nilai_umk: figures.umk.value,
    basis_umk: figures.umk.basis,
    basis_pdn: figures.pdn.basis,
    status
  };
  state.put('transaksi', id, row, line, 0, 'Transaksi');
}

/** `manual:fp:<hash>:<n>`: the n-th row of this file with that content. */
function fingerprintId(run: TransaksiRun, parts: readonly string[]): string {
  const hash = rowFingerprint(parts);
  const n = (run.fingerprints.get(hash) ?? 0) + 1;
  run.fingerprints.set(hash, n);
  return `manual:fp:${hash}:${n}`;
}
