/// <reference lib="webworker" />
// Entry of the export worker: the file builders (src/lib/export/files/) behind Comlink.
import * as Comlink from 'comlink';
import { reportPolicyViolations } from './csp-report';
import type { ExportApi, ExportReply } from './export-api';
import { useLanguage } from '../src/lib/i18n/language';

async function reply(build: () => Promise<Uint8Array>): Promise<ExportReply> {
  try {
    const bytes = await build();
    return Comlink.transfer({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (cause) {
    return { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
}

// The builders are loaded on the first call, after setLanguage: their words are in the page's language.
const builders = () => Promise.all([import('./table-export'), import('./view-export')]);

const api: ExportApi = {
  setLanguage: useLanguage,
  tableFile: (ipc, format, meta, context, onProgress) =>
    reply(async () => (await builders())[0].tableExport(ipc, format, meta, context, onProgress)),
  snapshotTableFile: (table, format, facts, context) =>
    reply(async () => (await builders())[0].snapshotTableExport(table, format, facts, context)),
  viewFile: (format, snapshots, context, extras, onProgress) =>
    reply(async () => (await builders())[1].viewExport(format, snapshots, context, extras, onProgress))
};

reportPolicyViolations(self as unknown as WorkerGlobalScope);
Comlink.expose(api);
