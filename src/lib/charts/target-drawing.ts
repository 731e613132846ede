/**
 * How targets beside bars are drawn, on screen and in exported charts: one target shared by
 * every bar is a line across the chart; targets that differ (each region its own, some with
 * none) are a mark on each bar that has one.
 */
export type TargetDrawing = { kind: 'none' } | { kind: 'shared'; value: number } | { kind: 'each' };

/** The look of a target line or mark: dashed red. */
export const TARGET_LINE = { stroke: '#b91c1c', strokeWidth: 2, strokeDasharray: '5 3' } as const;

export function targetDrawing(targets: readonly (number | null)[]): TargetDrawing {
  const present = targets.filter((t): t is number => t !== null);
  if (present.length === 0) return { kind: 'none' };
  const first = present[0]!;
  if (present.length === targets.length && present.every((t) => t === first)) return { kind: 'shared', value: first };
  return { kind: 'each' };
}
