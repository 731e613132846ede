/**
 * A short, stable fingerprint of a row's content, so a file mapped by hand gets business
 * keys that do not depend on its format or row order. Not a security hash: two 32-bit
 * FNV-1a passes with different offsets (64 bits in all) keep accidental collisions between
 * the rows of one pemda far below one in a billion.
 */

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** 16 hex digits for the parts, joined with a separator no cell text can fake (U+001F). */
export function rowFingerprint(parts: readonly string[]): string {
  const text = parts.join('\u001f');
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}
