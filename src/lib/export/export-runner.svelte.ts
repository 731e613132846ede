import { getContext, setContext } from 'svelte';
import { ExportJob } from '../engine/export-client';
import { downloadBytes } from '../components/download';
import { viewsId } from '../i18n/views-id';
import type { ExportProgress } from './snapshot';

/** A file ready to download. */
export interface ExportFile {
  bytes: Uint8Array;
  fileName: string;
  type: string;
}

/** What an export step gets: the worker job, a progress report, and whether it was cancelled. */
export interface ExportStep {
  job: ExportJob;
  progress: (p: ExportProgress) => void;
  cancelled: () => boolean;
}

class Cancelled extends Error {}

/**
 * Runs one export at a time, for the whole app: its progress on screen, a cancel that stops
 * the collection and terminates the worker, and the download (or the reason it failed).
 */
export class ExportRunner {
  progress = $state<(ExportProgress & { label: string }) | null>(null);
  message = $state<{ kind: 'done' | 'failed' | 'cancelled'; text: string } | null>(null);
  #job: ExportJob | null = null;
  #cancelled = false;

  get busy(): boolean {
    return this.progress !== null;
  }

  async run(label: string, produce: (step: ExportStep) => Promise<ExportFile>): Promise<void> {
    if (this.busy) return;
    const job = new ExportJob();
    this.#job = job;
    this.#cancelled = false;
    this.message = null;
    this.progress = { label, step: label, fraction: 0 };
    try {
      const file = await produce({
        job,
        progress: (p) => {
          if (this.#cancelled) throw new Cancelled();
          this.progress = { label, ...p };
        },
        cancelled: () => this.#cancelled
      });
      if (this.#cancelled) throw new Cancelled();
      downloadBytes(file.bytes, file.fileName, file.type);
      this.message = { kind: 'done', text: viewsId.export.done(file.fileName) };
    } catch (cause) {
      this.message = this.#cancelled || cause instanceof Cancelled
        ? { kind: 'cancelled', text: viewsId.export.cancelled }
        : { kind: 'failed', text: viewsId.export.failed(cause instanceof Error ? cause.message : String(cause)) };
    } finally {
      this.progress = null;
      this.#job = null;
    }
  }

  cancel(): void {
    this.#cancelled = true;
    this.#job?.cancel(viewsId.export.cancelled);
  }
}

/** Throw when an export worker answered with a failure; otherwise its bytes. */
export function bytesOf(reply: { ok: true; bytes: Uint8Array } | { ok: false; message: string }): Uint8Array {
  if (!reply.ok) throw new Error(reply.message);
  return reply.bytes;
}

const KEY = Symbol('export-runner');

export function provideExportRunner(runner: ExportRunner): ExportRunner {
  return setContext(KEY, runner);
}

export function useExportRunner(): ExportRunner {
  const runner = getContext<ExportRunner | undefined>(KEY);
  if (!runner) throw new Error('useExportRunner() dipanggil di luar halaman yang menyediakannya.');
  return runner;
}
