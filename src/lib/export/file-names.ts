/** `telisik-peringkat-pdn-2026-12-02`: a file name from a title, safe on every system, dated by the export. */
export function exportFileStem(title: string, exportedAt: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `telisik-${slug || 'tampilan'}-${exportedAt.slice(0, 10)}`;
}
