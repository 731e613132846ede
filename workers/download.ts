import type { StartProgress } from './db-api';

/**
 * Fetch a same-origin file into memory, reporting progress as the bytes arrive. When the
 * server states the size, the bytes go straight into one buffer of that size: a 1.3 GB
 * database must not be held twice (chunks, then their copy) on its way in.
 */
export async function downloadWithProgress(
  url: string,
  onProgress: (p: StartProgress) => void,
  checkSize: (bytes: number) => void = () => {}
): Promise<Uint8Array> {
  try {
    return await downloadOnce(url, onProgress, checkSize);
  } catch (cause) {
    // A transfer cut off half way ("network error", a TypeError) is tried once more: on the
    // visit right after the first, with the offline worker just in control, the database's
    // stream was sometimes aborted (about 1 start in 5 under `vite preview`; the cause was
    // not found, and a second fetch always completed).
    if (!(cause instanceof TypeError)) throw cause;
    return await downloadOnce(url, onProgress, checkSize);
  }
}

async function downloadOnce(url: string, onProgress: (p: StartProgress) => void, checkSize: (bytes: number) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    throw new Error(`Berkas data ${url} tidak dapat diunduh (HTTP ${response.status}).`);
  }
  // A compressed transfer states the compressed size: then the size is known only at the end.
  const compressed = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = compressed ? 0 : Number(response.headers.get('content-length') ?? 0);
  // Refuse before allocating: a file that will not fit must not crash the tab.
  checkSize(total);
  const reader = response.body.getReader();
  let bytes = new Uint8Array(total);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.byteLength > bytes.byteLength) {
      // No (or a wrong) Content-Length: grow by doubling.
      checkSize(loaded + value.byteLength);
      const grown = new Uint8Array(Math.max(bytes.byteLength * 2, loaded + value.byteLength, 1 << 20));
      grown.set(bytes.subarray(0, loaded));
      bytes = grown;
    }
    bytes.set(value, loaded);
    loaded += value.byteLength;
    onProgress({ phase: 'download', loaded, total });
  }
  if (total > 0 && loaded !== total) {
    throw new Error(`Berkas data ${url} terpotong: ${loaded} dari ${total} bita diterima. Muat ulang halaman.`);
  }
  return loaded === bytes.byteLength ? bytes : bytes.slice(0, loaded);
}
