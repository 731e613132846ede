/**
 * Why a cell is no number, amount, date or identifier (src/lib/import/values): short reasons
 * in Bahasa Indonesia here, English in ./en/values.ts (same keys); `valueText` is the page's
 * language. The parsers add the quoted cell after a reason without a full stop (`Bukan angka:
 * "abc".`). The import worker and Node have no page language, so rejected rows of an import
 * are listed in Indonesian.
 */
import type { DateFormat } from '../import/values/date';
import { localized } from './language';
import { valuesEnglish } from './en/values';

/** Value reasons in Bahasa Indonesia. */
export const valuesIndonesian = {
  notNumber: 'Bukan angka',
  doubleSign: 'Tanda minus atau plus ganda',
  exponentTooLarge: 'Eksponen terlalu besar',
  mixedThousands: 'Pemisah ribuan bercampur',
  thousandsGroups: 'Kelompok ribuan harus tiga angka',
  manyDecimalMarks: (mark: string) => `Lebih dari satu tanda desimal "${mark}"`,
  styleMismatch: (mark: string) => `Tidak cocok dengan gaya angka kolom (desimal "${mark}")`,
  digitsAfterMark: 'Tanda desimal harus diikuti angka',
  notDate: 'Bukan tanggal yang dikenali',
  notInFormat: (format: string) => `Tidak sesuai format tanggal ${format}`,
  /** Date formats as notInFormat names them. */
  dateFormats: {
    iso: 'ISO (2025-03-25)',
    dmy: 'hari/bulan/tahun',
    mdy: 'bulan/hari/tahun',
    'id-long': 'tanggal bulan tahun (25 Maret 2022)',
    'en-long': 'bahasa Inggris (Jul 3, 2025)',
    'excel-serial': 'nomor seri Excel'
  } satisfies Record<DateFormat, string>,
  noSuchDate: 'Tanggal tidak ada di kalender',
  /** After noSuchDate, when the other order would be a real date. */
  dayMonthSwapped: '(urutan hari dan bulan terbalik?)',
  fourDigitYear: 'Tahun harus ditulis empat angka',
  clockUnknown: 'Bagian jam tidak dikenali',
  meridiemHour: 'Jam AM/PM harus antara 1 dan 12',
  noSuchTime: 'Jam tidak ada',
  zoneUnknown: 'Zona waktu tidak dikenali',
  dateOutOfRange: 'Tanggal di luar rentang',
  serialImplausible: 'Angka ini tidak tampak seperti tanggal (nomor seri Excel di luar tahun 1950–2100)',
  serialRange: (min: number, max: number) => `Nomor seri tanggal Excel harus antara ${min} dan ${max}`,
  serialLeapDay: 'Nomor seri 60 adalah 29 Februari 1900 yang tidak pernah ada',
  /** A whole sentence: the cell is not quoted after it. */
  ruinedByExcel: 'Angka identitas sudah dirusak menjadi notasi ilmiah oleh Excel; ekspor ulang kolom ini sebagai teks.'
};

export const valueText = localized({ id: valuesIndonesian, en: valuesEnglish });
