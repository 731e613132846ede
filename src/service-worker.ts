/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: after one visit the app, its engine and the sample start with no network (an
 * auditor's laptop in a meeting room). The app's code is cached when this worker installs;
 * the engine's WebAssembly and the database file (tens of MB each) are cached the first time
 * the page fetches them, which every start does. Each build gets its own cache, and older
 * ones are deleted once it takes over. Nothing is fetched from another origin.
 */
import { build, files, version, base } from '$service-worker';
import { cachingPlan } from './lib/offline/caching-plan';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `telisik-${version}`;
const plan = cachingPlan({ base, build, files });

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(plan.precache);
      await worker.skipWaiting();
    })()
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await worker.clients.claim();
    })()
  );
});

/**
 * Larger files are not kept: a national database (a gigabyte and more) would fill the
 * browser's storage, and storing it failed the second visit's download ("Failed to fetch").
 */
const LARGEST_KEPT = 512 * 1024 * 1024;
const small = (response: Response) => Number(response.headers.get('content-length') ?? Infinity) <= LARGEST_KEPT;

/** The page names files to keep (the engine's): cached unless they already are. */
worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string; files?: unknown };
  if (data?.type !== 'keep' || !Array.isArray(data.files)) return;
  const wanted = data.files.filter((href): href is string => typeof href === 'string').map((href) => new URL(href));
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const url of wanted) {
        if (url.origin !== worker.location.origin || !plan.cached(url.pathname) || (await cache.match(url.href))) continue;
        // Its size first (HEAD): a file too large to keep is not downloaded again for nothing.
        const head = await fetch(url.href, { method: 'HEAD' }).catch(() => undefined);
        if (head?.ok && small(head)) await cache.add(url.href).catch(() => {}); // else kept next time, or never
      }
    })()
  );
});

/**
 * From the cache, else from the network, kept for the next time in the background: the page
 * reads the answer at once, and a failure to store it (storage full) never fails the fetch.
 */
async function cacheFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && small(response)) event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
  return response;
}

/** A page: the network's answer when there is one, else the cached app shell (a single-page app). */
async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (offline) {
    const shell = await caches.match(plan.shell);
    if (shell) return shell;
    throw offline;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (plan.cached(url.pathname)) event.respondWith(cacheFirst(event));
});
