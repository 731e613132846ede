/**
 * The page tells the worker of questions of views off screen (QueryCoordinator.expect): the
 * copies they would read are made with the next ones wanted, so that the view is answered
 * from a copy once the user scrolls to it, without a statement to DuckDB then.
 */
import { describe, expect, it } from 'vitest';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { CubeStore } from '../../workers/cube-store';
import { breakdownQuestion } from '../../src/lib/query/breakdown-query';
import { NO_FILTERS } from '../../src/lib/query/filters';
import { asQuestion } from '../../src/lib/engine/question';

/** A store whose reads of DuckDB are recorded and answered with an empty table. */
function recordingStore(): { store: CubeStore; reads: string[] } {
  const reads: string[] = [];
  const store = new CubeStore(async (sql) => {
    reads.push(sql);
    return tableToIPC(tableFromArrays({ unused: Int32Array.of() }));
  });
  return { store, reads };
}

describe('CubeStore.want', () => {
  it('makes the copies an expected question reads, which then answer it', async () => {
    const cube = asQuestion(breakdownQuestion('kategori', NO_FILTERS)).fast?.cube;
    expect(cube).toBeDefined();
    const { store, reads } = recordingStore();
    store.want(cube!);
    await store.copyWanted();
    // Counted, then read.
    expect(reads).toHaveLength(2);
    expect(reads[0]).toContain('count(*)');
    expect(reads[1]).toContain('kategori_id');
    expect(store.answer(cube!)).not.toBeNull();
    // Wanting it again reads nothing more.
    store.want(cube!);
    await store.copyWanted();
    expect(reads).toHaveLength(2);
  });
});
