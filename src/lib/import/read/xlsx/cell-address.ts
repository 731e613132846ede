/** Cell addresses as Excel writes them: `AB12` is column 28 (AB), row 12. */

/** `AB12` → column 28, row 12; column 0 when the letters are missing, row 0 when the digits are. */
export function parseCellAddress(address: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (let code = address.charCodeAt(0); code >= 65 && code <= 90; code = address.charCodeAt(++i)) column = column * 26 + code - 64;
  let row = 0;
  for (let code = address.charCodeAt(i); code >= 48 && code <= 57; code = address.charCodeAt(++i)) row = row * 10 + code - 48;
  return { column, row: i === address.length ? row : 0 };
}

/** 28 → `AB`, 16384 → `XFD`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
