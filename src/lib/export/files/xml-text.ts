/**
 * Text that is safe inside XML. Office files are XML, and XML 1.0 forbids most control
 * characters and unpaired surrogates: one such character in a package title (pasted from a
 * PDF, say) would make PowerPoint or Excel refuse the whole file. pptxgenjs escapes `<&>"'`
 * but does not drop these, so every text bound for an Office file passes through here.
 */

/** Surrogate pairs match first and are kept; what remains is forbidden and dropped. */
const XML_FORBIDDEN = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, (match) => (match.length === 2 ? match : ''));
}
