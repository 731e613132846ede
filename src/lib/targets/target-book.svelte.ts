/**
 * The targets figures are measured against: the seeded rows (the database's `target` table,
 * set by the workbench after each load) overlaid by the user's edits, which are kept in
 * localStorage. A damaged stored value falls back to the seeded targets with a notice,
 * never an exception; the seeded rows are never stored, so they cannot be lost.
 */
import type { Target } from '../metrics/targets';
import { targetId } from '../i18n/target-id';
import {
  NO_EDITS, addTarget, changeTarget, effectiveTargets, knownIds, restoreTarget, retireTarget, targetEntries,
  targetOrigin, type TargetEdits, type TargetEntry, type TargetOrigin
} from './target-edits';
import { editsFromStorage, editsToStorageJson, targetsFromJson, targetsToJson } from './target-json';
import { checkTarget } from './target-validate';

export const TARGET_STORAGE_KEY = 'telisik.target.v1';

/** The part of Storage used here, so tests can pass a map. */
export type TargetStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): TargetStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // reading the property itself throws when storage is blocked
  }
}

export class TargetBook {
  /** The rows of the data's `target` table; replaced whenever the data is (re)loaded. */
  seeded = $state.raw<Target[]>([]);
  /** The user's changes on top of the seeded rows. */
  edits = $state.raw<TargetEdits>(NO_EDITS);
  /** A problem to tell the user (a damaged stored value, a failed save or import), or null. */
  notice = $state<string | null>(null);
  /** What resolveTarget sees: seeded overlaid by the user's rows, minus retired ones. */
  readonly effective: Target[] = $derived(effectiveTargets(this.seeded, this.edits));
  /** Every target for the list on screen, retired ones included, with origin and status. */
  readonly entries: TargetEntry[] = $derived(targetEntries(this.seeded, this.edits));
  readonly #storage: TargetStorage | null;

  constructor(storage: TargetStorage | null = browserStorage()) {
    this.#storage = storage;
    this.#load();
  }

  #load(): void {
    let text: string | null = null;
    try {
      text = this.#storage?.getItem(TARGET_STORAGE_KEY) ?? null;
    } catch {
      text = null;
    }
    if (text === null) return;
    const parsed = editsFromStorage(text);
    if (parsed.ok) this.edits = parsed.edits;
    else this.notice = targetId.corruptStored(parsed.pesan);
  }

  #commit(next: TargetEdits): void {
    this.edits = next;
    this.notice = null;
    try {
      // Nothing to keep is stored as nothing, so a later seed is seen as is.
      if (next.changed.length === 0 && next.retired.length === 0) this.#storage?.removeItem(TARGET_STORAGE_KEY);
      else this.#storage?.setItem(TARGET_STORAGE_KEY, editsToStorageJson(next));
    } catch {
      this.notice = targetId.saveFailed;
    }
  }

  /** True when the user changed nothing. */
  get pristine(): boolean {
    return this.edits.changed.length === 0 && this.edits.retired.length === 0;
  }

  originOf(id: string): TargetOrigin | undefined {
    return targetOrigin(this.seeded, this.edits, id);
  }

  /** Ids a new target may not take (retired ones included, so they can still be restored). */
  takenIds(): Set<string> {
    return knownIds(this.seeded, this.edits);
  }

  /** Add a target of the user's own; null when accepted, else the sentence why not. */
  add(target: Target): string | null {
    const problem = checkTarget(target, this.takenIds());
    if (problem !== null) return problem;
    this.#commit(addTarget(this.edits, target));
    return null;
  }

  /** Replace a target (found by its id) with the user's version; null or the sentence why not. */
  change(target: Target): string | null {
    const taken = this.takenIds();
    if (!taken.delete(target.target_id)) return targetId.invalid.idUnknown(target.target_id);
    const problem = checkTarget(target, taken);
    if (problem !== null) return problem;
    this.#commit(changeTarget(this.seeded, this.edits, target));
    return null;
  }

  /** Take a target out of force; it stays listed and can be restored. */
  retire(id: string): void {
    if (this.originOf(id) === undefined) return;
    this.#commit(retireTarget(this.edits, id));
  }

  /** A retired target comes back in force; a changed seeded one goes back to the seeded row. */
  restore(id: string): void {
    const next = restoreTarget(this.seeded, this.edits, id);
    if (next !== this.edits) this.#commit(next);
  }

  /** Forget every edit: the seeded targets alone, as the data has them. */
  resetAll(): void {
    this.#commit(NO_EDITS);
  }

  exportJson(now: Date = new Date()): string {
    return targetsToJson(this.effective, this.edits, now);
  }

  /** Replace the edits by a file's; null when accepted, else the sentence naming the first problem. */
  importJson(text: string): string | null {
    const parsed = targetsFromJson(text);
    if (!parsed.ok) {
      this.notice = targetId.importFailed(parsed.pesan);
      return parsed.pesan;
    }
    this.#commit(parsed.edits);
    return null;
  }
}
