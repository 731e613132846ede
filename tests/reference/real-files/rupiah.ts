/**
 * Whole rupiah from the plain decimal text ISB writes ('112992787.91', '35975100'),
 * rounded half up (x.5 → x+1; the files hold no negative amounts, and a negative one is
 * refused rather than rounded by a guessed rule). BigInt only: sums pass 2^53.
 */

const PLAIN = /^(\d+)(?:\.(\d+))?$/;

export function wholeRupiah(text: string): bigint {
  const m = PLAIN.exec(text);
  if (m === null) throw new SyntaxError(`not a plain non-negative amount: "${text}"`);
  const whole = BigInt(m[1]!);
  const fraction = m[2] ?? '';
  // Only the first decimal decides: .5 and above rounds up, .4999… stays.
  return fraction !== '' && Number(fraction[0]) >= 5 ? whole + 1n : whole;
}

/** The exact value in sen-free units of 10^-scale, to sum a column before rounding (golden totals). */
export function exactUnits(text: string, scale: number): bigint {
  const m = PLAIN.exec(text);
  if (m === null) throw new SyntaxError(`not a plain non-negative amount: "${text}"`);
  const fraction = (m[2] ?? '').padEnd(scale, '0');
  if (fraction.length > scale) throw new RangeError(`"${text}" has more than ${scale} decimals`);
  return BigInt(m[1]! + fraction);
}
