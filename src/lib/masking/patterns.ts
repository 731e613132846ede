/**
 * Personal data as it appears in free text (package names, descriptions, notes, ids built
 * from an NPWP). Procurement records are full of long numbers that are NOT personal (kd_rup,
 * kd_tender, satker codes, MAK codes like 1.03.06.2.01.0029.5.2.04.02.01.0008, amounts,
 * dates), so every pattern is anchored with digit look-arounds: a value is hidden whole or
 * not at all, never half. Order matters: maskText applies the list top to bottom, so the
 * specific shapes (e-mail, keyword-led numbers) claim their digits before the bare runs do.
 */
import { digitsOf, isDecimalFraction, isPlausibleNik } from './id-checks';

export type PersonalKind = 'nik' | 'npwp' | 'nip' | 'email' | 'telepon' | 'rekening';

export const PERSONAL_KINDS: readonly PersonalKind[] = ['nik', 'npwp', 'nip', 'email', 'telepon', 'rekening'];

export interface PersonalPattern {
  kind: PersonalKind;
  /** Short name for reports and tests ('nik-polos', 'telepon-seluler', …). */
  name: string;
  /** Global regex. A named group `lead` (a keyword such as 'No. Rek') stays in the text. */
  regex: RegExp;
  /** Second look at a match: `value` is the part to hide, `before` the text preceding it. */
  accept?: (value: string, before: string) => boolean;
}

/** A word matched in any letter case, for the one regex that must stay case-sensitive. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

const notFraction = (_value: string, before: string): boolean => !isDecimalFraction(before);
const digitCount = (low: number, high: number) => (value: string): boolean => {
  const n = digitsOf(value).length;
  return n >= low && n <= high;
};

/**
 * Bank account: 8–16 digits, but only right after a keyword, because a bare 10–13 digit
 * run is just as often a kd_tender or an amount. 'Kode rekening' (the budget account code,
 * 5.1.02.01.01.0024) is excluded, and a number must start with 3+ digits, which a budget
 * code never does. 'a.n.' (atas nama) is not a keyword: it introduces a name, and in letters
 * 'a.n. Kepala Dinas' signs for an office. After an account number, though, it names the
 * holder, so that name is hidden together with the number (case-sensitive: names start
 * with a capital, which stops the match before ordinary words).
 */
const BANKS = ['bri', 'bni', 'bca', 'bjb', 'btn', 'bsi', 'mandiri', 'dki', 'jatim', 'jateng', 'kalbar', 'sumut', 'nagari',
  'kalteng', 'cimb niaga', 'cimb', 'danamon', 'permata', 'muamalat', 'ocbc', 'panin', 'mega', 'bpd'].map(anyCase).join('|');
const REK_KEYWORD =
  `(?:${anyCase('no')}(?:${anyCase('mor')})?\\.?\\s*${anyCase('rek')}(?:${anyCase('ening')})?|${anyCase('norek')}|` +
  `${anyCase('rek')}(?:${anyCase('ening')})?|${anyCase('a/c')}|${anyCase('acc')}(?:${anyCase('ount')}|${anyCase('t')})?)`;
const REK_LEAD =
  `(?<!${anyCase('kode')}\\s{0,3}|${anyCase('kd')}[\\s._]{0,3})(?<lead>\\b${REK_KEYWORD}\\.?(?:\\s*${anyCase('no')}\\.?)?` +
  `(?:\\s*(?:${anyCase('bank')}\\s+)?(?:${BANKS})\\b)?\\s*[:.]?\\s*)`;
const HOLDER = `(?:\\s*,?\\s*(?:[Aa]\\.?\\s?[Nn]\\.?|${anyCase('atas nama')})\\s*:?\\s*[A-Z][A-Za-z'.-]*(?:\\s[A-Z][A-Za-z'.-]*){0,4})?`;

/** Phone keywords; the longer spellings come first so 'telepon' is not read as 'tel'. */
const PHONE_LEAD =
  '(?<lead>\\b(?:no\\.?\\s*)?(?:telepon|telpon|telp|tlp|tel|handphone|hp|ponsel|whatsapp|wa|phone|mobile|faks|fax|kontak)' +
  '\\.?\\s*[:.]?\\s*|\\bwa\\.me\\/)';

