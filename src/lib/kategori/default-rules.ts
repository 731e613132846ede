/**
 * The rule set Telisik ships with. Keywords come from the package and order names of real
 * ISB files (Kab. Bandung 2025: SPSE non tender, pencatatan, e-katalog v6), which are mostly
 * budget account names ("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor") or
 * short work names ("Rehabilitasi Jaringan Irigasi ..."). The sample's category ids, names
 * and jenis are kept where they fit, so sample data keeps its reported categories.
 *
 * Order matters: what was bought is checked before the activity around it ("Belanja Makanan
 * dan Minuman Rapat ... Perencanaan" is katering), consultancy before construction
 * ("Perencanaan Teknik Pembangunan Drainase" is konsultansi), specific works before generic
 * ones (PJU before jalan, pemeliharaan kendaraan before kendaraan).
 */

import type { KategoriRule } from './types';

type Row = [kategori_id: string, nama: string, jenis: KategoriRule['jenis_pengadaan'], kata: string];

const ROWS: readonly Row[] = [
  ['katering', 'Katering', 'jasa_lainnya',
    'makan, minum, makanan, minuman, mamin, makmin, konsumsi, katering, catering, snack, kudapan, nasi, jamuan, prasmanan, kue'],
  ['konsultansi', 'Jasa Konsultansi', 'konsultansi',
    'konsultansi, konsultan, perencanaan, perencana, pengawasan, pengawas, supervisi, ded, detail engineering design, kajian, studi, penelitian, tenaga ahli, penyusunan, masterplan, master plan, feasibility, appraisal, manajemen konstruksi, bantuan teknik, rekayasa, analisis, fs, desain, pendampingan'],
  ['pelatihan', 'Pelatihan dan Kursus', 'jasa_lainnya',
    'pelatihan, kursus, diklat, bimbingan teknis, bimtek, workshop, lokakarya, training, sertifikasi'],
  ['acara', 'Acara, Publikasi dan Suvenir', 'jasa_lainnya',
    'event organizer, eo, festival, pagelaran, pergelaran, pameran, pertunjukan, pentas, kesenian, upacara, peringatan, perayaan, lomba, perlombaan, mtq, mtqh, sarasehan, seminar, sosialisasi, dekorasi, publikasi, dokumentasi, acara, penyelenggaraan acara, hari jadi, peresmian, kunjungan tamu, suvenir, souvenir, cendera mata, cenderamata, plakat, piala, trofi, film, dokumenter, iklan, reklame, pemotretan'],
  ['sewa', 'Sewa', 'jasa_lainnya', 'sewa, penyewaan, rental'],
  ['perjalanan', 'Perjalanan Dinas dan Akomodasi', 'jasa_lainnya',
    'perjalanan dinas, tiket, akomodasi, hotel, penginapan, paket meeting, fullboard, fullday'],
  ['kebersihan', 'Jasa Kebersihan', 'jasa_lainnya',
    'kebersihan, cleaning, cleaning service, pembersih, sampah, persampahan, pembersihan, hama, fumigasi'],
  ['jasa_tenaga', 'Jasa Tenaga Pendukung', 'jasa_lainnya',
    'tenaga, petugas, operator, satpam, keamanan, pengemudi, sopir, surveyor, drafter, programmer, web designer, webdesigner, outsourcing, alih daya, pramubakti'],
  ['listrik_penerangan', 'Listrik dan Penerangan Jalan', 'barang',
    'pju, pjl, penerangan, lampu, armature, led, foto cell, listrik, kelistrikan, genset, penambahan daya, tenaga surya, plts, solar cell'],
  ['konstruksi_air', 'Konstruksi Sumber Daya Air dan Sanitasi', 'konstruksi',
    'irigasi, drainase, saluran, tanggul, sungai, embung, bendung, situ, air bersih, air minum, sanitasi, ipal, sumur, normalisasi, kolam retensi, spam, bronjong, talud, turap, penampungan air'],
  ['konstruksi_jalan', 'Konstruksi Jalan dan Jembatan', 'konstruksi',
    'jalan, jembatan, trotoar, paving, paving block, paving blok, betonisasi, hotmix, aspal, rabat, gang, marka, rambu'],
  ['konstruksi_gedung', 'Konstruksi Gedung', 'konstruksi',
    'gedung, bangunan, ruang kelas, rkb, renovasi, rehab, rehabilitasi, tpt, penahan tanah, pagar, toilet, jamban, mck, puskesmas, pustu, poskesdes, pengurugan, pematangan tanah, mushola, musala, masjid, kanopi, atap, plafon, lantai, pemagaran'],
  ['konstruksi_permukiman', 'Prasarana Permukiman dan Perdesaan', 'konstruksi',
    'psu, prasarana sarana utilitas, lingkungan kawasan, kawasan perdesaan, kawasan permukiman, permukiman, perumahan swadaya, rutilahu, rumah tidak layak huni, perdesaan, infrastruktur, fasilitas umum, taman'],
  ['pemeliharaan', 'Pemeliharaan Gedung dan Peralatan', 'jasa_lainnya',
    'pemeliharaan, perawatan, servis, service, suku cadang, sparepart, perbaikan, komponen, kalibrasi'],
  ['tik', 'Perangkat TIK', 'barang',
    'komputer, laptop, notebook, personal computer, pc, printer, scanner, server, tablet, tik, teknologi informasi, flat panel, proyektor, projector, cctv, hardisk, harddisk, router, access point, jaringan internet, internet, software, perangkat lunak, aplikasi, website, kamera, audio, video, videotron, sound system, elektronik, peliputan, media sosial, sosial media, alat studio, alat komunikasi, telepon, telephone, pemancar, radio, handy talky, peralatan jaringan, mainframe'],
  ['atk', 'Alat Tulis Kantor', 'barang',
    'alat tulis, atk, kertas, tinta, toner, benda pos, materai, meterai'],
  ['percetakan', 'Percetakan dan Penggandaan', 'jasa_lainnya',
    'cetak, cetakan, percetakan, penggandaan, fotokopi, fotocopy, spanduk, baliho, banner, brosur, leaflet, digital printing'],
  ['seragam', 'Pakaian Dinas dan Seragam', 'barang',
    'seragam, pakaian, batik, kaos, atribut, perlengkapan dinas, topi, sepatu, jaket, rompi, kain, linen'],
  ['furnitur', 'Mebel dan Furnitur', 'barang',
    'mebel*, meubel*, mebeul*, furnitur, furniture, kursi, meja, lemari, sofa, interior'],
  ['peralatan_kantor', 'Peralatan dan Perlengkapan Kantor', 'barang',
    'alat kantor, peralatan kantor, perlengkapan kantor, alat penyimpan, alat pendingin, ac, air conditioner, gorden, gordyn, horden, alat rumah tangga, kegiatan kantor'],
  ['alat_kesehatan', 'Alat Kesehatan', 'barang',
    'alat kesehatan, alkes, alat kedokteran, kedokteran, alat laboratorium, laboratorium kesehatan'],
  ['obat', 'Obat dan Bahan Medis Habis Pakai', 'barang',
    'obat, obat-obatan, bahan medis, bmhp, vaksin, reagen, pkmk'],
  ['kendaraan', 'Kendaraan Dinas', 'barang',
    'kendaraan, mobil, sepeda motor, ambulans, ambulance, bus, truk, truck, alat angkutan, roda dua, roda empat, roda 2, roda 4'],
  ['alat_berat', 'Alat Berat, Mesin dan Peralatan Teknis', 'barang',
    'alat besar, alat berat, excavator, ekskavator, bulldozer, mesin, alat ukur, alat bengkel, generating set, generator'],
  ['pertanian', 'Pertanian, Peternakan dan Perikanan', 'barang',
    'pertanian, peternakan, perikanan, ternak, domba, sapi, kambing, ayam, ikan, bibit, benih, pupuk, pakan, traktor, alsintan, budidaya, budi daya, pembudi daya, tanaman, bawang, persemaian, pestisida, kolam, sprayer'],
  ['peralatan_pendidikan', 'Peralatan Pendidikan, Olahraga dan Buku', 'barang',
    'ape, alat permainan edukatif, alat peraga, media pendidikan, alat praktik, alat praktek, bahan praktik, bahan praktek, buku, perpustakaan, peserta didik, olahraga, alat musik, ipa, ilmu pengetahuan alam, atlet, kontingen, popda, porprov'],
  ['bbm', 'Bahan Bakar dan Pelumas', 'barang',
    'bbm, bahan bakar, solar, pertalite, pertamax, dexlite, pelumas, oli, elpiji, lpg'],
  ['bahan_bangunan', 'Bahan Bangunan', 'barang',
    'bahan bangunan, semen, pasir, besi, keramik, genteng, bata, batako, triplek, material'],
  ['bantuan', 'Barang Hibah dan Bantuan Masyarakat', 'barang',
    'hibah, bantuan, diserahkan kepada masyarakat, kube, sembako, buffer stock, pangan, kebencanaan, bencana, logistik']
];

/** The default rules, priorities 10, 20, … so a user can slot a rule in between. */
export const DEFAULT_KATEGORI_RULES: readonly KategoriRule[] = Object.freeze(
  ROWS.map(([kategori_id, nama, jenis_pengadaan, kata], i) =>
    Object.freeze({ kategori_id, nama, jenis_pengadaan, kata: kata.split(',').map((k) => k.trim()), prioritas: (i + 1) * 10 })
  )
);

/** A fresh, mutable copy of the defaults (for editing). */
export function defaultRules(): KategoriRule[] {
  return DEFAULT_KATEGORI_RULES.map((r) => ({ ...r, kata: [...r.kata] }));
}
