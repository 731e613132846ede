/**
 * Performance marks of the cold start (`telisik:<step>`), read by `npm run bench` to show
 * where start-up time goes. Each step is marked once per page load: a later restart of the
 * engine is not a cold start.
 */
export type StartupStep = 'app' | 'worker' | 'compiled' | 'downloaded' | 'attached' | 'filled' | 'engine-ready' | 'figures' | 'ready';

export function markStartup(step: StartupStep, epochMs?: number): void {
  const name = `telisik:${step}`;
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  // The worker reports wall-clock times: its clock starts at another origin than the page's.
  performance.mark(name, epochMs === undefined ? undefined : { startTime: Math.max(0, epochMs - performance.timeOrigin) });
}
