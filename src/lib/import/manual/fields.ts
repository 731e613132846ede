/**
 * What each target table can take from a file. Names are the canonical columns of
 * data/schema.sql where one exists; the rest (pemda, satker, kanal, persen_*, is_umkk,
 * status_pdn, …) are inputs the mapper turns into canonical columns. Synonyms are header
 * texts seen in Indonesian exports (SiRUP screen copies, P3DN recaps, marketplace exports)
 * and their English counterparts; they are compared after normalisation (see header.ts).
 * Labels are in the dictionary (src/lib/i18n/mapping-id.ts, `fieldLabels`), in the page's
 * language; a field without a label there does not type-check.
 */

import { mappingText } from '../../i18n/mapping-id';
import type { FieldSpec, ManualTarget } from './types';

type FieldName = keyof typeof mappingText.fieldLabels;

function field(name: FieldName, kind: FieldSpec['kind'], required: boolean, synonyms: string[]): FieldSpec {
  return { name, label: mappingText.fieldLabels[name], kind, required, synonyms: [name, ...synonyms] };
}

const PEMDA = field('pemda', 'region', true, [
  'instansi', 'klpd', 'nama klpd', 'nama instansi', 'kabupaten/kota', 'kab/kota', 'kota/kabupaten', 'kabupaten',
  'kab kota', 'wilayah', 'pemerintah daerah', 'nama pemda', 'daerah', 'kode wilayah', 'kode pemda', 'region'
]);
const TAHUN = (required: boolean) =>
  field('tahun_anggaran', 'year', required, ['tahun', 'ta', 'thn anggaran', 'tahun anggaran', 'fiscal year', 'year']);
const SATKER = field('satker', 'text', false, [
  'satuan kerja', 'nama satker', 'perangkat daerah', 'nama perangkat daerah', 'opd', 'nama opd', 'skpd', 'nama skpd',
  'unit kerja', 'kd satker str', 'kode satker', 'work unit'
]);
const KD_RUP = (required: boolean) => field('kd_rup', 'identifier', required, ['kode rup', 'id rup', 'rup', 'kd rup paket']);

const TRANSAKSI: FieldSpec[] = [
  field('tanggal', 'date', true, [
    'tgl', 'tanggal transaksi', 'tgl transaksi', 'tgl order', 'tanggal order', 'tanggal pesanan', 'tgl pesanan',
    'tanggal pembelian', 'tanggal kontrak', 'tgl kontrak', 'waktu transaksi', 'date', 'order date', 'transaction date'
  ]),
  field('nilai', 'money', true, [
    'nilai kontrak', 'nilai transaksi', 'total', 'total harga', 'jumlah', 'valuasi', 'harga', 'realisasi', 'amount',
    'total nilai', 'nilai pesanan', 'total transaksi', 'nilai realisasi', 'total pembayaran', 'grand total', 'total realisasi'
  ]),
  PEMDA,
  TAHUN(false),
  SATKER,
  field('uraian', 'text', false, [
    'nama paket', 'nama pekerjaan', 'deskripsi', 'keterangan', 'nama produk', 'produk', 'nama barang', 'item', 'description'
  ]),
  field('penyedia', 'text', false, [
    'vendor', 'nama penyedia', 'merchant', 'nama merchant', 'toko', 'nama toko', 'pelaku usaha', 'nama vendor',
    'rekanan', 'penjual', 'supplier', 'seller'
  ]),
  field('bentuk_usaha', 'text', false, ['bentuk usaha', 'bentuk usaha penyedia', 'badan usaha', 'legal form']),
  field('kanal', 'channel', false, [
    'channel', 'metode pengadaan', 'metode pemilihan', 'mtd pemilihan', 'metode', 'cara pengadaan', 'marketplace', 'platform'
  ]),
  field('kategori', 'text', false, ['kategori produk', 'kategori pengadaan', 'jenis pengadaan', 'komoditas', 'category']),
  field('nilai_umk', 'money', false, [
    'nilai umkk', 'nilai ukm', 'nilai umkm', 'realisasi umk', 'realisasi umkk', 'realisasi umkm', 'nilai umk kontrak'
  ]),
  field('nilai_pdn', 'money', false, ['realisasi pdn', 'nilai pdn kontrak', 'nilai produk dalam negeri']),
  field('persen_umk', 'percent', false, [
    'persen umk', '% umk', 'umk %', 'persentase umk', 'persen umkk', '% umkk', 'persentase umkm', 'realisasi umk %', 'realisasi umkk %'
  ]),
  field('persen_pdn', 'percent', false, ['persen pdn', '% pdn', 'pdn %', 'persentase pdn', 'realisasi pdn %']),
  field('is_umkk', 'boolean', false, [
    'umkk', 'status umkk', 'ukm', 'status ukm', 'umkm', 'status umkm', 'status penyedia', 'skala usaha', 'kualifikasi usaha'
  ]),
  field('status', 'status', false, [
    'status transaksi', 'status pesanan', 'status order', 'status paket', 'status kontrak', 'state'
  ]),
  KD_RUP(false),
  field('transaksi_id', 'identifier', false, [
    'id transaksi', 'no transaksi', 'nomor transaksi', 'kode transaksi', 'order id', 'id order', 'id pesanan', 'no pesanan',
    'nomor pesanan', 'kode pesanan', 'no order', 'nomor order', 'no invoice', 'nomor invoice', 'invoice', 'id'
  ])
];

const PAKET_RUP: FieldSpec[] = [
  KD_RUP(true),
  field('nama_paket', 'text', false, ['paket', 'nama pekerjaan', 'uraian', 'uraian pekerjaan', 'package name']),
  field('pagu', 'money', true, ['pagu anggaran', 'pagu paket', 'nilai pagu', 'total pagu', 'anggaran', 'budget']),
  PEMDA,
  TAHUN(true),
  SATKER,
  field('metode_pengadaan', 'channel', false, ['metode', 'metode pemilihan', 'cara pengadaan', 'kanal']),
  field('status_pdn', 'boolean', false, ['pdn', 'produk dalam negeri']),
  field('status_ukm', 'boolean', false, ['ukm', 'umkk', 'status umkk', 'umkm', 'usaha kecil']),
  field('jenis_pengadaan', 'text', false, ['jenis', 'kategori', 'jenis belanja'])
];

const ANGGARAN: FieldSpec[] = [
  PEMDA,
  TAHUN(true),
  SATKER,
  // A P3DN recap's 'Pagu' per perangkat daerah is its goods/services budget: the same
  // word as RUP's package pagu, so the target choice (suggest.ts) tells them apart.
  field('belanja_pengadaan', 'money', true, [
    'belanja barang jasa', 'belanja barang dan jasa', 'anggaran pengadaan', 'total belanja pengadaan', 'pagu pengadaan',
    'anggaran belanja pengadaan', 'pagu', 'procurement budget'
  ])
];

export const MANUAL_FIELDS: Record<ManualTarget, FieldSpec[]> = {
  transaksi: TRANSAKSI,
  paket_rup: PAKET_RUP,
  anggaran: ANGGARAN
};

export const MANUAL_TARGETS: readonly ManualTarget[] = ['transaksi', 'paket_rup', 'anggaran'];

export function fieldOf(target: ManualTarget, name: string): FieldSpec | undefined {
  return MANUAL_FIELDS[target].find((f) => f.name === name);
}
