/**
 * The user's changes to the targets, kept apart from the seeded rows (the database's
 * `target` table): a seeded target the user changed is stored as the user's version under
 * the same id, so "restore" can drop it and the seeded one shows again; retiring only
 * lists the id, so nothing is lost and it can be restored. Pure: every helper returns new
 * edits and never mutates its input. Callers validate (target-validate.ts) before adding.
 */
import type { Target } from '../metrics/targets';

export interface TargetEdits {
  readonly version: 1;
  /** The user's rows: a seeded id = the user's version of it; any other id = the user's own target. */
  readonly changed: readonly Target[];
  /** Ids of targets out of force, seeded or the user's; kept so they can be restored. */
  readonly retired: readonly string[];
}

export const NO_EDITS: TargetEdits = Object.freeze({ version: 1, changed: Object.freeze([]), retired: Object.freeze([]) });

/** bawaan = seeded as is; diubah = seeded, overlaid by the user's version; pengguna = the user's own. */
export type TargetOrigin = 'bawaan' | 'diubah' | 'pengguna';
export type TargetStatus = 'aktif' | 'pensiun';

/** One row of the target list on screen: every target, retired ones included. */
export interface TargetEntry {
  readonly target: Target;
  readonly origin: TargetOrigin;
  readonly status: TargetStatus;
}

const copyTarget = (t: Target): Target => ({
  target_id: t.target_id,
  metrik: t.metrik,
  nilai: t.nilai,
  pembanding: t.pembanding,
  dasar_hukum: t.dasar_hukum,
  kode_wilayah: t.kode_wilayah,
  tahun_mulai: t.tahun_mulai,
  tahun_akhir: t.tahun_akhir
});

export function sameTarget(a: Target, b: Target): boolean {
  return (
    a.target_id === b.target_id &&
    a.metrik === b.metrik &&
    a.nilai === b.nilai &&
    a.pembanding === b.pembanding &&
    a.dasar_hukum === b.dasar_hukum &&
    a.kode_wilayah === b.kode_wilayah &&
    a.tahun_mulai === b.tahun_mulai &&
    a.tahun_akhir === b.tahun_akhir
  );
}

const edits = (changed: readonly Target[], retired: readonly string[]): TargetEdits => ({ version: 1, changed, retired });

/**
 * Every target, retired or not, in a stable order: the seeded ones in their order (the
 * user's version in place of a changed one), then the user's own in the order added.
 */
export function targetEntries(seeded: readonly Target[], e: TargetEdits): TargetEntry[] {
  const mine = new Map(e.changed.map((t) => [t.target_id, t]));
  const retired = new Set(e.retired);
  const seededIds = new Set(seeded.map((t) => t.target_id));
  const status = (id: string): TargetStatus => (retired.has(id) ? 'pensiun' : 'aktif');
  const fromSeed = seeded.map((t): TargetEntry => {
    const own = mine.get(t.target_id);
    return { target: own ?? t, origin: own ? 'diubah' : 'bawaan', status: status(t.target_id) };
  });
  const added = e.changed
    .filter((t) => !seededIds.has(t.target_id))
    .map((t): TargetEntry => ({ target: t, origin: 'pengguna', status: status(t.target_id) }));
  return [...fromSeed, ...added];
}

/** The targets in force for resolveTarget: seeded overlaid by the user's rows, minus retired ones. */
export function effectiveTargets(seeded: readonly Target[], e: TargetEdits): Target[] {
  return targetEntries(seeded, e)
    .filter((entry) => entry.status === 'aktif')
    .map((entry) => entry.target);
}

/** Where a target comes from, or undefined when no target has that id. */
export function targetOrigin(seeded: readonly Target[], e: TargetEdits, id: string): TargetOrigin | undefined {
  const isSeeded = seeded.some((t) => t.target_id === id);
  const isMine = e.changed.some((t) => t.target_id === id);
  if (isSeeded) return isMine ? 'diubah' : 'bawaan';
  return isMine ? 'pengguna' : undefined;
}

/** Every id in use, retired ones included (a new target may not take a retired one's id). */
export function knownIds(seeded: readonly Target[], e: TargetEdits): Set<string> {
  return new Set([...seeded.map((t) => t.target_id), ...e.changed.map((t) => t.target_id)]);
}

/** A new target of the user's own, at the end. The caller checked that its id is free. */
export function addTarget(e: TargetEdits, target: Target): TargetEdits {
  return edits([...e.changed, copyTarget(target)], e.retired);
}

/**
 * The user's version of a target (found by id). A version equal to the seeded row is no
 * change at all, so it is dropped and the target counts as seeded again.
 */
export function changeTarget(seeded: readonly Target[], e: TargetEdits, target: Target): TargetEdits {
  const seed = seeded.find((t) => t.target_id === target.target_id);
  const others = e.changed.filter((t) => t.target_id !== target.target_id);
  if (seed && sameTarget(seed, target)) return edits(others, e.retired);
  const at = e.changed.findIndex((t) => t.target_id === target.target_id);
  // A changed row keeps its place, so the user's own targets do not reorder on edit.
  const changed = at < 0 ? [...e.changed, copyTarget(target)] : e.changed.map((t, i) => (i === at ? copyTarget(target) : t));
  return edits(changed, e.retired);
}

export function retireTarget(e: TargetEdits, id: string): TargetEdits {
  return e.retired.includes(id) ? e : edits(e.changed, [...e.retired, id]);
}

/**
 * Undo one step of the user's edits on a target: a retired target comes back in force
 * (with the version it had); a changed seeded target in force goes back to the seeded row.
 * Nothing to undo returns the same edits, so the caller can skip saving.
 */
export function restoreTarget(seeded: readonly Target[], e: TargetEdits, id: string): TargetEdits {
  if (e.retired.includes(id)) return edits(e.changed, e.retired.filter((r) => r !== id));
  const seededAndChanged = seeded.some((t) => t.target_id === id) && e.changed.some((t) => t.target_id === id);
  return seededAndChanged ? edits(e.changed.filter((t) => t.target_id !== id), e.retired) : e;
}
