/**
 * What the service worker keeps for offline use, decided from the build's file lists (kept
 * apart from the worker itself so it can be tested in Node).
 */
export interface BuildFiles {
  base: string;
  /** The app's built files (`$service-worker` build). */
  build: string[];
  /** The files of `static/` (`$service-worker` files). */
  files: string[];
}

export interface CachingPlan {
  /** The page every route of this single-page app starts from. */
  shell: string;
  /** Cached when the worker installs: the code of every page, small static files, the shell. */
  precache: string[];
  /** Served from the cache (filled on first use) once there. */
  cached(pathname: string): boolean;
}

/** Large files the page fetches at every start anyway: cached then, not fetched twice at install. */
const ON_FIRST_USE = /\.(wasm|duckdb)$/;

export function cachingPlan({ base, build, files }: BuildFiles): CachingPlan {
  const shell = `${base}/`;
  const immutable = `${base}/_app/immutable/`;
  const known = new Set([...build, ...files]);
  return {
    shell,
    precache: [shell, ...[...build, ...files].filter((path) => !ON_FIRST_USE.test(path))],
    // Worker bundles and their assets are content-hashed under _app/immutable even when a build
    // list does not name them; SvelteKit's version.json must always come from the network.
    cached: (pathname) => known.has(pathname) || pathname.startsWith(immutable)
  };
}
