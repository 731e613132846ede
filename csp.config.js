/**
 * The Content Security Policy of the built app, one list for the page's meta tag
 * (svelte.config.js), the header `vite preview` sends (vite.config.ts) and the README.
 * Nothing leaves the origin; no script is evaluated from text. Why each exception:
 * - 'wasm-unsafe-eval': DuckDB-WASM compiles its WebAssembly module.
 * - worker-src blob: write-excel-file starts its zip worker from a blob URL (XLSX export).
 * - img-src blob: data: chart pictures (PNG/SVG export) are drawn from blob URLs; Plot's
 *   legends use data: URLs.
 * - style-src 'unsafe-inline': Svelte and Observable Plot set style attributes; styles cannot
 *   run code, and scripts stay strict.
 */
/** @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} */
export const contentSecurityPolicy = {
  'default-src': ['self'],
  'script-src': ['self', 'wasm-unsafe-eval'],
  'worker-src': ['self', 'blob:'],
  'connect-src': ['self'],
  'img-src': ['self', 'blob:', 'data:'],
  'style-src': ['self', 'unsafe-inline'],
  'font-src': ['self'],
  'manifest-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['none'],
  'form-action': ['self']
};

/**
 * The policy exactly as the built page states it (with the bootstrap script's hash), for a
 * host to send as a header: the meta tag does not reach web workers, a header does.
 * Undefined when the page states none.
 * @param {string} indexHtml
 * @returns {string | undefined}
 */
export function builtPolicy(indexHtml) {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(indexHtml);
  return meta?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
