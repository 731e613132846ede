import { describe, expect, it, vi } from 'vitest';
import { tableFromArrays, type Table } from 'apache-arrow';
import { ANSWER_HOLD_MS, Priority, QueryCoordinator, type BatchAnswer, type Connector } from '../../src/lib/engine/coordinator';
import type { Question } from '../../src/lib/engine/question';
import { ENGINE_REPLACED, QueryError } from '../../src/lib/engine/query-error';

/** A connector whose queries finish only when the test says so, in any order. */
class ManualConnector implements Connector {
  calls: string[] = [];
  #waiting = new Map<string, { resolve: (t: Table) => void; reject: (e: unknown) => void }>();

  query(sql: string): Promise<Table> {
    this.calls.push(sql);
    return new Promise((resolve, reject) => this.#waiting.set(sql, { resolve, reject }));
  }
  finish(sql: string, value = 1): void {
    this.#waiting.get(sql)!.resolve(tableFromArrays({ v: Int32Array.of(value) }));
    this.#waiting.delete(sql);
  }
  /** Answer `sql` if it was sent and is still running; a cache hit sends nothing. */
  finishIfAsked(sql: string): void {
    if (this.#waiting.has(sql)) this.finish(sql);
  }
  fail(sql: string, error: unknown): void {
    this.#waiting.get(sql)!.reject(error);
    this.#waiting.delete(sql);
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const valueOf = (outcome: Awaited<ReturnType<QueryCoordinator['request']>>) =>
  outcome.status === 'ok' ? outcome.table.getChild('v')?.get(0) : 'stale';

describe('QueryCoordinator.request', () => {
  it('runs the same SQL once for two views and caches it afterwards', async () => {
    const connector = new ManualConnector();
    const coordinator = new QueryCoordinator(connector);
    const a = coordinator.request('facet', 'SELECT 1');
    const b = coordinator.request('chart', 'SELECT 1');
    await flush();
    connector.finish('SELECT 1', 7);
    expect([valueOf(await a), valueOf(await b)]).toEqual([7, 7]);
    expect(valueOf(await coordinator.request('table', 'SELECT 1'))).toBe(7);
    expect(connector.calls).toEqual(['SELECT 1']);
  });

  it('never delivers an older answer after a newer question of the same view', async () => {
    const connector = new ManualConnector();
    const coordinator = new QueryCoordinator(connector, { concurrency: 2 });
    const older = coordinator.request('kpi', 'SELECT old');
    await flush(); // the older question is running when the newer one is asked
    const newer = coordinator.request('kpi', 'SELECT new');
    await flush();
    connector.finish('SELECT new', 2);
    connector.finish('SELECT old', 1);
    expect(valueOf(await newer)).toBe(2);
    expect(await older).toEqual({ status: 'stale' });
  });

  it('drops a queued question that nobody waits for any more', async () => {
    const connector = new ManualConnector();
    const coordinator = new QueryCoordinator(connector);
    const blocker = coordinator.request('other', 'SELECT busy');
    const first = coordinator.request('kpi', 'SELECT a');
    const second = coordinator.request('kpi', 'SELECT b');
    expect(await first).toEqual({ status: 'stale' });
    connector.finish('SELECT busy');
    await blocker;
    await flush();
    connector.finish('SELECT b', 3);
    expect(valueOf(await second)).toBe(3);
    expect(connector.calls).toEqual(['SELECT busy', 'SELECT b']);
  });

  it('runs interactive questions before table and background ones', async () => {
    const connector = new ManualConnector();
    const coordinator = new QueryCoordinator(connector);
    const running = coordinator.request('x', 'SELECT running');
    const low = coordinator.request('prefetch', 'SELECT low', Priority.background);
    const mid = coordinator.request('table', 'SELECT mid', Priority.table);
    const high = coordinator.request('kpi', 'SELECT high', Priority.interactive);
    for (const sql of ['SELECT running', 'SELECT high', 'SELECT mid', 'SELECT low']) {
      await flush();
      connector.finish(sql);
    }
    await Promise.all([running, low, mid, high]);
    expect(connector.calls).toEqual(['SELECT running', 'SELECT high', 'SELECT mid', 'SELECT low']);
  });

  it('passes errors to the current view, does not cache them, and counts pending work', async () => {
    const connector = new ManualConnector();
    const coordinator = new QueryCoordinator(connector);
    const seen: number[] = [];
    coordinator.onPendingChange((n) => seen.push(n));
    const failing = coordinator.request('kpi', 'SELECT broken');
    await flush();
    expect(coordinator.pending).toBe(1);
    connector.fail('SELECT broken', new Error('Binder Error'));
    await expect(failing).rejects.toThrow('Binder Error');
    expect(coordinator.pending).toBe(0);
    const again = coordinator.request('kpi', 'SELECT broken');
    await flush();
    connector.finish('SELECT broken', 5);
    expect(valueOf(await again)).toBe(5);
    expect(seen).toEqual([1, 0, 1, 0]);
  });

  it('evicts the least recently used result beyond the cache size', async () => {
    const connector = new ManualConnector();
    const coordinator = new QueryCoordinator(connector, { cacheSize: 2 });
    for (const sql of ['SELECT 1', 'SELECT 2', 'SELECT 1', 'SELECT 3', 'SELECT 1', 'SELECT 2']) {
      const pending = coordinator.request('v', sql);
      await flush();
      connector.finishIfAsked(sql);
      await pending;
    }
    expect(connector.calls).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
  });
});

/** A connector that answers batches at once and records what each batch held. */
class BatchConnector implements Connector {
  batches: string[][] = [];
  singles: string[] = [];
  failFast = false;
  async query(sql: string): Promise<Table> {
    this.singles.push(sql);
    return tableFromArrays({ v: Int32Array.of(sql.length) });
  }
  async queryBatch(questions: readonly Question[], onAnswer: (index: number, answer: BatchAnswer) => void): Promise<void> {
    this.batches.push(questions.map((q) => q.fast?.sql ?? q.sql));
    questions.forEach((q, index) =>
      onAnswer(
        index,
        q.fast && this.failFast ? { ok: false, error: new Error('aggregate failed') } : { ok: true, table: tableFromArrays({ v: Int32Array.of((q.fast?.sql ?? q.sql).length) }) }
      )
    );
  }
}

/** A connector that answers a batch's first question (1) at once and the rest (2) when told. */
function firstThenRest(): { connector: Connector; answerRest: () => void } {
  let answerRest!: () => void;
  const connector: Connector = {
    query: async () => tableFromArrays({ v: Int32Array.of(0) }),
    async queryBatch(questions, onAnswer) {
      onAnswer(0, { ok: true, table: tableFromArrays({ v: Int32Array.of(1) }) });
      await new Promise<void>((resolve) => (answerRest = resolve));
      questions.slice(1).forEach((_, index) => onAnswer(index + 1, { ok: true, table: tableFromArrays({ v: Int32Array.of(2) }) }));
    }
  };
  return { connector, answerRest: () => answerRest() };
}

describe('QueryCoordinator batches', () => {
  it('sends the questions of one round as one batch per priority, by their fast path', async () => {
    const connector = new BatchConnector();
    const coordinator = new QueryCoordinator(connector, { concurrency: 3 });
    await Promise.all([
      coordinator.request('chart', 'SELECT chart'),
      coordinator.request('rows', 'SELECT rows', Priority.table),
      coordinator.request('kpi', { sql: 'SELECT base', fast: { sql: 'SELECT fast', aggregates: [] } }, Priority.headline)
    ]);
    // The headline figures ride with the round's charts, first; the table waits for its own batch.
    expect(connector.batches).toEqual([['SELECT fast', 'SELECT chart'], ['SELECT rows']]);
    expect(connector.singles).toEqual([]);
  });

  it('hands the answers of a batch to their views together, once the last is in', async () => {
    const { connector, answerRest: answerSecond } = firstThenRest();
    const coordinator = new QueryCoordinator(connector);
    const shown: string[] = [];
    const first = coordinator.request('kpi', 'SELECT first').then((outcome) => shown.push(`first:${valueOf(outcome)}`));
    const second = coordinator.request('chart', 'SELECT second').then((outcome) => shown.push(`second:${valueOf(outcome)}`));
    await flush();
    await flush();
    // The first answer is in, but waits for the second (well within the hold).
    expect(shown).toEqual([]);
    answerSecond();
    await Promise.all([first, second]);
    expect(shown).toEqual(['first:1', 'second:2']);
  });

  it('gives a view its answer after a short hold when the rest of the batch is slow', async () => {
    vi.useFakeTimers();
    try {
      const { connector, answerRest } = firstThenRest();
      const coordinator = new QueryCoordinator(connector);
      const shown: unknown[] = [];
      void coordinator.request('kpi', 'SELECT first').then((outcome) => shown.push(valueOf(outcome)));
      const second = coordinator.request('chart', 'SELECT second');
      await vi.advanceTimersByTimeAsync(ANSWER_HOLD_MS - 1);
      expect(shown).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(shown).toEqual([1]);
      expect(coordinator.pending).toBe(1);
      answerRest();
      expect(valueOf(await second)).toBe(2);
      // The last answer releases the rest at once: no hold is left waiting.
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers from the canonical SQL when the fast path fails, and reports that SQL', async () => {
    const connector = new BatchConnector();
    connector.failFast = true;
    const coordinator = new QueryCoordinator(connector);
    const outcome = await coordinator.request('kpi', { sql: 'SELECT base', fast: { sql: 'SELECT fast', aggregates: [] } });
    expect(outcome.status === 'ok' && outcome.sql).toBe('SELECT base');
    expect(valueOf(outcome)).toBe('SELECT base'.length);
    // Asked again in a batch of its own, so it runs in the engine's order.
    expect(connector.batches).toEqual([['SELECT fast'], ['SELECT base']]);
    expect(connector.singles).toEqual([]);
  });

  it('does not ask a crashed engine again, and drops the questions of a replaced one', async () => {
    const failing = (error: QueryError): Connector => ({
      query: async () => tableFromArrays({ v: Int32Array.of(0) }),
      async queryBatch(questions, onAnswer) {
        questions.forEach((_, index) => onAnswer(index, { ok: false, error }));
      }
    });
    const crash = new QueryError({ name: 'RuntimeError', message: 'unreachable', fatal: true });
    const crashed = failing(crash);
    const spy = { batches: 0 };
    const counting: Connector = { ...crashed, queryBatch: (q, a) => (spy.batches++, crashed.queryBatch!(q, a)) };
    await expect(new QueryCoordinator(counting).request('kpi', { sql: 'SELECT base', fast: { sql: 'SELECT fast', aggregates: [] } })).rejects.toBe(crash);
    expect(spy.batches).toBe(1);

    const replaced = failing(new QueryError({ name: ENGINE_REPLACED, message: 'Mesin data dimulai ulang.', fatal: true }));
    const coordinator = new QueryCoordinator(replaced);
    expect(await coordinator.request('kpi', 'SELECT figures')).toEqual({ status: 'stale' });
    expect(coordinator.pending).toBe(0);
  });

  it('neither caches nor shares an answer asked before the data changed', async () => {
    const connector = new ManualConnector();
    const coordinator = new QueryCoordinator(connector);
    const before = coordinator.request('kpi', 'SELECT figures');
    await flush();
    coordinator.clearCache(); // the data changed while the question ran
    const after = coordinator.request('kpi', 'SELECT figures');
    await flush();
    connector.finish('SELECT figures', 1); // the old run's answer
    expect(await before).toEqual({ status: 'stale' });
    await flush();
    connector.finish('SELECT figures', 2); // asked again on the new data
    expect(valueOf(await after)).toBe(2);
    expect(valueOf(await coordinator.request('kpi', 'SELECT figures'))).toBe(2);
  });
});

describe('QueryCoordinator.expect (views off screen)', () => {
  it("passes a task's expected questions to the engine in one call, without running or caching them", async () => {
    const connector = new BatchConnector() as BatchConnector & { expected: string[][]; expect(questions: readonly Question[]): void };
    connector.expected = [];
    connector.expect = (questions) => connector.expected.push(questions.map((q) => q.sql));
    const coordinator = new QueryCoordinator(connector);
    coordinator.expect({ sql: 'SELECT kategori' });
    coordinator.expect({ sql: 'SELECT skala' });
    await flush();
    expect(connector.expected).toEqual([['SELECT kategori', 'SELECT skala']]);
    expect(connector.batches).toEqual([]);
    expect(coordinator.pending).toBe(0);

    // A question whose answer is cached needs nothing from the engine.
    await coordinator.request('chart', 'SELECT kategori');
    coordinator.expect({ sql: 'SELECT kategori' });
    coordinator.expect({ sql: 'SELECT jenis' });
    await flush();
    expect(connector.expected).toEqual([['SELECT kategori', 'SELECT skala'], ['SELECT jenis']]);
  });
});
