/**
 * The personal-data masking in English: the same keys as maskingIndonesian in
 * ../masking-id.ts. Tokens, like the Indonesian ones, hold no digit and no '@', so masking
 * masked text again changes nothing.
 */
import type { Dictionary } from '../language';
import type { maskingIndonesian } from '../masking-id';

const status = {
  on: 'Personal data masked',
  off: 'Personal data not masked'
};

export const maskingEnglish: Dictionary<typeof maskingIndonesian> = {
  token: {
    nik: '[NIK]',
    npwp: '[NPWP]',
    nip: '[NIP]',
    email: '[email]',
    telepon: '[phone]',
    rekening: '[bank account]',
    nama_pejabat: '[official name]',
    nama_perorangan: '[individual name]'
  },
  kind: {
    nik: 'NIK',
    npwp: 'NPWP',
    nip: 'NIP',
    email: 'email address',
    telepon: 'phone number',
    rekening: 'bank account number',
    nama_pejabat: 'official name',
    nama_perorangan: 'name of an individual'
  },
  toggle: 'Mask personal data',
  hint:
    'Hides NIK, NPWP, NIP, names of officials (PPK, pokja, KPA), names of individual vendors, bank account numbers, ' +
    'phone numbers and email addresses on screen and in every export, including those written inside free text. ' +
    'Each value is replaced by a marker such as [NIK]; amounts, package codes and agency names stay visible.',
  caveat: 'Masking relies on column names and text patterns; check again before sharing a file.',
  status,
  statusOf: (masked: boolean): string => (masked ? status.on : status.off)
};
