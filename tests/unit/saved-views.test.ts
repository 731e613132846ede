/**
 * Saved views and presentation mode: the stored list (its ids, names, notes, order, what
 * survives a reload or a damaged value), the pages a view may come from, and the URLs that
 * move between a page, its saved views and the slides that show them.
 */
import { describe, expect, it } from 'vitest';
import {
  cleanName, cleanNote, isViewPath, moveView, nextViewId, savedViewFrom, viewHref, type SavedView
} from '../../src/lib/views/saved-view';
import { SavedViews, VIEWS_STORAGE_KEY, type ViewStorage } from '../../src/lib/views/saved-views.svelte';
import { exitHref, slideHref, slideIndex, slidesOf, viewSearchOf, type Slide } from '../../src/lib/views/slides';
import { appPath, presentHref } from '../../src/lib/views/view-path';
import { viewsId } from '../../src/lib/i18n/views-id';

/** A Map behind the two Storage methods the list uses; `writes` counts setItem calls. */
class MapStorage implements ViewStorage {
  readonly map = new Map<string, string>();
  writes = 0;
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    this.map.set(key, value);
  }
}

/** Storage whose reads work but every write fails (quota exceeded, storage blocked). */
class FullStorage extends MapStorage {
  override setItem(): void {
    throw new DOMException('quota', 'QuotaExceededError');
  }
}

const ID = /^v-[0-9a-z]{6}$/;
const AT = new Date('2026-03-04T05:06:07.000Z');

function view(id: string, path = '/', search = '', name = id): SavedView {
  return { id, name, note: '', path, search, savedAt: '2026-01-01T00:00:00.000Z' };
}

/** A generator that returns the given values in turn (then repeats the last). */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)]!;
}

const storedList = (storage: MapStorage): unknown => JSON.parse(storage.map.get(VIEWS_STORAGE_KEY) ?? 'null');

describe('isViewPath', () => {
  it('accepts every data page a view can be saved from', () => {
    for (const path of ['/', '/peringkat', '/peta', '/peringatan', '/rekonsiliasi', '/pemda/33', '/pemda/33.25']) {
      expect(isViewPath(path), path).toBe(true);
    }
  });

  it('refuses settings pages, the presentation itself and anything that is not exactly a page', () => {
    for (const path of [
      '/target', '/dataset', '/presentasi', '/pemda/x', '/pemda/3', '/pemda/333', '/pemda/33.2', '/pemda/33.25.01',
      '/pemda', '/pemda/', '/peringkat/', '/../x', '/peta/../dataset', '', 'peringkat', '//evil.example', '/peringkatx'
    ]) {
      expect(isViewPath(path), path).toBe(false);
    }
  });
});

describe('viewHref', () => {
  it('puts the deployment base first and the query after a single ?', () => {
    expect(viewHref('/telisik', { path: '/peringkat', search: 'tahun=2025&metrik=pdn_realisasi' }))
      .toBe('/telisik/peringkat?tahun=2025&metrik=pdn_realisasi');
    expect(viewHref('/telisik', { path: '/pemda/33.25', search: '' })).toBe('/telisik/pemda/33.25');
    expect(viewHref('/telisik', { path: '/', search: 'tahun=2025' })).toBe('/telisik/?tahun=2025');
    expect(viewHref('', { path: '/peta', search: 'provinsi=33,35' })).toBe('/peta?provinsi=33,35');
  });
});

describe('nextViewId', () => {
  it('draws again when the drawn id is taken, so an id never repeats', () => {
    const first = nextViewId([], () => 0);
    expect(first).toBe('v-000000');
    const existing = [view(first)];
    const calls: number[] = [];
    const random = sequence(0, 0, 0.5);
    const id = nextViewId(existing, () => {
      const value = random();
      calls.push(value);
      return value;
    });
    expect(calls).toEqual([0, 0, 0.5]);
    expect(id).toMatch(ID);
    expect(id).not.toBe(first);
    expect(id).toBe(`v-${Math.floor(0.5 * 36 ** 6).toString(36)}`);
  });

  it('always has the short URL-safe shape, also at the ends of the random range', () => {
    for (const r of [0, 1e-9, 0.123456, 0.999999999]) expect(nextViewId([], () => r)).toMatch(ID);
    expect(nextViewId([], () => 0.999999999)).toBe(`v-${(36 ** 6 - 3).toString(36)}`);
  });
});

