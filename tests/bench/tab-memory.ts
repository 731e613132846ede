import { readFile, readdir } from 'node:fs/promises';
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

/**
 * Resident memory of each renderer process of the Chromium whose browser process was started
 * with `--user-data-dir=profile` (a persistent context, which offers no browser-level CDP
 * session): found through /proc by walking down from that process. Largest first; empty where
 * /proc cannot tell.
 */
export async function profileRenderersResident(profile: string): Promise<number[]> {
  const processes: { pid: number; parent: number; commandLine: string }[] = [];
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid …: comm may hold spaces, so the fields are read after its ")".
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const commandLine = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
    processes.push({ pid: Number(entry), parent, commandLine });
  }
  const inProfile = new Set(processes.filter((p) => p.commandLine.includes(`--user-data-dir=${profile}`) && !p.commandLine.includes('--type=')).map((p) => p.pid));
  // Descendants: zygotes, then renderers under them.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of processes) {
      if (inProfile.has(p.pid) || !inProfile.has(p.parent)) continue;
      inProfile.add(p.pid);
      grew = true;
    }
  }
  const resident: number[] = [];
  for (const p of processes) {
    if (!inProfile.has(p.pid) || !p.commandLine.includes('--type=renderer')) continue;
    const kib = /^VmRSS:\s+(\d+) kB/m.exec(await readFile(`/proc/${p.pid}/status`, 'utf8').catch(() => ''))?.[1];
    if (kib !== undefined) resident.push(Number(kib) * 1024);
  }
  return resident.sort((a, b) => b - a);
}
