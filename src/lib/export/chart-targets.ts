/**
 * How a snapshot chart's targets are drawn: one target shared by every category is a line
 * across the chart; targets that differ (each region its own) are a mark on each category.
 */
export type TargetDrawing =
  | { kind: 'none' }
  | { kind: 'shared'; value: number }
  | { kind: 'each'; values: (number | null)[] };

export function targetDrawing(targets: readonly (number | null)[]): TargetDrawing {
  const present = targets.filter((t): t is number => t !== null);
  if (present.length === 0) return { kind: 'none' };
  const first = present[0]!;
  if (present.length === targets.length && present.every((t) => t === first)) return { kind: 'shared', value: first };
  return { kind: 'each', values: [...targets] };
}
