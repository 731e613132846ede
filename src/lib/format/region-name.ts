/**
 * A pemda's name as a chart label: "Pemerintah Kabupaten Semarang" → "Kab. Semarang",
 * "Pemerintah Kota Surakarta" → "Kota Surakarta", "Pemerintah Provinsi Jawa Tengah" →
 * "Prov. Jawa Tengah". Fifteen full names do not fit under a chart; tables keep them whole.
 */
export function shortRegionName(name: string): string {
  return name
    .replace(/^Pemerintah\s+Kabupaten\s+/i, 'Kab. ')
    .replace(/^Pemerintah\s+Kota\s+(Administrasi\s+)?/i, 'Kota ')
    .replace(/^Pemerintah\s+Provinsi\s+/i, 'Prov. ')
    .replace(/^Pemerintah\s+/i, '');
}
