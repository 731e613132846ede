/**
 * What the file readers tell the user about rows and headers they had to work around, in
 * Bahasa Indonesia (English in ./en/import-read.ts, same keys): each a sentence for the
 * quality report. The import worker and the CLI have no page language and speak Indonesian.
 */
import { localized } from './language';
import { importReadEnglish } from './en/import-read';

const n = (count: number) => count.toLocaleString('id-ID');

/** The first few names, quoted, and how many more there are. */
function someNames(names: readonly string[], shown = 5): string {
  const quoted = names.slice(0, shown).map((name) => `"${name}"`).join(', ');
  return names.length > shown ? `${quoted} dan ${n(names.length - shown)} lainnya` : quoted;
}

export const importReadIndonesian = {
  mixedLineEndings: (kinds: readonly string[]) =>
    `Akhir baris di berkas ini bercampur (${kinds.join(', ')}); setiap jenis dibaca sebagai akhir baris, jadi tidak ada baris yang tergabung.`,
  /** JSON: duplicates inside records (`records` > 0) and/or outside them (the envelope). */
  duplicateKeysJson: (keys: readonly string[], records: number, firstRecord: number | null, firstLine: number) =>
    records > 0
      ? `Kunci ganda dengan nilai berbeda (${someNames(keys)}) ada di ${n(records)} rekaman, pertama rekaman ke-${n(firstRecord ?? 0)} ` +
        `(baris teks ${n(firstLine)}); yang dipakai nilai terakhir.`
      : `Kunci ganda dengan nilai berbeda (${someNames(keys)}) ada di luar rekaman (baris teks ${n(firstLine)}); yang dipakai nilai terakhir.`,
  duplicateKeysNdjson: (keys: readonly string[], lines: number, firstLine: number) =>
    `Kunci ganda dengan nilai berbeda (${someNames(keys)}) ada di ${n(lines)} baris, pertama baris ${n(firstLine)}; yang dipakai nilai terakhir.`,
  badJsonLines: (lines: number, firstLine: number) =>
    lines === 1
      ? `Baris ${n(firstLine)} bukan JSON yang sah; baris itu ditolak dan tercantum di daftar baris yang ditolak.`
      : `${n(lines)} baris bukan JSON yang sah (pertama baris ${n(firstLine)}); semuanya ditolak dan tercantum di daftar baris yang ditolak.`,
  /** The reason of one rejected NDJSON line; `column` is where the text stops being JSON, when known. */
  badJsonReason: (column: number | null) =>
    column === null ? 'Baris ini bukan JSON yang sah.' : `Baris ini bukan JSON yang sah (rusak mulai karakter ke-${n(column)}).`,
  headerQuote: (line: number) =>
    `Baris judul kolom (baris ${n(line)}) memuat tanda kutip tanpa pasangan; tanda kutip itu diabaikan agar judul kolom tidak menelan baris data di bawahnya.`,
  strayQuotes: (rows: number, firstLine: number) =>
    `${n(rows)} baris data memuat tanda kutip tanpa pasangan (pertama baris ${n(firstLine)}); tanda kutip itu dibaca sebagai huruf biasa agar baris-baris sesudahnya tidak tertelan ke dalam satu sel.`,
  headerExtraDelimiter: (line: number, positions: readonly number[]) =>
    `Baris judul kolom (baris ${n(line)}) memiliki pemisah berlebih yang membuat judul kosong di kolom ke-${positions.map(n).join(', ')}; judul kosong itu dibuang agar judul kolom sejajar dengan data.`,
  headerSplit: (line: number, name: string, parts: readonly [string, string]) =>
    `Baris judul kolom (baris ${n(line)}) kekurangan satu pemisah: "${name}" dipisah menjadi "${parts[0]}" dan "${parts[1]}" agar judul kolom sejajar dengan data.`,
  headerShort: (line: number, names: number, width: number) =>
    `Baris judul kolom (baris ${n(line)}) hanya memuat ${n(names)} nama, padahal data memiliki ${n(width)} kolom; kolom tanpa nama diberi nama ` +
    `kolom_${n(names + 1)}${width - names > 1 ? ` sampai kolom_${n(width)}` : ''}. Periksa di pratinjau apakah nama kolom bergeser.`,
  noHeader: (line: number, width: number) =>
    `Berkas ini tampaknya tidak memiliki baris judul kolom: baris ${n(line)} berisi data sejenis dengan baris di bawahnya, jadi dibaca sebagai data dan kolomnya diberi nama kolom_1 sampai kolom_${n(width)}.`,
  headerRows: (lines: readonly number[], example: string) =>
    `Judul kolom terdiri atas ${n(lines.length)} baris (baris ${lines.map(n).join(', ')}); nama per kolom digabung menjadi satu, misalnya "${example}".`,
  multipleTables: (starts: readonly number[], chosen: number, unread: number) =>
    `Berkas ini berisi ${n(starts.length)} tabel (dipisah baris kosong atau baris judul kolom baru), mulai di baris ${starts.map(n).join(', ')}; ` +
    `yang dibaca tabel ke-${n(chosen)}, sehingga ${n(unread)} baris data tabel lain tidak dibaca. Tabel lain dapat dipilih dengan opsi tabel; npm run import menulis setiap tabel ke berkasnya sendiri.`,
  emptyFile: 'Berkas kosong (0 byte): dibaca sebagai tabel tanpa kolom dan tanpa baris.'
} as const;

export const readText = localized({ id: importReadIndonesian, en: importReadEnglish });
