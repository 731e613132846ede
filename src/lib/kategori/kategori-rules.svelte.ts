/**
 * The user's category rules: loaded from localStorage (validated; a damaged value falls
 * back to the defaults with a message, never an exception), saved on every accepted edit.
 * The component edits through `apply`; whoever owns the engine listens to `rules`.
 */

import { kategoriText } from '../i18n/kategori-id';
import { defaultRules, DEFAULT_KATEGORI_RULES } from './default-rules';
import { rulesFromJson, rulesToJson } from './rules-json';
import { checkRules } from './validate';
import type { KategoriRule } from './types';

export const STORAGE_KEY = 'telisik.aturan-kategori.v1';

/** The part of Storage used here, so tests can pass a map. */
export type RulesStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): RulesStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access itself throws when storage is blocked
  }
}

const copy = (rules: readonly KategoriRule[]): KategoriRule[] => rules.map((r) => ({ ...r, kata: [...r.kata] }));

export class KategoriRulesState {
  rules = $state<KategoriRule[]>(defaultRules());
  /** The last thing to tell the user (a damaged stored value, an import), or null. */
  pesan = $state<string | null>(null);
  /** True while the rules are the shipped defaults (nothing stored). */
  bawaan = $state(true);
  readonly #storage: RulesStorage | null;

  constructor(storage: RulesStorage | null = browserStorage()) {
    this.#storage = storage;
    this.#load();
  }

  #load(): void {
    let text: string | null = null;
    try {
      text = this.#storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      text = null;
    }
    if (text === null) return;
    const parsed = rulesFromJson(text);
    if (parsed.ok) {
      this.rules = parsed.rules;
      this.bawaan = false;
    } else {
      this.pesan = kategoriText.corruptStored(parsed.pesan);
    }
  }

  /** Accept `rules` if valid (saved, returns null) or return the sentence saying why not. */
  apply(rules: readonly KategoriRule[]): string | null {
    const problem = checkRules(rules);
    if (problem !== null) return problem;
    this.rules = copy(rules);
    this.bawaan = false;
    this.pesan = null;
    try {
      this.#storage?.setItem(STORAGE_KEY, rulesToJson(this.rules));
    } catch {
      this.pesan = kategoriText.saveFailed;
    }
    return null;
  }

  reset(): void {
    this.rules = copy(DEFAULT_KATEGORI_RULES);
    this.bawaan = true;
    this.pesan = null;
    try {
      this.#storage?.removeItem(STORAGE_KEY);
    } catch {
      // nothing stored is what we want; a blocked storage has nothing either
    }
  }

  exportJson(): string {
    return rulesToJson(this.rules);
  }

  /** Load rules from JSON text; returns null when accepted, else the sentence why not. */
  importJson(text: string): string | null {
    const parsed = rulesFromJson(text);
    const problem = parsed.ok ? this.apply(parsed.rules) : parsed.pesan;
    this.pesan = problem === null ? kategoriText.imported(this.rules.length) : kategoriText.importFailed(problem);
    return problem;
  }
}