describe('moveView', () => {
  const list = [view('v-a'), view('v-b'), view('v-c')];
  const ids = (views: readonly SavedView[]) => views.map((v) => v.id);

  it('moves one place up or down and clamps at both ends', () => {
    expect(ids(moveView(list, 'v-c', -1))).toEqual(['v-a', 'v-c', 'v-b']);
    expect(ids(moveView(list, 'v-a', 1))).toEqual(['v-b', 'v-a', 'v-c']);
    expect(ids(moveView(list, 'v-a', -1))).toEqual(['v-a', 'v-b', 'v-c']);
    expect(ids(moveView(list, 'v-c', 1))).toEqual(['v-a', 'v-b', 'v-c']);
    expect(ids(moveView(list, 'v-a', 10))).toEqual(['v-b', 'v-c', 'v-a']);
  });

  it('leaves the list as it was for an unknown id and never changes its input', () => {
    expect(ids(moveView(list, 'v-zz', 1))).toEqual(['v-a', 'v-b', 'v-c']);
    moveView(list, 'v-a', 1);
    expect(ids(list)).toEqual(['v-a', 'v-b', 'v-c']);
  });
});

describe('cleanName, cleanNote and savedViewFrom', () => {
  it('keep a name on one trimmed line of at most 120 characters, with a fallback for an empty one', () => {
    expect(cleanName('  Peringkat\n\tPDN   2025 ', 'x')).toBe('Peringkat PDN 2025');
    expect(cleanName(' \n\t ', 'Tampilan 3')).toBe('Tampilan 3');
    expect(cleanName('a'.repeat(300), 'x')).toHaveLength(120);
  });

  it('keep a note multi-line with LF only, trimmed and capped', () => {
    expect(cleanNote('\r\n  Satu\r\ndua\rtiga  \n')).toBe('Satu\ndua\ntiga');
    expect(cleanNote('b'.repeat(5000))).toHaveLength(4000);
  });

  it('read a stored entry, cleaning it, and refuse a malformed one', () => {
    expect(savedViewFrom({ id: 'v-abc123', name: '  ', note: ' n\r\n ', path: '/peta', search: '?tahun=2025', savedAt: 'x' }))
      .toEqual({ id: 'v-abc123', name: 'v-abc123', note: 'n', path: '/peta', search: 'tahun=2025', savedAt: 'x' });
    const good = { id: 'v-1', name: 'A', note: '', path: '/', search: '', savedAt: '' };
    expect(savedViewFrom(good)).not.toBeNull();
    for (const bad of [
      null, 'v-1', 42, [good],
      { ...good, id: undefined }, { ...good, id: '' }, { ...good, id: 'V-UPPER' }, { ...good, id: 'a'.repeat(41) },
      { ...good, id: '<script>' }, { ...good, path: '/dataset' }, { ...good, path: '/../x' }, { ...good, path: undefined },
      { ...good, search: undefined }, { ...good, search: 7 }
    ]) {
      expect(savedViewFrom(bad), JSON.stringify(bad) ?? String(bad)).toBeNull();
    }
  });
});

