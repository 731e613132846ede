/**
 * Labels of the exported files (XLSX sheets, slides, PDF pages, evidence pack): Bahasa
 * Indonesia here, English in ./en/export.ts (same keys); `exportId` is the page's language.
 * The file builders run in the export worker, where the language is always Indonesian, so
 * the files stay Indonesian; the page's own uses (status lines, footers, facts) follow the
 * switch.
 */
import { formatCount } from '../format/number';
import { localized } from './language';
import { exportEnglish } from './en/export';

export const exportIndonesian = {
  appName: 'Telisik',
  sheet: {
    about: 'Keterangan',
    figures: 'Angka',
    sql: 'SQL',
    /** A table sheet whose title is empty after cleaning. */
    table: 'Tabel'
  },
  about: {
    app: 'Aplikasi',
    version: 'Versi aplikasi',
    exportedAt: 'Diekspor pada',
    masking: 'Penyamaran data pribadi',
    maskingOn: 'Aktif',
    maskingOff: 'Tidak aktif',
    title: 'Judul',
    note: 'Catatan',
    url: 'Alamat tampilan',
    asOf: 'Posisi data per',
    table: 'Tabel',
    facts: 'Keterangan tampilan',
    sources: 'Sumber data',
    sql: 'SQL tabel',
    noSources: 'Tidak ada sumber data tercatat.'
  },
  source: {
    fileName: 'Nama berkas',
    size: 'Ukuran (bita)',
    sha256: 'SHA-256',
    importedAt: 'Diimpor pada',
    pulledAt: 'Ditarik pada',
    rows: 'Baris',
    dataset: 'Dataset'
  },
  figure: {
    label: 'Ukuran',
    key: 'Kode',
    display: 'Tampilan',
    value: 'Nilai',
    numerator: 'Pembilang',
    denominator: 'Penyebut',
    ratio: 'Rasio',
    target: 'Target',
    gap: 'Selisih',
    status: 'Status',
    previous: 'Pembanding',
    change: 'Perubahan',
    sql: 'SQL'
  },
  sql: {
    kind: 'Jenis',
    name: 'Nama',
    key: 'Kode',
    statement: 'SQL',
    figure: 'Angka',
    chart: 'Grafik',
    table: 'Tabel',
    /** A statement longer than one spreadsheet cell holds, split over several rows. */
    part: (part: number, parts: number) => `(bagian ${part}/${parts})`
  },
  rowsIncluded: (included: number, total: number) =>
    `Berisi ${formatCount(included)} dari ${formatCount(total)} baris. Untuk semua baris, gunakan ekspor CSV.`,
  rowsShown: (shown: number, total: number) => `${formatCount(shown)} dari ${formatCount(total)} baris`,
  slide: {
    deckTitle: 'Telisik — bahan rakor',
    author: 'Telisik',
    asOf: (day: string) => `Posisi data per ${day}`,
    noAsOf: 'Posisi data tidak tercatat',
    target: 'Target',
    ownTargets: 'Target tiap wilayah',
    moreFigures: (count: number) => `… dan ${formatCount(count)} angka lain (lihat berkas XLSX).`,
    notesFacts: 'Keterangan:',
    notesSql: 'SQL angka:',
    noFigures: 'Tidak ada angka pada tampilan ini.'
  },
  pdf: {
    page: (page: number, pages: number) => `halaman ${page}/${pages}`,
    figures: 'Angka utama',
    noFigures: 'Tidak ada angka pada tampilan ini.'
  },
  pack: {
    readme: [
      'PAKET BUKTI TELISIK',
      '',
      'Paket ini berisi angka satu tampilan Telisik beserta semua yang diperlukan untuk',
      'memeriksanya kembali: kueri SQL yang menghasilkan setiap angka, grafik dan tabel,',
      'keterangan tampilan (filter, tanggal posisi data, pembanding), daftar sumber data',
      'dengan sidik SHA-256 berkasnya, serta versi aplikasi.',
      '',
      'Isi:',
      '  angka.xlsx        angka, tabel dan SQL dalam satu buku kerja',
      '  grafik/           grafik angka tampilan ini (SVG dan PNG 2x, dengan keterangan)',
      '  grafik-layar/     grafik seperti tampil di layar saat ekspor (SVG dan PNG)',
      '  transaksi.csv     semua baris transaksi di balik angka (dengan keterangan di awal)',
      '  sql/              satu berkas per kueri SQL, diawali komentar tentang isinya',
      '  tampilan.json     judul, catatan, alamat, filter dan keterangan tampilan',
      '  dataset.csv       sumber data: nama berkas, ukuran, SHA-256, waktu impor/tarik, baris',
      '  versi.txt         versi aplikasi dan waktu ekspor',
      '  MANIFEST.sha256   sidik SHA-256 setiap berkas paket ini',
      '  manifest.json     daftar yang sama dengan ukuran berkas, dan sidik MANIFEST.sha256',
      '',
      'Cara memeriksa keutuhan paket (setelah diekstrak, dari folder ini):',
      '  Linux:   sha256sum -c MANIFEST.sha256',
      '  macOS:   shasum -a 256 -c MANIFEST.sha256',
      'Setiap baris harus berakhir dengan "OK". Berkas yang diubah walau satu bita akan',
      'dilaporkan "GAGAL"/"FAILED".',
      '',
      'MANIFEST.sha256 tidak memuat dirinya sendiri maupun manifest.json (sidik tidak dapat',
      'memuat dirinya sendiri); sidik MANIFEST.sha256 tercatat di manifest.json.',
      ''
    ].join('\n'),
    sqlWhat: (kind: string, name: string) => `Telisik — ${kind}: ${name}`,
    sqlFilters: 'Filter dan keterangan',
    sqlAsOf: 'Posisi data per',
    sqlNone: '(tidak ada)',
    version: (appVersion: string) => `Telisik ${appVersion}`,
    exportedAt: (exportedAt: string) => `Diekspor pada: ${exportedAt}`,
    csvHeader: ['nama_berkas', 'ukuran_bita', 'sha256', 'diimpor_pada', 'ditarik_pada', 'baris', 'dataset']
  },
  progress: {
    workbook: 'Menyusun buku kerja',
    sheets: 'Menyusun lembar kerja',
    zip: 'Memadatkan berkas',
    slides: 'Menyusun salindia',
    pages: 'Menyusun halaman',
    pack: 'Menyusun paket bukti',
    hashes: 'Menghitung sidik SHA-256',
    done: 'Selesai',
    reading: 'Membaca baris',
    writing: 'Menulis berkas',
    rows: 'Mengambil semua baris transaksi'
  },
  /** The comment lines before a CSV's header. */
  csv: {
    sources: 'Sumber data',
    masking: 'Data pribadi',
    maskingOn: 'disamarkan',
    maskingOff: 'tidak disamarkan',
    rows: 'Baris',
    exportedAt: 'Diekspor pada',
    header: (lines: number) =>
      `${lines} baris keterangan diawali #; kepala kolom ada di baris ${lines + 1} (DuckDB: read_csv(..., skip=${lines}, strict_mode=false); pandas: read_csv(..., skiprows=${lines}))`
  },
  /** What names a view in every export (src/lib/export/view-facts.ts). */
  facts: {
    page: 'Halaman',
    filters: 'Filter',
    noFilters: 'tanpa filter (semua data)',
    asOf: 'Posisi data per',
    latest: 'tanggal transaksi terakhir dalam data',
    comparison: 'Pembanding',
    option: (name: string) =>
      (({
        metrik: 'Angka yang dipilih',
        tingkat: 'Tingkat wilayah',
        sejawat: 'Kelompok sejawat',
        urut: 'Urutan peringkat',
        bandingkan: 'Pemda yang dibandingkan',
        urutan: 'Urutan tabel transaksi',
        rincian: 'Kategori rekonsiliasi',
        halaman: 'Halaman tabel transaksi',
        halaman_rincian: 'Halaman tabel rincian',
        halaman_satker: 'Halaman tabel satker'
      }) as Record<string, string>)[name] ?? name,
    masking: 'Data pribadi',
    maskingOn: 'disamarkan',
    maskingOff: 'tidak disamarkan'
  },
  sources: {
    sampleName: 'Data sampel bawaan Telisik (sintetis)',
    sampleKind: 'sampel',
    notHashed: 'tidak dihitung (berkas lebih dari 256 MB)',
    none: 'tidak ada data dimuat',
    many: (first: string, more: number) => `${first} dan ${more} berkas lain`
  },
  charts: {
    byRegion: (metric: string, level: string, shown: number, total: number) =>
      shown < total ? `${metric} per ${level.toLowerCase()} (${shown} teratas dari ${total})` : `${metric} per ${level.toLowerCase()}`,
    regionTable: (metric: string, level: string) => `${metric} per ${level.toLowerCase()}`,
    trend: 'Kumulatif mingguan tahun anggaran: UMKK dan PDN',
    ownTargets: 'Tanda merah putus-putus: target yang berlaku bagi masing-masing wilayah.'
  },
  columns: {
    code: 'Kode',
    name: 'Nama',
    numerator: 'Pembilang (Rp)',
    denominator: 'Penyebut (Rp)',
    value: 'Nilai',
    target: 'Target'
  },
  tables: {
    rows: 'Transaksi di balik angka'
  },
  errors: {
    stale: 'Data berubah selama ekspor; ulangi ekspor.',
    workerDied: 'proses ekspor berhenti (memori peramban tidak cukup)',
    noCanvas: 'gambar tidak dapat dibuat: kanvas 2D tidak tersedia di peramban ini',
    noPng: 'gambar PNG tidak dapat dibuat',
    noFigures: (title: string) => `Tampilan “${title}” tidak menghasilkan angka.`,
    noViews: 'Tidak ada tampilan untuk diekspor.'
  },
  previousRank: 'Peringkat sebelumnya',
  reconciliation: {
    category: 'Kategori',
    count: 'Jumlah paket/transaksi',
    value: 'Nilai (Rp)',
    realised: 'Realisasi tertaut (Rp)',
    note: 'Keterangan'
  },
  code: 'Kode'
} as const;

export const exportId = localized({ id: exportIndonesian, en: exportEnglish });
