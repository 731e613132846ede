/** The preview step's words in Bahasa Indonesia. */
export const mappingText = {
  title: 'Pemetaan kolom',
  suggested: 'Berkas ini bukan dataset ISB yang dikenal. Berikut usulan pemetaan kolom ke model Telisik; ubah bila perlu.',
  fromPreset: (name: string) => `Kolom berkas ini sama dengan preset "${name}"; pemetaannya dipakai lagi.`,
  reading: 'Cara membaca',
  auto: 'otomatis',
  delimiter: 'Pemisah',
  headerRow: 'Baris judul kolom',
  encoding: 'Pengodean',
  reread: 'Baca ulang',
  target: 'Isi berkas:',
  targets: { transaksi: 'Realisasi (transaksi)', paket_rup: 'Rencana (paket RUP)', anggaran: 'Anggaran (belanja pengadaan)' },
  unused: '— tidak dipakai —',
  fixed: 'nilai tetap untuk semua baris…',
  fixedPlaceholder: 'mis. Kab. Semarang, 2024, blangkon',
  decimal: 'Tanda desimal',
  decimalComma: 'koma (1.234,56)',
  decimalDot: 'titik (1,234.56)',
  dateFormat: 'Format tanggal',
  dateFormats: {
    iso: '2025-03-25',
    dmy: '25/03/2025',
    mdy: '03/25/2025',
    'id-long': '25 Maret 2025',
    'en-long': 'Mar 25, 2025',
    'excel-serial': 'angka tanggal Excel'
  },
  line: 'Baris',
  moreColumns: (shown: number, total: number) =>
    `Pratinjau menampilkan ${shown.toLocaleString('id-ID')} kolom pertama dari ${total.toLocaleString('id-ID')}; semua kolom tetap dapat dipilih di daftar pemetaan di atas.`,
  detectedType: 'jenis terdeteksi',
  savePreset: 'Simpan sebagai preset',
  presetName: 'Nama preset',
  import: 'Impor dengan pemetaan ini',
  discard: 'Batal'
};