describe('SavedViews', () => {
  it('saves a view with a fresh id, the cleaned name and note, the query without ?, and the time', () => {
    const storage = new MapStorage();
    const views = new SavedViews(storage);
    expect(views.list).toEqual([]);
    expect(views.notice).toBeNull();
    const saved = views.save('/peringkat', '?tahun=2025&metrik=pdn_realisasi', '  PDN\n2025 ', '\r\n Bahas dulu\r\nbaris dua \n', AT);
    expect(saved).toEqual({
      id: expect.stringMatching(ID),
      name: 'PDN 2025',
      note: 'Bahas dulu\nbaris dua',
      path: '/peringkat',
      search: 'tahun=2025&metrik=pdn_realisasi',
      savedAt: '2026-03-04T05:06:07.000Z'
    });
    expect(views.list).toEqual([saved]);
    expect(views.byId(saved.id)).toEqual(saved);
    expect(storedList(storage)).toEqual([saved]);
  });

  it('names an unnamed view by its place in the list', () => {
    const views = new SavedViews(new MapStorage());
    views.save('/', '', 'Ringkasan');
    const second = views.save('/peta', '', '   ');
    const third = views.save('/peta', '', '');
    expect(second.name).toBe(viewsId.saved.untitled(2));
    expect(second.name).toBe('Tampilan 2');
    expect(third.name).toBe('Tampilan 3');
    expect(new Set(views.list.map((v) => v.id)).size).toBe(3);
  });

  it('renames (keeping the old name for an empty one), sets the note and replaces the state of one view only', () => {
    const storage = new MapStorage();
    const views = new SavedViews(storage);
    const a = views.save('/peringkat', 'tahun=2025', 'A', 'catatan A', AT);
    const b = views.save('/peta', 'tahun=2025', 'B', '', AT);

    views.rename(a.id, '  Peringkat\n terbaru ');
    expect(views.byId(a.id)?.name).toBe('Peringkat terbaru');
    views.rename(a.id, '  \n ');
    expect(views.byId(a.id)?.name).toBe('Peringkat terbaru');

    views.setNote(b.id, ' Baris 1\r\nBaris 2 ');
    expect(views.byId(b.id)?.note).toBe('Baris 1\nBaris 2');

    views.update(a.id, '/pemda/33.25', '?tahun=2026&metrik=umkk');
    expect(views.byId(a.id)).toEqual({
      ...a, name: 'Peringkat terbaru', path: '/pemda/33.25', search: 'tahun=2026&metrik=umkk'
    });
    expect(views.byId(b.id)).toEqual({ ...b, note: 'Baris 1\nBaris 2' });
    expect(storedList(storage)).toEqual(views.list);
  });

  it('moves and removes views, and a new list over the same storage (a reload) sees the same views in the same order', () => {
    const storage = new MapStorage();
    const views = new SavedViews(storage);
    const a = views.save('/', 'tahun=2025', 'A', '', AT);
    const b = views.save('/peringkat', 'tahun=2025&metrik=pdn_realisasi', 'B', 'catatan', AT);
    const c = views.save('/pemda/33', '', 'C', '', AT);
    const d = views.save('/peta', 'provinsi=33,35', 'D', '', AT);

    views.move(d.id, -1);
    views.move(a.id, 1);
    views.move(b.id, -5);
    expect(views.list.map((v) => v.name)).toEqual(['B', 'A', 'D', 'C']);
    views.remove(a.id);
    views.remove('v-tidakada');
    expect(views.list.map((v) => v.name)).toEqual(['B', 'D', 'C']);

    const reloaded = new SavedViews(storage);
    expect(reloaded.list).toEqual(views.list);
    expect(reloaded.list.map((v) => v.id)).toEqual([b.id, d.id, c.id]);
    expect(reloaded.notice).toBeNull();
    // The reloaded list keeps working on the same storage.
    reloaded.move(c.id, -2);
    expect(new SavedViews(storage).list.map((v) => v.name)).toEqual(['C', 'B', 'D']);
  });

  it('starts empty and quiet when nothing was stored, and keeps an empty stored list quiet', () => {
    const storage = new MapStorage();
    expect(new SavedViews(storage).notice).toBeNull();
    storage.map.set(VIEWS_STORAGE_KEY, '[]');
    const views = new SavedViews(storage);
    expect(views.list).toEqual([]);
    expect(views.notice).toBeNull();
    expect(storage.writes).toBe(0);
  });

  it('says one view was unreadable when the stored value is not JSON, and saving again works', () => {
    const storage = new MapStorage();
    storage.map.set(VIEWS_STORAGE_KEY, '[{"id":"v-1", "path": "/"');
    const views = new SavedViews(storage);
    expect(views.list).toEqual([]);
    expect(views.notice).toBe(viewsId.saved.corrupt(1));
    const saved = views.save('/peta', '', 'Baru', '', AT);
    expect(views.notice).toBeNull();
    expect(new SavedViews(storage).list).toEqual([saved]);
  });

  it('treats stored JSON that is not a list as one unreadable value', () => {
    for (const text of ['{"id":"v-1"}', 'null', '"v-1"', '7']) {
      const storage = new MapStorage();
      storage.map.set(VIEWS_STORAGE_KEY, text);
      const views = new SavedViews(storage);
      expect(views.list, text).toEqual([]);
      expect(views.notice, text).toBe(viewsId.saved.corrupt(1));
    }
  });

  it('keeps every good entry of a damaged list, in order, and counts the skipped ones', () => {
    const good1 = view('v-good01', '/peringkat', 'tahun=2025', 'Satu');
    const good2 = view('v-good02', '/pemda/33.25', 'metrik=umkk', 'Dua');
    const good3 = view('v-good03', '/rekonsiliasi', '', 'Tiga');
    const stored: unknown[] = [
      good1,
      { ...good1, name: 'Salinan dengan id yang sama' },
      view('v-bad001', '/dataset'),
      view('v-bad002', '/../x'),
      { name: 'tanpa id', note: '', path: '/', search: '', savedAt: '' },
      good2,
      'bukan objek',
      null,
      { ...good2, path: '/peta' },
      good3
    ];
    const storage = new MapStorage();
    storage.map.set(VIEWS_STORAGE_KEY, JSON.stringify(stored));
    const views = new SavedViews(storage);
    expect(views.list).toEqual([good1, good2, good3]);
    expect(views.notice).toBe(viewsId.saved.corrupt(7));
    expect(views.notice).toContain('7 tampilan');
    // Reading does not rewrite the stored value; the next change stores the good entries only.
    expect(storage.writes).toBe(0);
    views.rename(good2.id, 'Dua baru');
    expect(views.notice).toBeNull();
    const reloaded = new SavedViews(storage);
    expect(reloaded.list.map((v) => v.name)).toEqual(['Satu', 'Dua baru', 'Tiga']);
    expect(reloaded.notice).toBeNull();
  });

  it('keeps the list for the visit and says so when the storage refuses to save', () => {
    const storage = new FullStorage();
    const views = new SavedViews(storage);
    const a = views.save('/peringkat', 'tahun=2025', 'A', '', AT);
    expect(views.list).toEqual([a]);
    expect(views.notice).toBe(viewsId.saved.saveFailed);
    const b = views.save('/peta', '', 'B', '', AT);
    views.move(b.id, -1);
    views.rename(a.id, 'A2');
    expect(views.list.map((v) => v.name)).toEqual(['B', 'A2']);
    expect(views.notice).toBe(viewsId.saved.saveFailed);
    expect(storage.map.has(VIEWS_STORAGE_KEY)).toBe(false);
  });

  it('works in memory without any storage', () => {
    const views = new SavedViews(null);
    const a = views.save('/', '', '', '', AT);
    expect(views.list).toEqual([a]);
    expect(views.notice).toBeNull();
  });
});