export const PERSONAL_PATTERNS: readonly PersonalPattern[] = [
  // The look-behind lets a match start only where an address can: linear on long text.
  { kind: 'email', name: 'email', regex: /(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b/g },
  // LKPP ISB files carry NPWPs as a pseudonym 'npwp:9b4af6505c30c7da'; Telisik builds vendor
  // ids from it ('spse:npwp:…'). The hash still links one taxpayer across files, so it goes.
  { kind: 'npwp', name: 'npwp-prefiks', regex: /\bnpwp[:_-](?:[0-9a-f]{8,64}|\d[\d.-]{13,22}\d)\b/gi },
  // Old NPWP as printed: 12.345.678.9-012.345 (dots only in MAK codes, never this dash).
  { kind: 'npwp', name: 'npwp-format', regex: /(?<!\d|\d[.-])\d{2}\.\d{3}\.\d{3}\.\d[.-]\d{3}\.\d{3}(?!\d|[.-]\d)/g },
  // NIP 19800101 200501 1 001 (birth date, appointment month, gender 1/2, serial) or bare
  // 18 digits from 19/20: the shape itself is specific, and no code or amount has 18 digits.
  {
    kind: 'nip',
    name: 'nip',
    regex: /(?<!\d)(?:(?:19|20)\d{16}|(?:19|20)\d{6}[ .-]?(?:19|20)\d{4}[ .-]?[12][ .-]?\d{3})(?!\d)/g,
    accept: notFraction
  },
  {
    kind: 'rekening',
    name: 'rekening',
    regex: new RegExp(`${REK_LEAD}\\d{3,}(?:[ .-]?\\d{2,}){0,5}(?!\\d)${HOLDER}`, 'g'),
    // Only the number counts, not the holder's name after it.
    accept: (value) => digitCount(8, 16)(/^[\d .-]+/.exec(value)?.[0] ?? '')
  },
  // After a phone keyword 6–15 digits are a phone, local numbers too ('Telp. 5892773'), in
  // at most 4 groups and none of one digit: 'Tagihan Telepon (5.02.01.1.08.0002 …)' in SiRUP
  // package names is a budget activity code.
  {
    kind: 'telepon',
    name: 'telepon-kata-kunci',
    regex: new RegExp(`${PHONE_LEAD}[+(]?\\d[\\d .()-]{4,16}\\d(?!\\d)`, 'gi'),
    accept: (value) => {
      const groups = value.split(/\D+/).filter((group) => group !== '');
      return digitCount(6, 15)(value) && groups.length <= 4 && groups.every((group) => group.length > 1);
    }
  },
  {
    kind: 'npwp',
    name: 'npwp-kata-kunci',
    regex: /(?<lead>\bnpwp(?:\s?16)?\s*[:.]?\s*)\d(?:[ .-]?\d){14,15}(?!\d)/gi,
    accept: digitCount(15, 16)
  },
  // NIK written in groups (4-4-4-4, 6-6-4, 2-2-2-6-4): the groups alone could be a code or
  // part of a UUID (e-katalog product_ids), so nothing word-like may touch them and the
  // first two digits must be a province code.
  {
    kind: 'nik',
    name: 'nik-berkelompok',
    regex: /(?<![\w.-])(?:\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4}|\d{6}[ .-]\d{6}[ .-]\d{4}|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{6}[ .]\d{4})(?!\w|[.-]\w)/g,
    accept: (value) => isPlausibleNik(digitsOf(value))
  },
  // Bare 16 digits: a NIK, or an NPWP16 (which for a person IS the NIK; a company's NPWP16
  // is '0' + the old 15 digits). No code or amount in the data reaches 15 digits, so any
  // such run is hidden; the kind is only a label.
  { kind: 'npwp', name: 'npwp16-polos', regex: /(?<!\d)0\d{15}(?!\d)/g, accept: notFraction },
  { kind: 'nik', name: 'nik-polos', regex: /(?<!\d)[1-9]\d{15}(?!\d)/g, accept: notFraction },
  { kind: 'npwp', name: 'npwp15-polos', regex: /(?<!\d)\d{15}(?!\d)/g, accept: notFraction },
  // Mobile: 08…, +62 8…, 62-8…, (+62) 8…; 9–12 digits after the 0 or 62. A bare '628…'
  // without + or a separator is left to the keyword rule: vendor ids can start with 628.
  {
    kind: 'telepon',
    name: 'telepon-seluler',
    regex: /(?<![\w.+-])(?:\+62[ .-]?|\(\+?62\)[ .-]?|62[ .-]|0)8\d{1,3}(?:[ .-]?\d{3,4}){2,3}(?![\w-]|[.,]\d)/g,
    accept: (value) => {
      const digits = digitsOf(value);
      const national = digits.startsWith('62') ? digits.slice(2) : digits.slice(1);
      return national.length >= 9 && national.length <= 12;
    }
  },
  // Landline: (022) 1234567, 022-7654321, 0561 734567, +62 22 1234567. Without brackets the
  // area code must be followed by a separator, and nothing code-like may touch the number.
  {
    kind: 'telepon',
    name: 'telepon-rumah',
    regex: /(?<![\w./-])(?:\(0\d{2,3}\)[ .-]?|0[2-9]\d{1,2}[ .-]|\+62[ .-]?[2-9]\d{1,2}[ .-])\d{3,4}[ .-]?\d{3,4}(?![\w/-]|[.,]\d)/g,
    accept: digitCount(9, 13)
  }
];
