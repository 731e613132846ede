/** What the data panel says about personal data in imported files (English in ./en/privacy.ts). */
import { localized } from './language';
import { privacyEnglish } from './en/privacy';

export const privacyIndonesian = {
  pseudonymised:
    'NIK dan NPWP (juga NPWP tersamar dari LKPP) diganti samaran saat impor: hash berkunci (HMAC-SHA-256) dengan kunci rahasia milik peramban ini. Nilai yang sama tetap tergabung antar-berkas, tetapi tidak dapat dibalik; kunci tidak pernah meninggalkan peramban.',
  originalsDropped: 'Berkas asli tidak disimpan: yang disimpan hanya tabel hasil impor yang sudah disamarkan.',
  originalsKept: 'Berkas asli disimpan di peramban ini apa adanya, termasuk data pribadinya.',
  keepOriginals: 'Simpan juga berkas asli di peramban ini'
} as const;

export const privacyText = localized({ id: privacyIndonesian, en: privacyEnglish });
