/** The data panel's words on personal data, in English: the keys of privacyIndonesian. */
import type { Dictionary } from '../language';
import type { privacyIndonesian } from '../privacy-id';

export const privacyEnglish: Dictionary<typeof privacyIndonesian> = {
  pseudonymised:
    'NIK and NPWP (LKPP’s hashed NPWP too) are replaced by pseudonyms at import: a keyed hash (HMAC-SHA-256) with a secret key of this browser. The same value still joins across files but cannot be reversed; the key never leaves the browser.',
  originalsDropped: 'The original files are not kept: only the imported, pseudonymised tables are stored.',
  originalsKept: 'The original files are kept in this browser as they are, personal data included.',
  keepOriginals: 'Also keep the original files in this browser'
};
