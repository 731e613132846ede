import { getContext, setContext } from 'svelte';
import { cleanName, cleanNote, moveView, nextViewId, savedViewFrom, type SavedView } from './saved-view';
import { viewsId } from '../i18n/views-id';

const t = viewsId.saved;

export const VIEWS_STORAGE_KEY = 'telisik.tampilan.v1';

/** The part of Storage used here, so tests can pass a map. */
export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): ViewStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // reading the property itself throws when storage is blocked
  }
}

/**
 * The user's saved views, in their order, kept in localStorage. A damaged stored list keeps
 * every entry that still reads and says how many were skipped; a failed save says so and the
 * list holds for the visit, so nothing the user made is silently lost.
 */
export class SavedViews {
  list = $state.raw<SavedView[]>([]);
  notice = $state<string | null>(null);
  readonly #storage: ViewStorage | null;

  constructor(storage: ViewStorage | null = browserStorage()) {
    this.#storage = storage;
    this.#load();
    // A view saved, renamed or moved in another tab: read the list again, so the next change
    // here does not write over it.
    if (typeof window !== 'undefined' && storage !== null && storage === browserStorage()) {
      window.addEventListener('storage', (event) => {
        if (event.key === VIEWS_STORAGE_KEY) this.#load();
      });
    }
  }

  #load(): void {
    let raw: unknown;
    try {
      const text = this.#storage?.getItem(VIEWS_STORAGE_KEY) ?? null;
      if (text === null) {
        this.list = [];
        return;
      }
      raw = JSON.parse(text);
    } catch {
      this.notice = t.corrupt(1);
      return;
    }
    const entries = Array.isArray(raw) ? raw : [];
    const views = entries.map(savedViewFrom).filter((view): view is SavedView => view !== null);
    const unique = views.filter((view, index) => views.findIndex((other) => other.id === view.id) === index);
    this.list = unique;
    const skipped = (Array.isArray(raw) ? entries.length : 1) - unique.length;
    if (skipped > 0) this.notice = t.corrupt(skipped);
  }

  #commit(next: SavedView[]): void {
    this.list = next;
    try {
      this.#storage?.setItem(VIEWS_STORAGE_KEY, JSON.stringify(next));
      this.notice = null;
    } catch {
      this.notice = t.saveFailed;
    }
  }

  byId(id: string): SavedView | undefined {
    return this.list.find((view) => view.id === id);
  }

  /** Save a view of `path` with `search`; returns the new view. */
  save(path: string, search: string, name: string, note = '', now: Date = new Date()): SavedView {
    const view: SavedView = {
      id: nextViewId(this.list),
      name: cleanName(name, t.untitled(this.list.length + 1)),
      note: cleanNote(note),
      path,
      search: search.replace(/^\?/, ''),
      savedAt: now.toISOString()
    };
    this.#commit([...this.list, view]);
    return view;
  }

  rename(id: string, name: string): void {
    this.#commit(this.list.map((view) => (view.id === id ? { ...view, name: cleanName(name, view.name) } : view)));
  }

  setNote(id: string, note: string): void {
    this.#commit(this.list.map((view) => (view.id === id ? { ...view, note: cleanNote(note) } : view)));
  }

  /** Replace the view's state by the page's current one (same name and note). */
  update(id: string, path: string, search: string): void {
    this.#commit(this.list.map((view) => (view.id === id ? { ...view, path, search: search.replace(/^\?/, '') } : view)));
  }

  move(id: string, step: number): void {
    this.#commit(moveView(this.list, id, step));
  }

  remove(id: string): void {
    this.#commit(this.list.filter((view) => view.id !== id));
  }
}

const KEY = Symbol('saved-views');

export function provideSavedViews(views: SavedViews): SavedViews {
  return setContext(KEY, views);
}

export function useSavedViews(): SavedViews {
  const views = getContext<SavedViews | undefined>(KEY);
  if (!views) throw new Error('useSavedViews() dipanggil di luar halaman yang menyediakannya.');
  return views;
}
