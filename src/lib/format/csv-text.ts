/**
 * RFC 4180: a field is quoted only when it holds a comma, a quote or a line break, and a
 * quote inside it is doubled. One rule for every CSV Telisik writes (exports, the import
 * CLI, quality reports, the sample generator).
 */
export function quoteCsvText(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
 * carriage return, also after leading spaces: `  =HYPERLINK(…)`) gets a leading apostrophe,
 * as OWASP's CSV-injection guidance recommends: the value stays readable and inert. For
 * text cells only; numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[ ]*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
