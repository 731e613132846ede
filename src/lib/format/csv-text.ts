/**
 * RFC 4180: a field is quoted only when it holds a comma, a quote or a line break, and a
 * quote inside it is doubled. One rule for every CSV Telisik writes (exports, the import
 * CLI, quality reports, the sample generator).
 */
export function quoteCsvText(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
