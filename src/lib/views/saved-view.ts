/**
 * A saved view: a page of the workbench with everything that shapes what it shows (its
 * filters, as-of and comparison days, chosen metric, sort, table page…), kept as the page's
 * path and query string. The query string IS the state (the URL restores it), so a saved
 * view and a copied link can never disagree.
 */
export interface SavedView {
  id: string;
  name: string;
  note: string;
  /** The app path without the base, e.g. `/peringkat` or `/pemda/33.25`. */
  path: string;
  /** The query without `?`, e.g. `tahun=2025&metrik=pdn_realisasi`. */
  search: string;
  savedAt: string;
}

/** The pages a view can be saved from (and presented): the data pages, not settings. */
const VIEW_PATHS = [/^\/$/, /^\/peringkat$/, /^\/peta$/, /^\/peringatan$/, /^\/rekonsiliasi$/, /^\/pemda\/\d{2}(\.\d{2})?$/];

export function isViewPath(path: string): boolean {
  return VIEW_PATHS.some((pattern) => pattern.test(path));
}

const MAX_NAME = 120;
const MAX_NOTE = 4000;

/** A name as stored: one line, trimmed, capped; an empty name gets the fallback. */
export function cleanName(name: string, fallback: string): string {
  const line = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  return line || fallback;
}

export function cleanNote(note: string): string {
  return note.replace(/\r\n?/g, '\n').trim().slice(0, MAX_NOTE);
}

/** Read one stored entry; anything malformed is skipped (and counted by the caller). */
export function savedViewFrom(value: unknown): SavedView | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : null);
  const id = text('id');
  const path = text('path');
  const search = text('search');
  if (!id || !/^[a-z0-9-]{1,40}$/.test(id) || path === null || !isViewPath(path) || search === null) return null;
  return {
    id,
    name: cleanName(text('name') ?? '', id),
    note: cleanNote(text('note') ?? ''),
    path,
    search: search.replace(/^\?/, ''),
    savedAt: text('savedAt') ?? ''
  };
}

/** `a`…: short, URL- and attribute-safe ids that never repeat within a list. */
export function nextViewId(existing: readonly SavedView[], random: () => number = Math.random): string {
  for (;;) {
    const id = `v-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
    if (!existing.some((view) => view.id === id)) return id;
  }
}

/** Move the view with `id` by `step` places (−1 up, +1 down), clamped to the list. */
export function moveView(views: readonly SavedView[], id: string, step: number): SavedView[] {
  const from = views.findIndex((view) => view.id === id);
  if (from < 0) return [...views];
  const to = Math.min(views.length - 1, Math.max(0, from + step));
  const next = [...views];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** The link that restores a view (the base path of the deployment first). */
export function viewHref(base: string, view: Pick<SavedView, 'path' | 'search'>): string {
  return `${base}${view.path}${view.search ? `?${view.search}` : ''}`;
}
