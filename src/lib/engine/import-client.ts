import * as Comlink from 'comlink';
import type { ImportApi, ImportProgress, ImportReply, ImportRequest } from '../../../workers/import-api';
import { language } from '../i18n/language';

/**
 * Runs one import in a fresh worker, so a cancel (or a parser that runs away) ends by
 * terminating that worker: nothing else in the app is touched.
 */
export class ImportJob {
  #stop: ((reply: ImportReply) => void) | undefined;
  #cancelled = false;

  async run(
    bytes: Uint8Array,
    fileName: string,
    request: ImportRequest,
    onProgress: (p: ImportProgress) => void
  ): Promise<ImportReply> {
    // Cancelled while the page was still reading or hashing the file: no worker at all.
    if (this.#cancelled) return CANCELLED;
    const worker = new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' });
    // Settles when the user cancels or the worker dies (a call to a dead worker never returns).
    const stopped = new Promise<ImportReply>((resolve) => {
      this.#stop = resolve;
      worker.addEventListener('error', (event) =>
        resolve({ ok: false, code: 'worker-died', message: `Proses impor berhenti: ${event.message || 'memori peramban tidak cukup.'}` })
      );
    });
    try {
      const api = Comlink.wrap<ImportApi>(worker);
      // The language first: the worker loads its dictionaries once it knows it.
      const call = api
        .setLanguage(language)
        .then((): Promise<ImportReply> => api.importFile(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), fileName, request, Comlink.proxy(onProgress)));
      return await Promise.race([call, stopped]);
    } finally {
      worker.terminate();
      this.#stop = undefined;
    }
  }

  get cancelled(): boolean {
    return this.#cancelled;
  }

  /** Stop the import now, or before it starts: the worker is terminated and nothing is saved. */
  cancel(): void {
    this.#cancelled = true;
    this.#stop?.(CANCELLED);
  }
}

const CANCELLED: ImportReply = { ok: false, code: 'cancelled', message: 'Impor dibatalkan; tidak ada yang disimpan.' };
