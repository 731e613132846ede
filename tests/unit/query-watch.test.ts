import { describe, expect, it } from 'vitest';
import { QueryWatch } from '../../src/lib/engine/query-watch';
import { QUERY_CANCELLED, QUERY_TIMEOUT } from '../../src/lib/engine/query-error';

describe('QueryWatch: stopping slow questions', () => {
  it('marks only the statements still running as stopped, and forgets them on retry', async () => {
    const watch = new QueryWatch(() => {});
    const counts: number[] = [];
    const tracked = new QueryWatch(() => {}, (n) => counts.push(n));
    let release!: () => void;
    const running = tracked.watch(['a', 'b', 'c'], (answered) => {
      answered(1); // b has its answer
      return new Promise<void>((resolve) => (release = resolve));
    });
    expect(tracked.running).toBe(2);
    const error = tracked.stopAll(QUERY_CANCELLED);
    expect(error).toMatchObject({ name: QUERY_CANCELLED, fatal: true });
    expect(tracked.stoppedError('a')?.name).toBe(QUERY_CANCELLED);
    expect(tracked.stoppedError('a')?.sql).toBe('a');
    expect(tracked.stoppedError('b')).toBeUndefined();
    expect(tracked.stoppedError('c')?.message).toMatch(/dibatalkan/);
    release();
    await running;
    expect(tracked.running).toBe(0);
    expect(counts).toEqual([3, 2, 0]);
    tracked.forgetStopped();
    expect(tracked.stoppedError('a')).toBeUndefined();
    expect(watch.running).toBe(0);
  });

  it('calls the timeout once the limit passes, not when the call ends in time', async () => {
    let timeouts = 0;
    const watch = new QueryWatch(() => timeouts++);
    watch.timeoutMs = 20;
    await watch.watch(['quick'], async () => {});
    let release!: () => void;
    const slow = watch.watch(['slow'], () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => timeouts).toBe(1);
    expect(watch.stopAll(QUERY_TIMEOUT).message).toMatch(/lebih dari 0 detik|dihentikan/);
    expect(watch.stoppedError('slow')?.name).toBe(QUERY_TIMEOUT);
    expect(watch.stoppedError('quick')).toBeUndefined();
    release();
    await slow;
  });
});
