// Small reference tables: kategori, kanal and target.
//
// Targets are rows of data with their legal basis (domain.md: "a target is data, never a
// constant in code"); the generator only seeds the ones the sources quote.

import type { Cell } from './csv-writer.ts';
import type { Region } from './regions.ts';

export type JenisPengadaan = 'barang' | 'jasa_lainnya' | 'konstruksi' | 'konsultansi';

export interface Kategori {
  id: KategoriId;
  nama: string;
  jenis: JenisPengadaan;
  /** Typical domestic-content (PDN) share of a purchase in this category. */
  pdnShare: number;
}

export const KATEGORI = [
  { id: 'katering', nama: 'Katering', jenis: 'jasa_lainnya', pdnShare: 1 },
  { id: 'atk', nama: 'Alat Tulis Kantor', jenis: 'barang', pdnShare: 0.85 },
  { id: 'alat_kesehatan', nama: 'Alat Kesehatan', jenis: 'barang', pdnShare: 0.35 },
  { id: 'obat', nama: 'Obat dan Bahan Medis Habis Pakai', jenis: 'barang', pdnShare: 0.7 },
  { id: 'tik', nama: 'Perangkat TIK', jenis: 'barang', pdnShare: 0.3 },
  { id: 'kendaraan', nama: 'Kendaraan Dinas', jenis: 'barang', pdnShare: 0.45 },
  { id: 'bahan_bangunan', nama: 'Bahan Bangunan', jenis: 'barang', pdnShare: 0.9 },
  { id: 'konstruksi_gedung', nama: 'Konstruksi Gedung', jenis: 'konstruksi', pdnShare: 0.92 },
  { id: 'konstruksi_jalan', nama: 'Konstruksi Jalan dan Jembatan', jenis: 'konstruksi', pdnShare: 0.9 },
  { id: 'konsultansi', nama: 'Jasa Konsultansi', jenis: 'konsultansi', pdnShare: 1 },
  { id: 'kebersihan', nama: 'Jasa Kebersihan', jenis: 'jasa_lainnya', pdnShare: 0.95 },
  { id: 'seragam', nama: 'Pakaian Dinas dan Seragam', jenis: 'barang', pdnShare: 1 },
  { id: 'furnitur', nama: 'Mebel dan Furnitur', jenis: 'barang', pdnShare: 0.98 },
  { id: 'percetakan', nama: 'Percetakan dan Penggandaan', jenis: 'jasa_lainnya', pdnShare: 1 },
  { id: 'pemeliharaan', nama: 'Pemeliharaan Gedung dan Peralatan', jenis: 'jasa_lainnya', pdnShare: 0.9 }
] as const satisfies readonly {
  id: string;
  nama: string;
  jenis: JenisPengadaan;
  pdnShare: number;
}[];

export type KategoriId = (typeof KATEGORI)[number]['id'];

export const KATEGORI_BY_ID: ReadonlyMap<KategoriId, Kategori> = new Map(KATEGORI.map((k) => [k.id, k]));

export type ChannelGroup = 'e_purchasing' | 'tender' | 'non_tender' | 'pencatatan';
export type SourceSystem = 'ekatalog' | 'tokodaring' | 'blangkon' | 'spse';

export const KANAL = [
  { channel: 'katalog_nasional', group: 'e_purchasing', nama: 'E-Katalog Nasional', source: 'ekatalog' },
  { channel: 'katalog_sektoral', group: 'e_purchasing', nama: 'E-Katalog Sektoral', source: 'ekatalog' },
  { channel: 'katalog_lokal', group: 'e_purchasing', nama: 'E-Katalog Lokal', source: 'ekatalog' },
  { channel: 'toko_daring', group: 'e_purchasing', nama: 'Toko Daring', source: 'tokodaring' },
  { channel: 'blangkon', group: 'e_purchasing', nama: 'Blangkon Jateng', source: 'blangkon' },
  { channel: 'tender', group: 'tender', nama: 'Tender', source: 'spse' },
  { channel: 'seleksi', group: 'tender', nama: 'Seleksi', source: 'spse' },
  { channel: 'pengadaan_langsung', group: 'non_tender', nama: 'Pengadaan Langsung', source: 'spse' },
  { channel: 'penunjukan_langsung', group: 'non_tender', nama: 'Penunjukan Langsung', source: 'spse' },
  { channel: 'pencatatan', group: 'pencatatan', nama: 'Pencatatan Non Tender', source: 'spse' }
] as const satisfies readonly { channel: string; group: ChannelGroup; nama: string; source: SourceSystem }[];

export type Channel = (typeof KANAL)[number]['channel'];
export type Kanal = (typeof KANAL)[number];

export const KANAL_BY_CHANNEL: ReadonlyMap<Channel, Kanal> = new Map(KANAL.map((k) => [k.channel, k]));

export function kanalOf(channel: Channel): Kanal {
  const kanal = KANAL_BY_CHANNEL.get(channel);
  if (kanal === undefined) throw new Error(`unknown channel ${channel}`);
  return kanal;
}

/** Marketplaces whose shops are UMKK by rule, so their orders count as UMKK by channel. */
export function isUmkkMarketplace(channel: Channel): boolean {
  return channel === 'toko_daring' || channel === 'blangkon';
}

export function kategoriRows(): Cell[][] {
  return KATEGORI.map((k) => [k.id, k.nama, k.jenis]);
}

export function kanalRows(): Cell[][] {
  return KANAL.map((k) => [k.channel, k.group, k.nama, k.source]);
}

/** Seeded targets; Kota Mojokerto's code is looked up so it follows idn-area-data. */
export function targetRows(regions: readonly Region[]): Cell[][] {
  const mojokerto = regions.find((r) => r.jenis === 'kota' && r.nama === 'Kota Mojokerto');
  if (mojokerto === undefined) throw new Error('Kota Mojokerto is missing from idn-area-data');
  return [
    ['umkk_nasional', 'umkk_anggaran', '0.4000', 'belanja pengadaan barang/jasa',
      'Perpres 16/2018 jo. Perpres 12/2021 Pasal 65', null, 2021, null],
    // Of belanja pengadaan, so measured on epurchasing_anggaran, not on e-purchasing ÷ realisation.
    ['epurchasing_banten', 'epurchasing_anggaran', '0.3000', 'belanja pengadaan perangkat daerah',
      'SE Gubernur Banten 027/1181-BPBJ/2023', '36', 2023, null],
    ['pdn_komitmen_nasional', 'pdn_komitmen', '1.0000', 'komitmen PDN dalam RUP (pagu paket berstatus PDN)',
      'Inpres 2/2022', null, 2022, null],
    ['umkk_kota_mojokerto', 'umkk_anggaran', '0.4000', 'belanja pengadaan barang/jasa',
      'Target Pemerintah Kota Mojokerto', mojokerto.kode, 2023, null]
  ];
}
