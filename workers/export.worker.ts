/// <reference lib="webworker" />
// Entry of the export worker: the file builders (src/lib/export/files/) behind Comlink.
import * as Comlink from 'comlink';
import { reportPolicyViolations } from './csp-report';
import type { ExportApi, ExportReply } from './export-api';
import { snapshotTableExport, tableExport } from './table-export';
import { viewExport } from './view-export';

async function reply(build: () => Promise<Uint8Array>): Promise<ExportReply> {
  try {
    const bytes = await build();
    return Comlink.transfer({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (cause) {
    return { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
}

const api: ExportApi = {
  tableFile: (ipc, format, meta, context, onProgress) => reply(() => tableExport(ipc, format, meta, context, onProgress)),
  snapshotTableFile: (table, format, facts, context) => reply(async () => snapshotTableExport(table, format, facts, context)),
  viewFile: (format, snapshots, context, extras, onProgress) => reply(() => viewExport(format, snapshots, context, extras, onProgress))
};

reportPolicyViolations(self as unknown as WorkerGlobalScope);
Comlink.expose(api);
