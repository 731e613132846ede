import { describe, expect, it } from 'vitest';
import { cachingPlan } from '../../src/lib/offline/caching-plan';

describe('offline caching plan', () => {
  const plan = cachingPlan({
    base: '/telisik',
    build: ['/telisik/_app/immutable/entry/start.js', '/telisik/_app/immutable/workers/db.worker-x.js'],
    files: ['/telisik/favicon.svg', '/telisik/manifest.webmanifest', '/telisik/data/telisik.duckdb']
  });

  it('precaches the shell, the code and small static files, never the large engine files', () => {
    expect(plan.shell).toBe('/telisik/');
    expect(plan.precache).toEqual([
      '/telisik/',
      '/telisik/_app/immutable/entry/start.js',
      '/telisik/_app/immutable/workers/db.worker-x.js',
      '/telisik/favicon.svg',
      '/telisik/manifest.webmanifest'
    ]);
  });

  it('serves the build, static files and every immutable asset from the cache, nothing else', () => {
    expect(plan.cached('/telisik/data/telisik.duckdb')).toBe(true);
    expect(plan.cached('/telisik/_app/immutable/workers/assets/duckdb-eh-abc.wasm')).toBe(true);
    expect(plan.cached('/telisik/_app/version.json')).toBe(false);
    expect(plan.cached('/telisik/pemda/3204')).toBe(false);
    expect(plan.cached('/other/_app/immutable/x.js')).toBe(false);
  });
});
