/** The sessionStorage key of the automation contract (README): 'eager' answers every view. */
const OFFSCREEN_KEY = 'telisik:offscreen';

function storedEager(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(OFFSCREEN_KEY) === 'eager';
  } catch {
    // Storage refused (a sandboxed frame): the default.
    return false;
  }
}

/**
 * Whether views whose card is off screen are asked and drawn. By default they are not (issue
 * 7: a cross-filter round answers and draws what the user can see, and a card is brought up
 * to date as it nears the screen). Everything is kept current while something needs the
 * whole page (an evidence pack's pictures of every chart), and always when the session
 * says 'eager' (tests and tools that read figures below the fold, README).
 */
export class OffscreenPolicy {
  #holds = $state(0);
  readonly #always = storedEager();

  get eager(): boolean {
    return this.#always || this.#holds > 0;
  }

  /** Every view kept current while `work` runs. */
  async whileEager<T>(work: () => Promise<T>): Promise<T> {
    this.#holds++;
    try {
      return await work();
    } finally {
      this.#holds--;
    }
  }
}

/** Resolves once `holds()` is true, looked at again whenever the state it reads changes. */
export function until(holds: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = $effect.root(() => {
      $effect(() => {
        if (!holds()) return;
        resolve();
        // Not from inside the effect that is running.
        queueMicrotask(() => stop());
      });
    });
  });
}
