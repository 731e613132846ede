import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';

/**
 * Resident memory of the browser's largest renderer process (Linux /proc): the page and its
 * workers together, DuckDB-WASM's WebAssembly memory included, which no in-page API reports
 * without cross-origin isolation. With one app page open, that process is the app's tab.
 * Null where the browser or the system cannot tell.
 */
export async function tabResidentBytes(browser: Browser): Promise<number | null> {
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    await cdp.detach();
    let largest: number | null = null;
    for (const { type, id } of processInfo) {
      if (type !== 'renderer') continue;
      const status = await readFile(`/proc/${id}/status`, 'utf8').catch(() => '');
      const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
      if (kib !== undefined) largest = Math.max(largest ?? 0, Number(kib) * 1024);
    }
    return largest;
  } catch {
    return null;
  }
}
