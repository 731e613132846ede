/**
 * The INAPROC v1 page envelope: `{"success": true, "data": [...], "meta": {"limit", "has_more",
 * "cursor"}}`, `data: null` on an empty page, and the error replies `{"success": false,
 * "error": {...}}` / `{"error": "..."}` (inaproc-v1.md §1). Works on JSON.parse output and on
 * lossless-json output alike (whose numbers are objects with `isLosslessNumber`).
 */

export interface PageMeta {
  /** meta.has_more (or an older client's top-level has_more); null when absent. */
  hasMore: boolean | null;
  /** The cursor of the NEXT page; null when absent or empty. */
  cursor: string | null;
  limit: number | null;
  /** The endpoint and request parameters when the saving tool recorded them in meta. */
  endpoint: string | null;
  params: string | null;
}

export type Envelope = { kind: 'page'; records: unknown[]; meta: PageMeta } | { kind: 'error'; message: string };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !('isLosslessNumber' in v);
const text = (v: unknown): string | null =>
  v === null || v === undefined || (typeof v === 'object' && !('isLosslessNumber' in v)) ? null : String(v).trim() || null;
const ERROR_KEYS = new Set(['error', 'message', 'success', 'code', 'status', 'data']);
// Request parameters a saving tool may have copied into meta; cursor and limit differ per page.
const PARAM_KEYS = ['kode_klpd', 'kd_klpd', 'tahun', 'jenis_paket', 'status'];

function errorMessage(error: unknown): string {
  if (isObj(error)) {
    const parts = [text(error.code), text(error.message), text(error.details)].filter((p) => p !== null);
    return parts.join(': ') || 'galat tanpa keterangan';
  }
  return text(error) ?? 'galat tanpa keterangan';
}

/** Parameters as one comparable text: `kode_klpd=D107&tahun=2025`. */
function paramsOf(meta: Obj, query: URLSearchParams | null): string | null {
  const source: Obj = [meta.params, meta.query, meta.parameters].find(isObj) ?? { ...Object.fromEntries(query ?? []), ...meta };
  const pairs = PARAM_KEYS.flatMap((k) => {
    const value = text(source[k]);
    return value === null ? [] : [`${k}=${value}`];
  });
  return pairs.length > 0 ? pairs.join('&') : null;
}

/**
 * The endpoint without host and query (a saved URL carries the page's own cursor), and the
 * URL's query for the parameters.
 */
function endpointOf(meta: Obj | null): { endpoint: string | null; query: URLSearchParams | null } {
  const raw = text(meta?.endpoint ?? meta?.path ?? meta?.url);
  if (raw === null) return { endpoint: null, query: null };
  const [path = '', query] = raw.split('?');
  return { endpoint: path.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/api/, ''), query: query === undefined ? null : new URLSearchParams(query) };
}

export function readEnvelope(value: unknown): Envelope | null {
  if (!isObj(value)) return null;
  const meta = isObj(value.meta) ? value.meta : null;
  const hasData = 'data' in value;
  const pageLike = 'success' in value || (meta !== null && ('has_more' in meta || 'cursor' in meta || 'limit' in meta));
  if (value.success === false || ('error' in value && !Array.isArray(value.data) && Object.keys(value).every((k) => ERROR_KEYS.has(k)))) {
    return { kind: 'error', message: errorMessage(value.error ?? value.message) };
  }
  if (!hasData || !pageLike) return null;
  // Dashboard replies nest their rows (data.items, data.rows): not a record page.
  if (value.data !== null && !Array.isArray(value.data)) return null;
  const records = Array.isArray(value.data) ? value.data : [];
  const hasMore = meta?.has_more ?? value.has_more;
  const limit = Number(text(meta?.limit));
  const { endpoint, query } = endpointOf(meta);
  return {
    kind: 'page',
    records,
    meta: {
      hasMore: typeof hasMore === 'boolean' ? hasMore : null,
      cursor: text(meta?.cursor ?? value.cursor),
      limit: Number.isFinite(limit) && limit > 0 ? limit : null,
      endpoint,
      params: meta === null ? null : paramsOf(meta, query)
    }
  };
}
