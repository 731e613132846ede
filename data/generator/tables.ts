// Column order of every output CSV. It must equal data/schema.sql column for column; the
// unit test parses schema.sql and compares, so an edit to the schema cannot drift silently.

export const TABLE_COLUMNS = {
  wilayah: ['kode_wilayah', 'kode_provinsi', 'nama', 'jenis'],
  pemda: ['kode_wilayah', 'kode_provinsi', 'nama_pemda', 'jenis'],
  satker: ['satker_id', 'kode_wilayah', 'kd_satker_str', 'nama_satker'],
  anggaran: ['tahun_anggaran', 'kode_wilayah', 'satker_id', 'belanja_pengadaan'],
  kategori: ['kategori_id', 'nama', 'jenis_pengadaan'],
  penyedia: ['penyedia_id', 'nama_penyedia', 'bentuk_usaha', 'is_badan_usaha', 'skala_usaha', 'is_umkk', 'kode_wilayah'],
  kanal: ['channel', 'channel_group', 'nama', 'source_system'],
  paket_rup: ['kd_rup', 'tahun_anggaran', 'kode_wilayah', 'satker_id', 'nama_paket', 'kategori_id',
    'metode_pengadaan', 'pagu', 'is_pdn', 'is_ukm'],
  transaksi: ['transaksi_id', 'sumber_data', 'prioritas', 'source_system', 'channel', 'channel_group', 'tahun_anggaran', 'tanggal',
    'kode_wilayah', 'kode_provinsi', 'satker_id', 'kd_rup', 'uraian', 'kategori_id', 'penyedia_id', 'nilai',
    'nilai_pdn', 'nilai_umk', 'basis_umk', 'basis_pdn', 'status'],
  target: ['target_id', 'metrik', 'nilai', 'pembanding', 'dasar_hukum', 'kode_wilayah', 'tahun_mulai', 'tahun_akhir'],
  marketplace_pemda: ['marketplace', 'kode_wilayah', 'tanggal_bergabung'],
  marketplace_penyedia: ['marketplace', 'penyedia_id', 'tanggal_daftar']
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLE_COLUMNS;

export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];
