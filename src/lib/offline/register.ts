import { dev } from '$app/environment';
import { base } from '$app/paths';

/**
 * Registers the offline service worker (src/service-worker.ts) in a built app. A browser
 * without service workers, or one that refuses (private mode), simply stays online-only.
 */
let registered = false;

export function registerOfflineWorker(): void {
  if (dev || registered || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker.register(`${base}/service-worker.js`, { scope: `${base}/` }).catch(() => {});
}

/**
 * Keep the files the engine started from (DuckDB's WebAssembly and worker, the database):
 * they are not in the build's file list, and the first visit fetched them before the
 * service worker was in control. Usually served from the HTTP cache, not downloaded again.
 */
export async function keepForOffline(files: string[]): Promise<void> {
  if (dev || !('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ type: 'keep', files });
  } catch {
    // No service worker: the app simply needs the network next time.
  }
}
