import type { SavedView } from './saved-view';
import { isViewPath } from './saved-view';

/** A slide: a saved view, or the view a presentation was started from. */
export interface Slide {
  id: string;
  title: string;
  note: string;
  path: string;
  search: string;
}

/** The presentation URL's own options, not part of the view it shows. */
const OWN = ['slide', 'asal'];

/** The view's query on a presentation URL: everything but the slide and origin. */
export function viewSearchOf(params: URLSearchParams): string {
  const copy = new URLSearchParams(params);
  for (const name of OWN) copy.delete(name);
  return copy.toString().replaceAll('%2C', ',');
}

/**
 * The slides of a presentation: the saved views when the URL names a slide and any are
 * saved; else the view it was started from (`asal`, with the URL's filters), else the
 * overview.
 */
export function slidesOf(params: URLSearchParams, saved: readonly SavedView[], currentTitle: string): Slide[] {
  if (params.has('slide') && saved.length > 0) return saved.map((v) => ({ id: v.id, title: v.name, note: v.note, path: v.path, search: v.search }));
  const origin = params.get('asal') ?? '/';
  return [{ id: 'saat-ini', title: currentTitle, note: '', path: isViewPath(origin) ? origin : '/', search: viewSearchOf(params) }];
}

/** The slide shown (0-based), from the URL's `slide` (1-based), clamped to the deck. */
export function slideIndex(params: URLSearchParams, count: number): number {
  const value = Number(params.get('slide'));
  return Number.isSafeInteger(value) && value >= 1 ? Math.min(value, count) - 1 : 0;
}

/** Where a saved view is presented from: slide `index` (0-based) of the saved views, with its state. */
export function savedSlideHref(base: string, index: number, search: string): string {
  return `${base}/presentasi?slide=${index + 1}${search ? `&${search}` : ''}`;
}

/** The URL of slide `index`: its view's saved state (a fresh start, without leftover table pages). */
export function slideHref(base: string, slides: readonly Slide[], index: number, fromSaved: boolean): string {
  const slide = slides[index]!;
  const params = new URLSearchParams(slide.search);
  if (fromSaved) params.set('slide', String(index + 1));
  else params.set('asal', slide.path);
  return `${base}/presentasi?${params.toString().replaceAll('%2C', ',').replaceAll('%2F', '/')}`;
}

/** Leaving the presentation: back to the slide's page with what the audience saw (its current filters). */
export function exitHref(base: string, slide: Slide, params: URLSearchParams): string {
  const query = viewSearchOf(params);
  return `${base}${slide.path}${query ? `?${query}` : ''}`;
}
