/**
 * Texts of the personal-data masking ("Samarkan data pribadi"): the tokens that replace a
 * hidden value, the switch, its hint and the status line every export carries. Bahasa
 * Indonesia here, English in ./en/masking.ts (same keys); `maskingId` is the page's language.
 * The tokens contain no digit and no '@', so masking already masked text leaves it unchanged.
 */
import type { ColumnKind } from '../masking/mask-columns';
import { localized } from './language';
import { maskingEnglish } from './en/masking';

const status = {
  on: 'Data pribadi disamarkan',
  off: 'Data pribadi tidak disamarkan'
} as const;

export const maskingIndonesian = {
  token: {
    nik: '[NIK]',
    npwp: '[NPWP]',
    nip: '[NIP]',
    email: '[email]',
    telepon: '[telepon]',
    rekening: '[rekening]',
    nama_pejabat: '[nama pejabat]',
    nama_perorangan: '[nama perorangan]'
  } satisfies Record<ColumnKind, string>,
  /** What each kind is, for summaries such as "3 NIK disamarkan". */
  kind: {
    nik: 'NIK',
    npwp: 'NPWP',
    nip: 'NIP',
    email: 'alamat e-mail',
    telepon: 'nomor telepon',
    rekening: 'nomor rekening bank',
    nama_pejabat: 'nama pejabat',
    nama_perorangan: 'nama orang perseorangan'
  } satisfies Record<ColumnKind, string>,
  toggle: 'Samarkan data pribadi',
  hint:
    'Menyembunyikan NIK, NPWP, NIP, nama pejabat (PPK, pokja, KPA), nama penyedia perseorangan, nomor rekening bank, ' +
    'nomor telepon dan alamat e-mail di layar dan di semua ekspor, juga yang tertulis di dalam teks bebas. ' +
    'Nilai diganti penanda seperti [NIK]; angka, kode paket dan nama instansi tetap tampil.',
  caveat: 'Penyamaran mengikuti nama kolom dan pola tulisan; periksa kembali sebelum membagikan berkas.',
  /** The line an export states its masking with (CSV comment, Keterangan sheet, PDF footer). */
  status,
  statusOf: (masked: boolean): string => (masked ? status.on : status.off)
} as const;

export const maskingId = localized({ id: maskingIndonesian, en: maskingEnglish });
