import { getContext, setContext } from 'svelte';

const STORAGE_KEY = 'telisik.pemantauan.v1';
const DEFAULT_THRESHOLD = 0.05;

/**
 * The user's monitoring settings, kept in the browser: how far below its target path (in
 * fractions: 0.05 = 5 percentage points) a figure may fall before it is off track and
 * raises an alert.
 */
export class MonitoringSettings {
  threshold = $state(DEFAULT_THRESHOLD);

  constructor() {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { threshold?: unknown } | null;
      if (typeof stored?.threshold === 'number' && stored.threshold >= 0 && stored.threshold <= 1) this.threshold = stored.threshold;
    } catch {
      // Unreadable storage: keep the default, the next change overwrites it.
    }
  }

  /** Set from percentage points (5 → 0.05); values outside 0–100 are ignored. */
  setThresholdPoints(points: number): void {
    if (!Number.isFinite(points) || points < 0 || points > 100) return;
    this.threshold = points / 100;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ threshold: this.threshold }));
    } catch {
      // Storage full or blocked: the setting holds for this visit.
    }
  }
}

const KEY = Symbol('monitoring-settings');

export function provideMonitoringSettings(settings: MonitoringSettings): MonitoringSettings {
  return setContext(KEY, settings);
}

export function useMonitoringSettings(): MonitoringSettings {
  const settings = getContext<MonitoringSettings | undefined>(KEY);
  if (!settings) throw new Error('useMonitoringSettings() dipanggil di luar halaman yang menyediakannya.');
  return settings;
}
