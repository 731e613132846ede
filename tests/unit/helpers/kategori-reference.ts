/**
 * An independent implementation of the category rules for tests: token sequences in plain
 * TypeScript, no regular expression and no code shared with src/lib/kategori. A keyword
 * matches when its words appear as consecutive words of the text (the last one as a prefix
 * when the keyword ends in `*`); words are runs of ASCII letters and digits, case ignored.
 */

export interface RefRule { kategori_id: string; kata: readonly string[]; prioritas: number }

const words = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);

function kataMatches(kata: string, text: readonly string[]): boolean {
  const want = words(kata);
  const prefix = kata.trim().endsWith('*');
  if (want.length === 0) return false;
  for (let start = 0; start + want.length <= text.length; start++) {
    const ok = want.every((w, i) => {
      const got = text[start + i] ?? '';
      return prefix && i === want.length - 1 ? got.startsWith(w) : got === w;
    });
    if (ok) return true;
  }
  return false;
}

function byRules(rules: readonly RefRule[], text: string | null): string | null {
  if (text === null) return null;
  const tokens = words(text);
  const order = rules.map((r, i) => ({ r, i })).sort((a, b) => a.r.prioritas - b.r.prioritas || a.i - b.i);
  for (const { r } of order) if (r.kata.some((k) => kataMatches(k, tokens))) return r.kategori_id;
  return null;
}

const JENIS = new Set(['jenis_barang', 'jenis_konstruksi', 'jenis_konsultansi', 'jenis_jasa_lainnya']);

/** [kategori_id, basis] by the documented order: reported fine id, reported name, text, jenis, unknown. */
export function classify(rules: readonly RefRule[], reported: string | null, text: string | null): [string, string] {
  const ids = new Set(rules.map((r) => r.kategori_id));
  if (reported !== null && ids.has(reported)) return [reported, 'dilaporkan'];
  if (reported !== null && !JENIS.has(reported) && reported !== 'tidak_diketahui') {
    const named = byRules(rules, reported);
    if (named !== null) return [named, 'dilaporkan'];
  }
  const fromText = byRules(rules, text);
  if (fromText !== null) return [fromText, 'aturan_kata'];
  if (reported !== null && JENIS.has(reported)) return [reported, 'jenis_pengadaan'];
  return ['tidak_diketahui', 'tidak_diketahui'];
}
