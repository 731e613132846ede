import type { Summary } from './stats.ts';

export type Unit = 'ms' | 's' | 'ratio';

export interface Goal {
  /** Goals are judged on p95: a figure most users meet, not the typical one. */
  maxP95: number;
  verdict: 'PASS' | 'MISS';
}

export interface Row {
  label: string;
  /** Values are milliseconds, except for ratios. */
  unit: Unit;
  summary: Summary;
  goal?: Goal;
}

export function judge(summary: Summary, maxP95: number): Goal {
  return { maxP95, verdict: summary.p95 <= maxP95 ? 'PASS' : 'MISS' };
}

function formatValue(value: number, unit: Unit): string {
  if (unit === 'ratio') return `${value.toFixed(1)}×`;
  if (unit === 's') return `${(value / 1000).toFixed(2)} s`;
  return `${value.toFixed(0)} ms`;
}

function formatGoal(goal: Goal | undefined, unit: Unit): string {
  if (goal === undefined) return '—';
  if (unit === 'ratio') return `≤ ${goal.maxP95}×`;
  return unit === 's' ? `≤ ${goal.maxP95 / 1000} s` : `≤ ${goal.maxP95} ms`;
}

/** Left-aligns the first column and right-aligns the numbers, as a fixed-width text table. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['metric', 'n', 'median', 'p95', 'goal (p95)', 'result'];
  const cells = rows.map((row) => [
    row.label,
    String(row.summary.n),
    formatValue(row.summary.median, row.unit),
    formatValue(row.summary.p95, row.unit),
    formatGoal(row.goal, row.unit),
    row.goal?.verdict ?? ''
  ]);
  const all = [header, ...cells];
  const widths = header.map((_, column) => Math.max(...all.map((line) => [...line[column]!].length)));
  // Columns 1..3 are numbers (right-aligned); the rest read as text.
  const numeric = new Set([1, 2, 3]);
  const render = (line: string[]) =>
    line
      .map((cell, column) => {
        const pad = widths[column]! - [...cell].length;
        return numeric.has(column) ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [render(header), rule, ...cells.map(render)].join('\n');
}
