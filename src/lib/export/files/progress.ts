/**
 * Progress of one file build. The worker forwards each report to the page, which shows the
 * step and a bar; builders call it between their steps, never inside tight loops.
 */
import type { ExportProgress } from '../snapshot';

export type OnProgress = (progress: ExportProgress) => void;

/** A reporter that is a no-op without a callback and keeps the fraction inside 0..1. */
export function progressReporter(onProgress?: OnProgress): (step: string, fraction: number) => void {
  return (step, fraction) => {
    onProgress?.({ step, fraction: Math.min(1, Math.max(0, fraction)) });
  };
}
