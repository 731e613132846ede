/**
 * The workbench's views, in the order of the navigation bar: one registry for the links
 * and their labels (i18n/monitoring-id.ts `nav`). Every link keeps the URL's filters.
 */
export const NAV_ITEMS = [
  { key: 'ringkasan', path: '/' },
  { key: 'peringkat', path: '/peringkat' },
  { key: 'peta', path: '/peta' },
  { key: 'peringatan', path: '/peringatan' },
  { key: 'rekonsiliasi', path: '/rekonsiliasi' },
  { key: 'target', path: '/target' },
  { key: 'data', path: '/dataset' }
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]['key'];

/** The item a path belongs to (a pemda page belongs to none). */
export function activeNav(pathname: string, base: string): NavKey | null {
  const path = pathname.slice(base.length) || '/';
  const item = NAV_ITEMS.find((item) => (item.path === '/' ? path === '/' : path === item.path || path.startsWith(`${item.path}/`)));
  return item?.key ?? null;
}
