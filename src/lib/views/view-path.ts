import { isViewPath, type SavedView } from './saved-view';
import type { SnapshotFact } from '../export/snapshot';
import { exportId } from '../i18n/export-id';
import { PAGE_OPTIONS } from '../state/page-options';
import { savedSlideHref } from './slides';

/** The app path of a URL path: without the deployment's base (`/telisik/peringkat` → `/peringkat`). */
export function appPath(pathname: string, base: string): string {
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return path === '' ? '/' : path.length > 1 ? path.replace(/\/$/, '') : path;
}

/**
 * Where "present" goes: the saved views from the one matching this page (or the first), or
 * when none are saved, this view alone.
 */
export function presentHref(base: string, views: readonly SavedView[], path: string, search: string): string {
  if (views.length > 0) {
    const index = Math.max(0, views.findIndex((view) => view.path === path && view.search === search));
    return savedSlideHref(base, index, views[index]!.search);
  }
  const params = new URLSearchParams(search);
  if (isViewPath(path)) params.set('asal', path);
  return `${base}/presentasi?${params.toString().replaceAll('%2C', ',').replaceAll('%2F', '/')}`;
}

/**
 * A name a saved view starts with (the user can change it): the page (a pemda's page: the
 * pemda's name) and the filters' values, e.g. "Ringkasan — 2024, Jawa Tengah".
 */
export function defaultViewName(path: string, title: string, facts: readonly SnapshotFact[]): string {
  // Filters, the comparison and the chosen figure name a view; sorts and table pages do not.
  const options = PAGE_OPTIONS.filter((name) => name !== 'metrik').map((name) => exportId.facts.option(name));
  const skip = new Set<string>([exportId.facts.page, exportId.facts.filters, exportId.facts.asOf, exportId.facts.masking, ...options]);
  const values = facts.filter((fact) => !skip.has(fact.label)).map((fact) => fact.value);
  const page = path.startsWith('/pemda/') ? title : (facts.find((fact) => fact.label === exportId.facts.page)?.value ?? title);
  return values.length > 0 ? `${page} — ${values.join(', ')}` : page;
}
