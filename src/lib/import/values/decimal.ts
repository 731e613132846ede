/**
 * Exact decimals. Rupiah amounts reach 10^13 and carry sen; identifiers and sums of many
 * rows go past 2^53. A JS number would silently change such figures, and an auditor must
 * be able to reproduce every one, so values stay as a bigint count of 10^-scale units.
 */
export interface ExactDecimal {
  /** value = units / 10^scale */
  units: bigint;
  /** number of decimal places, an integer >= 0 */
  scale: number;
}

function checkScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`Skala desimal tidak sah: ${scale}.`);
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** The same value written with `scale` decimal places (scale must not drop digits). */
function rescale(d: ExactDecimal, scale: number): bigint {
  return d.units * pow10(scale - d.scale);
}

/** Plain notation, no grouping, '.' as decimal mark, every stored decimal place kept. */
export function decimalToString(d: ExactDecimal): string {
  checkScale(d.scale);
  const sign = d.units < 0n ? '-' : '';
  const digits = abs(d.units).toString();
  if (d.scale === 0) return sign + digits;
  const padded = digits.padStart(d.scale + 1, '0');
  const point = padded.length - d.scale;
  return `${sign}${padded.slice(0, point)}.${padded.slice(point)}`;
}

/** Inverse of decimalToString: the scale is the number of digits after the point. */
export function decimalFromString(plain: string): ExactDecimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!match) throw new SyntaxError(`Bukan desimal polos: "${plain}".`);
  const fraction = match[3] ?? '';
  const magnitude = BigInt((match[2] ?? '') + fraction);
  return { units: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** Rounds half away from zero (2.5 → 3, -2.5 → -3), the rule of Indonesian financial reports. */
export function roundToInteger(d: ExactDecimal): bigint {
  checkScale(d.scale);
  const divisor = pow10(d.scale);
  const quotient = d.units / divisor; // bigint division truncates toward zero
  const remainder = d.units % divisor;
  if (2n * abs(remainder) >= divisor) return quotient + (d.units < 0n ? -1n : 1n);
  return quotient;
}

/** Exact sum; its scale is the larger of the two, so summing a column keeps one scale. */
export function addDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  checkScale(a.scale);
  checkScale(b.scale);
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

/** -1, 0 or 1, for sorting; 1.50 and 1.5 compare equal. */
export function compareDecimals(a: ExactDecimal, b: ExactDecimal): number {
  checkScale(a.scale);
  checkScale(b.scale);
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The shortest scale for the same value (1.50 → 1.5, 1500.0 → 1500), so equal values look equal. */
export function normalizeDecimal(d: ExactDecimal): ExactDecimal {
  checkScale(d.scale);
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** d × 10^exponent, exactly: used for 'E+3', for 'M' (miliar) and for '%' (÷ 100). */
export function shiftDecimal(d: ExactDecimal, exponent: number): ExactDecimal {
  checkScale(d.scale);
  if (!Number.isInteger(exponent)) throw new RangeError(`Eksponen tidak sah: ${exponent}.`);
  const scale = d.scale - exponent;
  if (scale >= 0) return { units: d.units, scale };
  return { units: d.units * pow10(-scale), scale: 0 };
}

export function negateDecimal(d: ExactDecimal): ExactDecimal {
  return { units: -d.units, scale: d.scale };
}
