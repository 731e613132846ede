/**
 * e-katalog v6 orders (/v1/ekatalog/paket-e-purchasing) in ISB V6 form: the order status
 * vocabulary and the product list. ISB's V6 dataset held four statuses (ON_PROCESS,
 * PAYMENT_OUTSIDE_SYSTEM, COMPLETED, ON_ADDENDUM); INAPROC returns every order, including
 * cancelled ones and orders still being negotiated (inaproc-v1.md §2.9).
 */

import { inaprocText } from '../../i18n/inaproc-id';
import type { RowAdapter } from './types';

/** Orders that stand: passed on as ISB wrote them. */
const STANDING = new Set(['ON_PROCESS', 'PAYMENT_OUTSIDE_SYSTEM', 'COMPLETED', 'ON_ADDENDUM']);

/**
 * Not yet an order that stands: the buyer and seller are still negotiating, the seller has
 * not accepted, the PPK has not approved or the contract is not signed. Many end as
 * CANCELLED_ON_NEGOTIATION / CANCELLED_ON_REVIEW, so counting them would count money never
 * committed; ISB's V6 dataset did not list them either.
 */
const PRE_CONTRACT = new Set(['ON_NEGOTIATION', 'WAITING_SELLER_CONFIRMATION', 'WAITING_PPK_REVIEW', 'ESIGN_IN_PROGRESS']);

export type V6Status = { status: string } | { reject: string } | { unknown: string };

/**
 * The status as the ISB mapper understands it. Every cancellation (CANCELLED,
 * CANCELLED_ON_REVIEW, CANCELLED_ON_NEGOTIATION, and REQUEST_CANCEL_BY_ADMIN, an order LKPP's
 * admin is taking back) becomes CANCELLED ('dibatalkan'); a rejection or failure becomes
 * FAILED ('gagal'). An unknown status is passed on and reported.
 */
export function v6Status(text: string | null): V6Status {
  const status = (text ?? '').trim().toUpperCase();
  if (STANDING.has(status)) return { status };
  if (PRE_CONTRACT.has(status)) return { reject: inaprocText.preContract(status) };
  if (/CANCEL|BATAL/.test(status)) return { status: 'CANCELLED' };
  if (/REJECT|FAIL|TOLAK|GAGAL/.test(status)) return { status: 'FAILED' };
  return { unknown: status };
}

/**
 * ISB's product_ids ('a,b'): v1 first wrote product_id as 'a, b', then (2026-09) replaced
 * it with `products`, an array of {product_id, product_name, qty, origin_price, final_price}
 * that the JSON reader keeps as its JSON text.
 */
export function productIds(productId: string | null, products: string | null): string | null {
  if (productId !== null) return productId.split(',').map((p) => p.trim()).filter((p) => p !== '').join(',') || null;
  if (products === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(products);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const ids = parsed.flatMap((p: unknown) => {
    const id = typeof p === 'object' && p !== null ? (p as Record<string, unknown>).product_id : undefined;
    return typeof id === 'string' && id !== '' ? [id] : [];
  });
  return ids.length > 0 ? ids.join(',') : null;
}

/** Private-sector orders (kode_klpd=swasta) are not government spending. */
export const isSwasta = (text: string | null): boolean => (text ?? '').trim().toLowerCase() === 'true';

/** The per-row hook of the v6 endpoint: ISB's status_pkt and product_ids. */
export function v6RowAdapter(): RowAdapter {
  const unknown = new Set<string>();
  return {
    adds: ['status_pkt', 'product_ids'],
    adapt(get) {
      if (isSwasta(get('is_swasta'))) return { reject: inaprocText.swasta };
      const status = v6Status(get('status'));
      if ('reject' in status) return status;
      if ('unknown' in status && status.unknown !== '') unknown.add(status.unknown);
      const text = 'status' in status ? status.status : status.unknown;
      return { cells: [text === '' ? null : text, productIds(get('product_id'), get('products'))] };
    },
    notices() {
      return unknown.size === 0 ? [] : [{ code: 'inaproc-status', message: inaprocText.unknownStatus([...unknown].sort().join(', ')) }];
    }
  };
}