describe('slides', () => {
  const a = { ...view('v-aaaaaa', '/peringkat', 'tahun=2025&metrik=pdn_realisasi', 'Peringkat PDN'), note: 'Catatan A' };
  const b = view('v-bbbbbb', '/pemda/33.25', 'tahun=2025', 'Kab. Banyumas');
  const c = view('v-cccccc', '/peta', 'provinsi=33,35', 'Peta Jawa');
  const saved = [a, b, c];
  const q = (text: string) => new URLSearchParams(text);

  it('are the saved views, in their order, when the URL names a slide and some are saved', () => {
    expect(slidesOf(q('slide=2&tahun=2025'), saved, 'Ringkasan')).toEqual<Slide[]>([
      { id: a.id, title: 'Peringkat PDN', note: 'Catatan A', path: '/peringkat', search: 'tahun=2025&metrik=pdn_realisasi' },
      { id: b.id, title: 'Kab. Banyumas', note: '', path: '/pemda/33.25', search: 'tahun=2025' },
      { id: c.id, title: 'Peta Jawa', note: '', path: '/peta', search: 'provinsi=33,35' }
    ]);
  });

  it('are the origin view alone, with the URL filters minus slide and asal, otherwise', () => {
    const origin: Slide = { id: 'saat-ini', title: 'Peringkat', note: '', path: '/peringkat', search: 'tahun=2025&provinsi=33,35' };
    // No slide named: the origin even when views are saved.
    expect(slidesOf(q('tahun=2025&asal=/peringkat&provinsi=33,35'), saved, 'Peringkat')).toEqual([origin]);
    // A slide named but nothing saved.
    expect(slidesOf(q('slide=3&tahun=2025&asal=%2Fperingkat&provinsi=33%2C35'), [], 'Peringkat')).toEqual([origin]);
    // No origin: the overview.
    expect(slidesOf(q('tahun=2026'), [], 'Ringkasan')).toEqual([{ id: 'saat-ini', title: 'Ringkasan', note: '', path: '/', search: 'tahun=2026' }]);
  });

  it('fall back to the overview when asal is not a view page', () => {
    for (const asal of ['/dataset', '/target', '/presentasi', '/../x', 'https://evil.example/', '/pemda/x']) {
      const [slide, ...rest] = slidesOf(q(`asal=${encodeURIComponent(asal)}&tahun=2025`), [], 'x');
      expect(rest, asal).toEqual([]);
      expect(slide?.path, asal).toBe('/');
      expect(slide?.search, asal).toBe('tahun=2025');
    }
  });

  it('viewSearchOf drops only the presentation options', () => {
    expect(viewSearchOf(q('slide=1&tahun=2025&asal=/peta&metrik=umkk'))).toBe('tahun=2025&metrik=umkk');
    expect(viewSearchOf(q('slide=1&asal=/'))).toBe('');
  });

  it('slideIndex reads slide 1-based and clamps it to the deck', () => {
    expect(slideIndex(q('slide=1'), 3)).toBe(0);
    expect(slideIndex(q('slide=3'), 3)).toBe(2);
    expect(slideIndex(q('slide=2'), 3)).toBe(1);
    expect(slideIndex(q('slide=99'), 3)).toBe(2);
    expect(slideIndex(q('slide=4'), 1)).toBe(0);
    for (const text of ['slide=0', 'slide=-2', 'slide=abc', 'slide=', 'slide=1.5', 'slide=Infinity', 'slide=1e400', 'tahun=2025']) {
      expect(slideIndex(q(text), 3), text).toBe(0);
    }
  });

  it('slideHref carries the saved view state and its 1-based number, and reading it back lands on that slide', () => {
    const slides = slidesOf(q('slide=1'), saved, 'x');
    const href = slideHref('/telisik', slides, 1, true);
    expect(href).toBe('/telisik/presentasi?tahun=2025&slide=2');
    const third = slideHref('/telisik', slides, 2, true);
    expect(third).toBe('/telisik/presentasi?provinsi=33,35&slide=3');
    for (let i = 0; i < slides.length; i++) {
      const url = new URL(slideHref('/telisik', slides, i, true), 'https://telisik.example');
      expect(url.pathname).toBe('/telisik/presentasi');
      expect(slideIndex(url.searchParams, slides.length)).toBe(i);
      expect(viewSearchOf(url.searchParams)).toBe(slides[i]!.search);
      expect(slidesOf(url.searchParams, saved, 'x')).toEqual(slides);
    }
  });

  it('slideHref of an unsaved view names its page in asal and keeps its filters', () => {
    const slides = slidesOf(q('asal=/pemda/33.25&tahun=2025&provinsi=33,35'), [], 'Banyumas');
    const href = slideHref('', slides, 0, false);
    expect(href).toBe('/presentasi?tahun=2025&provinsi=33,35&asal=/pemda/33.25');
    const params = new URL(href, 'https://telisik.example').searchParams;
    expect(params.has('slide')).toBe(false);
    expect(slidesOf(params, saved, 'Banyumas')).toEqual(slides);
  });

  it('exitHref goes back to the slide page with the current filters and no presentation options', () => {
    const slide: Slide = { id: b.id, title: b.name, note: '', path: '/pemda/33.25', search: 'tahun=2025' };
    expect(exitHref('/telisik', slide, q('tahun=2026&slide=2&metrik=umkk'))).toBe('/telisik/pemda/33.25?tahun=2026&metrik=umkk');
    expect(exitHref('/telisik', slide, q('slide=2'))).toBe('/telisik/pemda/33.25');
    const origin = slidesOf(q('asal=/peta&provinsi=33,35'), [], 'Peta')[0]!;
    expect(exitHref('', origin, q('asal=/peta&provinsi=33,35'))).toBe('/peta?provinsi=33,35');
  });
});

