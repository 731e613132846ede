import { getContext, setContext } from 'svelte';

const STORAGE_KEY = 'telisik.samarkan.v1';

/**
 * The one switch that masks personal data everywhere (screen, tooltips, tables, every
 * export; rules in src/lib/masking). It is kept in the browser, so a reload during a
 * meeting does not reveal anything; presentation mode turns it on.
 */
export class Masking {
  on = $state(false);

  constructor() {
    try {
      this.on = localStorage.getItem(STORAGE_KEY) === 'on';
    } catch {
      // Storage blocked: masking starts off and holds for the visit once switched.
    }
  }

  set(on: boolean): void {
    this.on = on;
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Storage full or blocked: the switch still holds for this visit.
    }
  }

  toggle(): void {
    this.set(!this.on);
  }
}

const KEY = Symbol('masking');

export function provideMasking(masking: Masking): Masking {
  return setContext(KEY, masking);
}

export function useMasking(): Masking {
  const masking = getContext<Masking | undefined>(KEY);
  if (!masking) throw new Error('useMasking() dipanggil di luar halaman yang menyediakannya.');
  return masking;
}
