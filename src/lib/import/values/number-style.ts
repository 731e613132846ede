/**
 * Which mark is the decimal one in a column. Indonesian exports write 1.234.567,89, ISB CSVs
 * and anything from a program write 114421517649.17, and a lone "1.234" is 1234 in the first
 * and 1.234 in the second. One cell cannot tell; a column's samples nearly always can.
 */
import { isBlank } from './empty';

/** The thousands separator is the other mark, or a space, or absent. */
export interface NumberStyle {
  decimal: ',' | '.';
}

export const INDONESIAN_STYLE: NumberStyle = Object.freeze({ decimal: ',' });

type Vote = ',' | '.' | null;

function other(mark: ',' | '.'): ',' | '.' {
  return mark === ',' ? '.' : ',';
}

/** What one sample says about the decimal mark, or null when it could be read either way. */
function voteOf(sample: string): Vote {
  // A mantissa never carries grouping, so '1.5E+3' says nothing about the column.
  if (/\d[eE][+-]?\d/.test(sample)) return null;
  // Keep only digits and marks: 'Rp 1.500.000,-', '22,1 M', '47.62 %' reduce to their number.
  // Marks at either end belong to 'Rp.', ',-' or 'jt.', not to the number.
  const core = sample.replace(/[^\d.,]/g, '').replace(/^[.,]+|[.,]+$/g, '');
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const parts = core.split(mark);
  // Thousands separators may repeat; a decimal mark may not.
  if (parts.length > 2) return other(mark);
  const [before = '', after = ''] = parts;
  // A thousands group is exactly 3 digits, after a lead group of 1–3 digits that is not '0'.
  if (after.length !== 3 || before.length > 3 || before === '0') return mark;
  return null;
}

/**
 * Majority of the samples that decide (a tie, or no deciding sample, gives the Indonesian
 * style: these are Indonesian files, and a column of plain integers parses the same in both).
 */
export function detectNumberStyle(samples: readonly string[]): NumberStyle {
  let comma = 0;
  let dot = 0;
  for (const sample of samples) {
    if (isBlank(sample)) continue;
    const vote = voteOf(sample);
    if (vote === ',') comma += 1;
    else if (vote === '.') dot += 1;
  }
  return dot > comma ? { decimal: '.' } : { decimal: ',' };
}
