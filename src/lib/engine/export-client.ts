import * as Comlink from 'comlink';
import type { ExportApi, ExportReply } from '../../../workers/export-api';
import type { ExportProgress } from '../export/snapshot';
import { exportId } from '../i18n/export-id';
import { language } from '../i18n/language';

/**
 * Builds one export file in a fresh worker, so a cancel (or a builder that runs out of
 * memory) ends by terminating that worker: the engine and the page are not touched.
 */
export class ExportJob {
  #stop: ((reply: ExportReply) => void) | undefined;
  /** Set by a cancel that came before the worker started (e.g. while the rows were read). */
  #cancelled: string | null = null;

  async run(call: (api: Comlink.Remote<ExportApi>, progress: (p: ExportProgress) => void) => Promise<ExportReply>, onProgress: (p: ExportProgress) => void): Promise<ExportReply> {
    if (this.#cancelled !== null) return { ok: false, message: this.#cancelled };
    const worker = new Worker(new URL('../../../workers/export.worker.ts', import.meta.url), { type: 'module' });
    // Settles when the user cancels or the worker dies (a call to a dead worker never returns).
    const stopped = new Promise<ExportReply>((resolve) => {
      this.#stop = resolve;
      worker.addEventListener('error', (event) => resolve({ ok: false, message: event.message || exportId.errors.workerDied }));
    });
    try {
      const api = Comlink.wrap<ExportApi>(worker);
      const told = api.setLanguage(language).then(() => call(api, Comlink.proxy(onProgress)));
      return await Promise.race([told, stopped]);
    } finally {
      worker.terminate();
      this.#stop = undefined;
    }
  }

  /** Stop now: the worker is terminated and nothing is downloaded. */
  cancel(message: string): void {
    this.#cancelled = message;
    this.#stop?.({ ok: false, message });
  }
}
