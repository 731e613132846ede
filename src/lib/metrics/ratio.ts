/**
 * A share with its numerator and denominator, exact in rupiah. A ratio whose denominator is
 * missing or zero is "not computable" (null), never 0 % and never 100 %.
 */
export interface Ratio {
  numerator: bigint;
  denominator: bigint | null;
  /** numerator / denominator as a fraction, or null when not computable. */
  value: number | null;
}

export function ratio(numerator: bigint | null, denominator: bigint | null): Ratio {
  const top = numerator ?? 0n;
  if (denominator === null || denominator === 0n) return { numerator: top, denominator, value: null };
  return { numerator: top, denominator, value: exactQuotient(top, denominator) };
}

/**
 * numerator / denominator as the nearest double. Below 2^53 both convert exactly and one
 * division rounds once; larger sums are scaled down in bigint first so no digit that
 * matters is lost on the way.
 */
function exactQuotient(numerator: bigint, denominator: bigint): number {
  const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);
  const abs = (v: bigint) => (v < 0n ? -v : v);
  if (abs(numerator) <= LIMIT && abs(denominator) <= LIMIT) return Number(numerator) / Number(denominator);
  const SCALE = 10n ** 18n;
  return Number((numerator * SCALE) / denominator) / 1e18;
}
