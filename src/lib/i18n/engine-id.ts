/**
 * What the user reads about the engine's work: stopping slow questions, restarts, start
 * failures. Bahasa Indonesia here, English in ./en/engine.ts (same keys); `engineText` is the
 * page's language.
 */
import { localized } from './language';
import { engineEnglish } from './en/engine';

export const engineIndonesian = {
  queryTimedOut: (seconds: number) =>
    `Pertanyaan ini berjalan lebih dari ${seconds} detik dan dihentikan; mesin data dimulai ulang dan data dimuat kembali. Persempit filter lalu coba lagi.`,
  queryCancelled: 'Pertanyaan ini dibatalkan; mesin data dimulai ulang dan data dimuat kembali.',
  stoppedNotice: 'Pertanyaan yang berjalan terlalu lama dihentikan; mesin data dimulai ulang dan data dimuat kembali. Filter Anda tidak berubah.',
  cancelledNotice: 'Pertanyaan yang sedang berjalan dibatalkan; mesin data dimulai ulang dan data dimuat kembali. Filter Anda tidak berubah.',
  retry: 'Coba lagi',
  pageNotCurrent: 'Grafik di halaman ini tidak dapat diperbarui karena mesin data tidak siap, jadi tidak ada yang diekspor. Muat ulang halaman lalu coba lagi.',
  running: 'Mesin data sedang menghitung…',
  cancel: 'Batalkan',
  workerFailed: 'Mesin data tidak dapat dimuat oleh peramban (berkas program tidak terbaca). Muat ulang halaman; bila tetap gagal, periksa koneksi ke server aplikasi.'
} as const;

export const engineText = localized({ id: engineIndonesian, en: engineEnglish });
