// Word lists that make synthetic rows read like Indonesian procurement records. No name
// here belongs to a real vendor or person; they are built from common words.

import type { Rng } from './random.ts';
import type { KategoriId } from './reference.ts';

const BUSINESS_WORDS = [
  'Sinar', 'Karya', 'Cahaya', 'Mitra', 'Bina', 'Putra', 'Berkah', 'Maju', 'Jaya', 'Sumber', 'Mandiri',
  'Anugerah', 'Graha', 'Sentosa', 'Abadi', 'Makmur', 'Sejahtera', 'Utama', 'Nusantara', 'Persada',
  'Lestari', 'Rejeki', 'Tunggal', 'Bersama', 'Gemilang', 'Perkasa', 'Prima', 'Mulia', 'Harapan', 'Indah',
  'Sakti', 'Agung', 'Baru', 'Surya', 'Bumi', 'Tirta', 'Cipta', 'Daya', 'Usaha', 'Sarana'
];
const GIVEN_NAMES = [
  'Siti', 'Sri', 'Dewi', 'Nur', 'Ahmad', 'Budi', 'Agus', 'Eko', 'Dwi', 'Rina', 'Wahyu', 'Yuli', 'Hendra',
  'Joko', 'Ani', 'Rudi', 'Fitri', 'Bambang', 'Slamet', 'Lestari', 'Taufik', 'Indra', 'Ratna', 'Yusuf'
];
const FAMILY_NAMES = [
  'Wahyuni', 'Rahayu', 'Santoso', 'Hidayat', 'Setiawan', 'Susanto', 'Kurniawan', 'Pratama', 'Saputra',
  'Handayani', 'Lubis', 'Siregar', 'Nasution', 'Pangaribuan', 'Wijaya', 'Hakim', 'Syahputra', 'Utami'
];
const KOPERASI_KINDS = ['Koperasi Serba Usaha', 'Koperasi Produsen', 'Koperasi Konsumen', 'Koperasi Wanita'];

function words(rng: Rng, count: number): string {
  const picked: string[] = [];
  while (picked.length < count) {
    const w = rng.pick(BUSINESS_WORDS);
    if (!picked.includes(w)) picked.push(w);
  }
  return picked.join(' ');
}

export type BentukUsaha = 'PT' | 'CV' | 'Firma' | 'Koperasi' | 'UD' | 'Perorangan';

