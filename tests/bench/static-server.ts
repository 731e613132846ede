import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/**
 * A minimal static file server for a built copy of the app. The benchmark serves both data
 * sets through this one server (not vite preview for one and something else for the other)
 * so that transfer and header behaviour cannot differ between the two measurements.
 */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.duckdb': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json'
};

async function fileAt(path: string): Promise<{ path: string; size: number; mtimeMs: number } | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size, mtimeMs: info.mtimeMs };
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // A missing file is an ordinary answer here (SPA routes have no file), not an error.
  }
  return null;
}

/** Maps a request path to a file under root; null when it would escape root. */
function pathUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = resolve(root, `.${decoded}`);
  return candidate === root || candidate.startsWith(root + sep) ? candidate : null;
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'method not allowed');
    return;
  }
  const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const target = pathUnder(root, urlPath);
  if (target === null) {
    send(response, 400, 'bad path');
    return;
  }
  let file = await fileAt(target);
  // SPA fallback: a client-side route has no file, so it gets the app shell. A missing path
  // that names a file (has an extension, e.g. a hashed chunk) answers 404 instead, so a broken
  // build fails loudly rather than as "HTML is not JavaScript" deep inside the page.
  if (file === null && extname(urlPath) === '') file = await fileAt(join(root, 'index.html'));
  if (file === null) {
    send(response, 404, 'not found');
    return;
  }
  // Caching as a typical static host does it, so a second visit can be measured: hashed
  // build assets are immutable, everything else (the page, the database) is revalidated.
  const etag = `"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const caching = {
    ETag: etag,
    'Last-Modified': new Date(file.mtimeMs).toUTCString(),
    'Cache-Control': urlPath.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, caching);
    response.end();
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
    ...caching
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  // Large chunks: a 1.2 GB database must arrive as fast as a real static host sends it.
  const stream = createReadStream(file.path, { highWaterMark: 4 * 1024 * 1024 });
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

/** Serves root on 127.0.0.1 (loopback only) at a free port chosen by the OS. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    handle(base, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'internal error');
      else response.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => done());
      })
  };
}
