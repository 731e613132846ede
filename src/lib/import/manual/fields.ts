/**
 * What each target table can take from a file. Names are the canonical columns of
 * data/schema.sql where one exists; the rest (pemda, satker, kanal, persen_*, is_umkk,
 * status_pdn, …) are inputs the mapper turns into canonical columns. Synonyms are header
 * texts seen in Indonesian exports (SiRUP screen copies, P3DN recaps, marketplace exports)
 * and their English counterparts; they are compared after normalisation (see header.ts).
 */

import type { FieldSpec, ManualTarget } from './types';

function field(name: string, label: string, kind: FieldSpec['kind'], required: boolean, synonyms: string[]): FieldSpec {
  return { name, label, kind, required, synonyms: [name, ...synonyms] };
}

const PEMDA = field('pemda', 'Pemda (nama atau kode wilayah)', 'region', true, [
  'instansi', 'klpd', 'nama klpd', 'nama instansi', 'kabupaten/kota', 'kab/kota', 'kota/kabupaten', 'kabupaten',
  'kab kota', 'wilayah', 'pemerintah daerah', 'nama pemda', 'daerah', 'kode wilayah', 'kode pemda', 'region'
]);
const TAHUN = (required: boolean) =>
  field('tahun_anggaran', 'Tahun anggaran', 'year', required, ['tahun', 'ta', 'thn anggaran', 'tahun anggaran', 'fiscal year', 'year']);
const SATKER = field('satker', 'Satker / perangkat daerah (kode SIPD atau nama)', 'text', false, [
  'satuan kerja', 'nama satker', 'perangkat daerah', 'nama perangkat daerah', 'opd', 'nama opd', 'skpd', 'nama skpd',
  'unit kerja', 'kd satker str', 'kode satker', 'work unit'
]);
const KD_RUP = (required: boolean) => field('kd_rup', 'Kode RUP', 'identifier', required, ['kode rup', 'id rup', 'rup', 'kd rup paket']);

const TRANSAKSI: FieldSpec[] = [
  field('tanggal', 'Tanggal transaksi', 'date', true, [
    'tgl', 'tanggal transaksi', 'tgl transaksi', 'tgl order', 'tanggal order', 'tanggal pesanan', 'tgl pesanan',
    'tanggal pembelian', 'tanggal kontrak', 'tgl kontrak', 'waktu transaksi', 'date', 'order date', 'transaction date'
  ]),
  field('nilai', 'Nilai transaksi (Rp)', 'money', true, [
    'nilai kontrak', 'nilai transaksi', 'total', 'total harga', 'jumlah', 'valuasi', 'harga', 'realisasi', 'amount',
    'total nilai', 'nilai pesanan', 'total transaksi', 'nilai realisasi', 'total pembayaran', 'grand total', 'total realisasi'
  ]),
  PEMDA,
  TAHUN(false),
  SATKER,
  field('uraian', 'Uraian / nama paket', 'text', false, [
    'nama paket', 'nama pekerjaan', 'deskripsi', 'keterangan', 'nama produk', 'produk', 'nama barang', 'item', 'description'
  ]),
  field('penyedia', 'Penyedia (nama atau ID)', 'text', false, [
    'vendor', 'nama penyedia', 'merchant', 'nama merchant', 'toko', 'nama toko', 'pelaku usaha', 'nama vendor',
    'rekanan', 'penjual', 'supplier', 'seller'
  ]),
  field('bentuk_usaha', 'Bentuk usaha penyedia', 'text', false, ['bentuk usaha', 'bentuk usaha penyedia', 'badan usaha', 'legal form']),
  field('kanal', 'Kanal pengadaan', 'channel', false, [
    'channel', 'metode pengadaan', 'metode pemilihan', 'mtd pemilihan', 'metode', 'cara pengadaan', 'marketplace', 'platform'
  ]),
  field('kategori', 'Kategori', 'text', false, ['kategori produk', 'kategori pengadaan', 'jenis pengadaan', 'komoditas', 'category']),
  field('nilai_umk', 'Nilai UMKK (Rp)', 'money', false, [
    'nilai umkk', 'nilai ukm', 'nilai umkm', 'realisasi umk', 'realisasi umkk', 'realisasi umkm', 'nilai umk kontrak'
  ]),
  field('nilai_pdn', 'Nilai PDN (Rp)', 'money', false, ['realisasi pdn', 'nilai pdn kontrak', 'nilai produk dalam negeri']),
  field('persen_umk', 'Persentase UMKK dari nilai', 'percent', false, [
    'persen umk', '% umk', 'umk %', 'persentase umk', 'persen umkk', '% umkk', 'persentase umkm', 'realisasi umk %', 'realisasi umkk %'
  ]),
  field('persen_pdn', 'Persentase PDN dari nilai', 'percent', false, ['persen pdn', '% pdn', 'pdn %', 'persentase pdn', 'realisasi pdn %']),
  field('is_umkk', 'Penyedia UMKK? (Ya/Tidak)', 'boolean', false, [
    'umkk', 'status umkk', 'ukm', 'status ukm', 'umkm', 'status umkm', 'status penyedia', 'skala usaha', 'kualifikasi usaha'
  ]),
  field('status', 'Status transaksi', 'status', false, [
    'status transaksi', 'status pesanan', 'status order', 'status paket', 'status kontrak', 'state'
  ]),
  KD_RUP(false),
  field('transaksi_id', 'ID transaksi', 'identifier', false, [
    'id transaksi', 'no transaksi', 'nomor transaksi', 'kode transaksi', 'order id', 'id order', 'id pesanan', 'no pesanan',
    'nomor pesanan', 'kode pesanan', 'no order', 'nomor order', 'no invoice', 'nomor invoice', 'invoice', 'id'
  ])
];

const PAKET_RUP: FieldSpec[] = [
  KD_RUP(true),
  field('nama_paket', 'Nama paket', 'text', false, ['paket', 'nama pekerjaan', 'uraian', 'uraian pekerjaan', 'package name']),
  field('pagu', 'Pagu (Rp)', 'money', true, ['pagu anggaran', 'pagu paket', 'nilai pagu', 'total pagu', 'anggaran', 'budget']),
  PEMDA,
  TAHUN(true),
  SATKER,
  field('metode_pengadaan', 'Metode pengadaan', 'channel', false, ['metode', 'metode pemilihan', 'cara pengadaan', 'kanal']),
  field('status_pdn', 'Status PDN (PDN/Non-PDN)', 'boolean', false, ['pdn', 'produk dalam negeri']),
  field('status_ukm', 'Status UKM (UKM/Non-UKM)', 'boolean', false, ['ukm', 'umkk', 'status umkk', 'umkm', 'usaha kecil']),
  field('jenis_pengadaan', 'Jenis pengadaan', 'text', false, ['jenis', 'kategori', 'jenis belanja'])
];

const ANGGARAN: FieldSpec[] = [
  PEMDA,
  TAHUN(true),
  SATKER,
  // A P3DN recap's 'Pagu' per perangkat daerah is its goods/services budget: the same
  // word as RUP's package pagu, so the target choice (suggest.ts) tells them apart.
  field('belanja_pengadaan', 'Belanja pengadaan barang/jasa (Rp)', 'money', true, [
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
