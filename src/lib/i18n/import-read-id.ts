/**
 * What the file readers tell the user about rows they had to work around, in Bahasa
 * Indonesia: each a sentence for the quality report.
 */

const n = (count: number) => count.toLocaleString('id-ID');

/** The first few names, quoted, and how many more there are. */
function someNames(names: readonly string[], shown = 5): string {
  const quoted = names.slice(0, shown).map((name) => `"${name}"`).join(', ');
  return names.length > shown ? `${quoted} dan ${n(names.length - shown)} lainnya` : quoted;
}

export const readText = {
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
    column === null ? 'Baris ini bukan JSON yang sah.' : `Baris ini bukan JSON yang sah (rusak mulai karakter ke-${n(column)}).`
};
