/// <reference lib="webworker" />
// Entry of the database worker: it only wires the engine to Comlink.
import * as Comlink from 'comlink';
import { reportPolicyViolations } from './csp-report';
import type { DbApi, QueryReply, ExportReply } from './db-api';
import { DuckDbEngine } from './duckdb-engine';

const engine = new DuckDbEngine();

/** Transfer result bytes to the page instead of copying them. */
const api: DbApi = {
  start: (options, onProgress) => engine.start(options, onProgress),
  simulateTrap: () => engine.simulateTrap(),
  whenIdle: () => engine.whenIdle(),
  wantCopies: (questions) => engine.wantCopies(questions),
  async query(sql: string): Promise<QueryReply> {
    const reply = await engine.query(sql);
    return reply.ok ? Comlink.transfer(reply, [reply.ipc.buffer]) : reply;
  },
  queryBatch: (items, onReply) =>
    engine.queryBatch(items, (index, reply) => {
      // Not awaited: the engine goes on with the next item while the page draws this one.
      void Promise.resolve(onReply(index, reply.ok ? Comlink.transfer(reply, [reply.ipc.buffer]) : reply)).catch(() => {});
    }),
  async exportCsv(sql: string, mask?: boolean): Promise<ExportReply> {
    const reply = await engine.exportCsv(sql, mask);
    return reply.ok ? Comlink.transfer(reply, [reply.csv.buffer]) : reply;
  },
  loadDataset: (id, tables, pull, rebuild) => engine.loadDataset(id, tables, pull, rebuild),
  rebuildLedger: () => engine.rebuildLedger(),
  setKategoriRules: (rules) => engine.setKategoriRules(rules),
  dropDataset: (id) => engine.dropDataset(id),
  setSampleVisible: (visible) => engine.setSampleVisible(visible),
  setPulledBy: (day) => engine.setPulledBy(day)
};

reportPolicyViolations(self as unknown as WorkerGlobalScope);
Comlink.expose(api);
