import { getContext, setContext } from 'svelte';
import { SCREEN_TYPE_PX } from '../charts/chart-type';

const KEY = Symbol('chart-type');

/** Every chart drawn below the calling component sets its text at `px` and lays itself out for it (presentation mode). */
export function provideChartType(px: number): void {
  setContext(KEY, px);
}

/** The size of chart text where the calling component is drawn: the presentation's, or the screen's. */
export function useChartType(): number {
  return getContext<number | undefined>(KEY) ?? SCREEN_TYPE_PX;
}