describe('appPath', () => {
  it('drops the deployment base and a trailing slash, and is / for the root', () => {
    expect(appPath('/telisik/peringkat', '/telisik')).toBe('/peringkat');
    expect(appPath('/telisik/peringkat/', '/telisik')).toBe('/peringkat');
    expect(appPath('/telisik/pemda/33.25', '/telisik')).toBe('/pemda/33.25');
    expect(appPath('/telisik', '/telisik')).toBe('/');
    expect(appPath('/telisik/', '/telisik')).toBe('/');
    expect(appPath('/peta', '')).toBe('/peta');
    expect(appPath('/peta/', '')).toBe('/peta');
    expect(appPath('/', '')).toBe('/');
    expect(appPath('/peringkat', '/telisik')).toBe('/peringkat');
  });
});

describe('presentHref', () => {
  const a = view('v-aaaaaa', '/peringkat', 'tahun=2025&metrik=pdn_realisasi', 'A');
  const b = view('v-bbbbbb', '/peta', 'tahun=2026&provinsi=33,35', 'B');
  const c = view('v-cccccc', '/', '', 'C');

  it('starts at the saved view matching this page and its query', () => {
    const href = presentHref('/telisik', [a, b, c], '/peta', 'tahun=2026&provinsi=33,35');
    expect(href).toBe('/telisik/presentasi?slide=2&tahun=2026&provinsi=33,35');
    const params = new URL(href, 'https://telisik.example').searchParams;
    const slides = slidesOf(params, [a, b, c], 'x');
    expect(slides[slideIndex(params, slides.length)]?.id).toBe(b.id);
    expect(presentHref('', [a, b, c], '/', '')).toBe('/presentasi?slide=3');
  });

  it('starts at slide 1 when no saved view matches both the page and the query', () => {
    expect(presentHref('/telisik', [a, b], '/peta', 'tahun=2025')).toBe('/telisik/presentasi?slide=1&tahun=2025&metrik=pdn_realisasi');
    expect(presentHref('', [a, b], '/pemda/33', 'tahun=2026&provinsi=33,35')).toBe('/presentasi?slide=1&tahun=2025&metrik=pdn_realisasi');
    expect(presentHref('', [c, a], '/target', '')).toBe('/presentasi?slide=1');
  });

  it('with nothing saved presents this page alone, named in asal', () => {
    const href = presentHref('/telisik', [], '/pemda/33.25', 'tahun=2025&provinsi=33,35');
    expect(href).toBe('/telisik/presentasi?tahun=2025&provinsi=33,35&asal=/pemda/33.25');
    const params = new URL(href, 'https://telisik.example').searchParams;
    expect(slidesOf(params, [], 'Banyumas')).toEqual([
      { id: 'saat-ini', title: 'Banyumas', note: '', path: '/pemda/33.25', search: 'tahun=2025&provinsi=33,35' }
    ]);
    // A page that cannot be presented is not named: the deck shows the overview.
    expect(presentHref('', [], '/dataset', 'tahun=2025')).toBe('/presentasi?tahun=2025');
  });
});
