/**
 * The words of INAPROC API Gateway imports, in Bahasa Indonesia: dataset names, what a
 * file that adds no rows holds, and the notices of the normalisation to ISB form.
 */

const n = (count: number) => count.toLocaleString('id-ID');

export const inaprocText = {
  /** The report's "Dikenali sebagai" for an endpoint mapped like its ISB equivalent. */
  mappedName: (label: string, isbId: string) => `INAPROC ${label} (setara ${isbId})`,
  /** The same for an endpoint that is recognised but adds no rows. */
  referenceName: (label: string, isbId: string | null) =>
    `INAPROC ${label}${isbId === null ? '' : ` (setara ${isbId})`}: dikenali, tidak menambah baris`,
  sidecarName: 'Metadata unduhan INAPROC: dikenali, tidak menambah baris',
  noRows: (label: string, about: string) =>
    `Berkas ini adalah INAPROC ${label}: ${about} Berkas dikenali, tetapi tidak menambah baris ke tabel Telisik ` +
    '(tidak ada angka realisasi, rencana, atau anggaran yang dipakai dasbor).',
  noRowsSidecar: (about: string) =>
    `Berkas ini adalah ${about} Berkas dikenali, tetapi tidak menambah baris; impor berkas datanya.`,
  /** What each recognised-only endpoint holds (key: the catalogue id). */
  about: {
    'rup/paket-swakelola-terumumkan': 'paket swakelola SiRUP yang diumumkan (dikerjakan sendiri, bukan oleh penyedia).',
    'rup/paket-anggaran-penyedia': 'baris sumber dana paket penyedia SiRUP (beberapa baris per kd_rup; pagunya sudah ada di RUP paket penyedia).',
    'rup/paket-anggaran-swakelola': 'baris sumber dana paket swakelola SiRUP.',
    'rup/program-master': 'daftar program anggaran SiRUP dengan pagu program (bukan belanja pengadaan).',
    'rup/history-kaji-ulang': 'riwayat kaji ulang (revisi) paket RUP.',
    'tender/pengumuman': 'pengumuman tender SPSE (belum ada nilai kontrak).',
    'tender/peserta-tender': 'peserta dan penawaran tender SPSE.',
    'tender/jadwal-tahapan-tender': 'jadwal tahapan tender SPSE.',
    'tender/jadwal-tahapan-non-tender': 'jadwal tahapan non tender SPSE.',
    'tender/tender-selesai': 'tender selesai tanpa nilai kontrak; nilainya ada di tender-selesai-nilai.',
    'tender/non-tender-pengumuman': 'pengumuman non tender SPSE (belum ada nilai kontrak).',
    'tender/pencatatan-non-tender-realisasi': 'bukti realisasi per pencatatan non tender; nilainya sudah dijumlah di pencatatan-non-tender.',
    'tender/pencatatan-swakelola': 'pencatatan swakelola (bukan belanja kepada penyedia).',
    'tender/pencatatan-swakelola-realisasi': 'bukti realisasi pencatatan swakelola.',
    'ekatalog/e-purchasing-by-produk': 'nilai e-purchasing per produk (tanpa tahun anggaran; pesanannya ada di ekatalog/paket-e-purchasing).',
    'ekatalog/list-kategori-produk': 'daftar kategori produk e-Katalog.',
    'ekatalog/list-produk-penyedia': 'daftar produk seorang penyedia e-Katalog.',
    'ekatalog/penyedia-detail': 'kartu penyedia e-Katalog v6.',
    'ekatalog-archive/instansi-satker': 'daftar satker e-Katalog v5.',
    'unduhan/meta-json': 'keterangan unduhan (endpoint, tahun, jumlah baris) yang disimpan alat pengunduh di samping datanya.',
    'unduhan/metadata-sheet': 'lembar _metadata buku kerja unduhan (endpoint, tahun, jumlah baris).'
  } as Readonly<Record<string, string>>,
  errorReply: (message: string) => `Berkas ini balasan galat API INAPROC, bukan data: ${message}`,
  emptyPage: 'Halaman INAPROC tanpa rekaman (data kosong untuk parameter ini).',
  morePages:
    'Berkas ini satu halaman INAPROC yang bukan halaman terakhir (meta.has_more = true): letakkan semua halaman ' +
    'satu tarikan sekaligus agar digabung menjadi satu dataset.',
  pagesName: (first: string, count: number) => `${first} + ${n(count - 1)} halaman`,
  pagesJoined: (count: number, list: string) => `${n(count)} halaman satu tarikan INAPROC digabung menjadi satu dataset: ${list}.`,
  pageRange: (index: number, name: string, from: number, to: number) =>
    to < from ? `halaman ${index} ${name} (kosong)` : `halaman ${index} ${name} (baris ${n(from)}–${n(to)})`,
  pullIncomplete:
    'Halaman terakhir tarikan ini (meta.has_more = false) tidak ikut diimpor: datasetnya mungkin belum lengkap.',
  pagesAmbiguous: (names: string) =>
    `Halaman INAPROC ${names} tampak berasal dari lebih dari satu tarikan (lebih dari satu halaman terakhir), ` +
    'dan waktunya tidak memisahkannya: setiap halaman diimpor sebagai dataset sendiri. ' +
    'Letakkan halaman setiap tarikan secara terpisah agar digabung.',
  preContract: (status: string) =>
    `Pesanan e-Katalog masih tahap pra-kontrak (${status}): belum realisasi (dataset ISB V6 juga tidak memuatnya).`,
  swasta: 'Pesanan swasta (is_swasta = true), bukan belanja pemerintah.',
  unknownStatus: (statuses: string) =>
    `Status pesanan INAPROC yang belum dikenal (${statuses}) dibaca sebagai pesanan yang berjalan; periksa barisnya.`,
  klpdUnknown: (kode: string) =>
    `e-Katalog v6 INAPROC tidak memuat nama pemda, hanya kode_klpd ${kode}. Impor dahulu berkas lain pemda yang sama ` +
    'yang memuat nama_klpd (RUP, master satker, struktur anggaran, tender), lalu impor berkas ini lagi.',
  noneValues: (count: number) => `${n(count)} nilai teks "None" dari API INAPROC dibaca sebagai kosong.`,
  wallClock: (count: number) =>
    `${n(count)} tanggal INAPROC berakhiran "Z" dibaca sebagai jam dinding WIB (tidak digeser +7 jam), ` +
    'sama dengan tanggal ekspor ISB untuk paket yang sama.'
};