export function vendorName(rng: Rng, bentuk: BentukUsaha): string {
  switch (bentuk) {
    case 'PT':
      return `PT ${words(rng, 2 + rng.int(2))}`;
    case 'CV':
      return `CV ${words(rng, 2 + rng.int(2))}`;
    case 'Firma':
      return `Firma ${rng.pick(FAMILY_NAMES)} dan Rekan`;
    case 'Koperasi':
      return `${rng.pick(KOPERASI_KINDS)} ${words(rng, 2)}`;
    case 'UD':
      return `UD ${words(rng, 2)}`;
    case 'Perorangan':
      return `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
  }
}

// What the buyer wrote: a handful of typical package/order descriptions per category.
const URAIAN: Readonly<Record<KategoriId, readonly string[]>> = {
  katering: ['Belanja makan dan minum rapat', 'Konsumsi kegiatan sosialisasi', 'Makan minum tamu daerah',
    'Nasi kotak dan snack kegiatan pelatihan'],
  atk: ['Belanja alat tulis kantor', 'Kertas dan tinta printer', 'Perlengkapan administrasi kantor'],
  alat_kesehatan: ['Pengadaan alat kesehatan puskesmas', 'Alat kesehatan RSUD', 'Bahan dan alat laboratorium'],
  obat: ['Pengadaan obat-obatan', 'Bahan medis habis pakai', 'Obat program dan vaksin penunjang'],
  tik: ['Pengadaan komputer dan laptop', 'Perangkat jaringan dan server', 'Printer dan scanner'],
  kendaraan: ['Pengadaan kendaraan dinas operasional', 'Kendaraan roda dua penyuluh', 'Ambulans puskesmas'],
  bahan_bangunan: ['Belanja bahan bangunan', 'Semen, besi dan pasir', 'Material rehabilitasi gedung'],
  konstruksi_gedung: ['Pembangunan gedung kantor', 'Rehabilitasi ruang kelas', 'Pembangunan puskesmas pembantu'],
  konstruksi_jalan: ['Peningkatan jalan kabupaten', 'Rekonstruksi jalan dan jembatan', 'Pemeliharaan berkala jalan'],
  konsultansi: ['Jasa konsultansi perencanaan', 'Jasa konsultansi pengawasan', 'Penyusunan dokumen kajian'],
  kebersihan: ['Jasa kebersihan kantor', 'Perlengkapan kebersihan', 'Jasa pengangkutan sampah'],
  seragam: ['Pengadaan pakaian dinas harian', 'Seragam batik pegawai', 'Pakaian olahraga dan atribut'],
  furnitur: ['Pengadaan meja dan kursi kantor', 'Mebel sekolah', 'Lemari arsip'],
  percetakan: ['Cetak dan penggandaan dokumen', 'Cetak spanduk dan baliho', 'Cetak buku laporan'],
  pemeliharaan: ['Pemeliharaan gedung kantor', 'Servis kendaraan dinas', 'Pemeliharaan AC dan peralatan']
};

export function uraian(rng: Rng, kategori: KategoriId): string {
  return rng.pick(URAIAN[kategori]);
}

/** Core agencies (OPD) with the urusan.bidang prefix of their SIPD code, most important first. */
export const OPD: readonly (readonly [string, string])[] = [
  ['4.01', 'Sekretariat Daerah'],
  ['1.01', 'Dinas Pendidikan'],
  ['1.02', 'Dinas Kesehatan'],
  ['1.03', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
  ['5.02', 'Badan Pengelolaan Keuangan dan Aset Daerah'],
  ['4.02', 'Sekretariat DPRD'],
  ['1.02', 'Rumah Sakit Umum Daerah'],
  ['1.04', 'Dinas Perumahan dan Kawasan Permukiman'],
  ['5.01', 'Badan Perencanaan Pembangunan Daerah'],
  ['2.15', 'Dinas Perhubungan'],
  ['1.06', 'Dinas Sosial'],
  ['2.11', 'Dinas Lingkungan Hidup'],
  ['6.01', 'Inspektorat Daerah'],
  ['1.05', 'Satuan Polisi Pamong Praja'],
  ['3.27', 'Dinas Pertanian'],
  ['2.16', 'Dinas Komunikasi dan Informatika'],
  ['2.17', 'Dinas Koperasi dan Usaha Kecil Menengah'],
  ['2.12', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['5.03', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
  ['1.05', 'Badan Penanggulangan Bencana Daerah'],
  ['3.26', 'Dinas Pariwisata'],
  ['3.31', 'Dinas Perindustrian dan Perdagangan'],
  ['2.19', 'Dinas Kepemudaan dan Olahraga'],
  ['2.23', 'Dinas Perpustakaan dan Kearsipan'],
  ['2.07', 'Dinas Tenaga Kerja'],
  ['2.09', 'Dinas Ketahanan Pangan'],
  ['3.25', 'Dinas Perikanan']
];

/** Relative size of an agency's procurement, by name: public works, schools, health lead. */
export function satkerWeight(nama: string): number {
  if (nama.startsWith('Dinas Pekerjaan Umum')) return 4;
  if (nama.startsWith('Dinas Pendidikan') || nama.startsWith('Dinas Kesehatan')) return 3;
  if (nama.startsWith('Rumah Sakit')) return 2.5;
  if (nama.startsWith('Sekretariat Daerah') || nama.startsWith('Dinas Perumahan')) return 1.8;
  if (nama.startsWith('Kecamatan') || nama.startsWith('UPTD') || nama.startsWith('Cabang Dinas')) return 0.4;
  return 1;
}
