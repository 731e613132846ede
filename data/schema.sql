-- Telisik canonical model: plan (SiRUP) and realisation (SPSE, e-katalog, toko daring,
-- regional marketplaces) kept apart and linked by kd_rup.
-- Money is exact integer rupiah (BIGINT). Region codes are Kemendagri codes as text
-- ('33' = Provinsi Jawa Tengah, '33.25' = a kabupaten/kota in it), never numbers.

-- Every province and kabupaten/kota (Kemendagri codes from the npm package idn-area-data).
CREATE TABLE wilayah (
  kode_wilayah  VARCHAR PRIMARY KEY,   -- '33' or '33.25'
  kode_provinsi VARCHAR NOT NULL,      -- '33'
  nama          VARCHAR NOT NULL,      -- 'Jawa Tengah', 'Kabupaten Semarang', 'Kota Semarang'
  jenis         VARCHAR NOT NULL       -- 'provinsi' | 'kabupaten' | 'kota'
);

-- A government that buys: one per wilayah (the province's own government for a province code).
CREATE TABLE pemda (
  kode_wilayah  VARCHAR PRIMARY KEY,
  kode_provinsi VARCHAR NOT NULL,
  nama_pemda    VARCHAR NOT NULL,      -- 'Pemerintah Provinsi Jawa Tengah', 'Pemerintah Kota Semarang'
  jenis         VARCHAR NOT NULL       -- as wilayah.jenis
);

-- A pemda's agency (perangkat daerah / OPD). Joined across systems on kd_satker_str (SIPD code).
CREATE TABLE satker (
  satker_id     VARCHAR PRIMARY KEY,
  kode_wilayah  VARCHAR NOT NULL,
  kd_satker_str VARCHAR NOT NULL,
  nama_satker   VARCHAR NOT NULL
);

-- The goods/services procurement budget: the denominator of the 40 % UMKK rule.
CREATE TABLE anggaran (
  tahun_anggaran    SMALLINT NOT NULL,
  kode_wilayah      VARCHAR  NOT NULL,
  satker_id         VARCHAR  NOT NULL,
  belanja_pengadaan BIGINT   NOT NULL,
  PRIMARY KEY (tahun_anggaran, satker_id)
);

CREATE TABLE kategori (
  kategori_id     VARCHAR PRIMARY KEY,
  nama            VARCHAR NOT NULL,
  jenis_pengadaan VARCHAR NOT NULL     -- 'barang' | 'jasa_lainnya' | 'konstruksi' | 'konsultansi'
);

-- Vendors. is_umkk: micro, small or cooperative (Perpres 12/2021).
CREATE TABLE penyedia (
  penyedia_id    VARCHAR PRIMARY KEY,
  nama_penyedia  VARCHAR NOT NULL,
  bentuk_usaha   VARCHAR NOT NULL,     -- 'PT' | 'CV' | 'Firma' | 'Koperasi' | 'UD' | 'Perorangan' | 'tidak_diketahui'
  is_badan_usaha BOOLEAN,              -- NULL when an imported source does not say
  skala_usaha    VARCHAR NOT NULL,     -- 'mikro' | 'kecil' | 'menengah' | 'besar' | 'koperasi' | 'tidak_diketahui'
  is_umkk        BOOLEAN,              -- NULL when unknown (e.g. e-katalog v6 carries no flag)
  kode_wilayah   VARCHAR NOT NULL      -- domicile
);

-- Purchasing channels with their group (e-purchasing counts toward the e-purchasing share).
CREATE TABLE kanal (
  channel       VARCHAR PRIMARY KEY,   -- 'katalog_lokal', 'toko_daring', 'blangkon', 'tender', …
  channel_group VARCHAR NOT NULL,      -- 'e_purchasing' | 'tender' | 'non_tender' | 'pencatatan'
  nama          VARCHAR NOT NULL,
  source_system VARCHAR NOT NULL       -- 'ekatalog' | 'tokodaring' | 'blangkon' | 'spse'
);

-- Plan: SiRUP packages (penyedia). is_pdn / is_ukm are the RUP commitments.
CREATE TABLE paket_rup (
  kd_rup            VARCHAR PRIMARY KEY,
  tahun_anggaran    SMALLINT NOT NULL,
  kode_wilayah      VARCHAR  NOT NULL,
  satker_id         VARCHAR  NOT NULL,
  nama_paket        VARCHAR  NOT NULL,
  kategori_id       VARCHAR  NOT NULL,
  metode_pengadaan  VARCHAR  NOT NULL,  -- a channel of table kanal
  pagu              BIGINT   NOT NULL,
  is_pdn            BOOLEAN  NOT NULL,
  is_ukm            BOOLEAN  NOT NULL
);

-- Realisation records: one row per SOURCE RECORD of a contract or order. Several datasets
-- may describe one real-world transaction (SPSE-NonTenderSelesai and its e-kontrak record,
-- the same export saved as JSON and CSV, a later pull): they share transaksi_id, the business
-- key, and the ledger (src/lib/ledger) counts them once. Cancelled, failed and value-less
-- records stay here for the audit trail; the ledger decides what is realisation.
CREATE TABLE transaksi (
  transaksi_id   VARCHAR  NOT NULL,    -- business key, the same in every dataset: 'spse-nontender:10391894000'
  sumber_data    VARCHAR  NOT NULL,    -- dataset kind of the record: 'SPSE-NonTenderEkontrak-Kontrak', 'sampel:kontrak', 'manual:…'
  prioritas      SMALLINT NOT NULL,    -- 2 = contract record (e-kontrak): supplies the value; 1 = any other record
  source_system  VARCHAR  NOT NULL,
  channel        VARCHAR  NOT NULL,
  channel_group  VARCHAR  NOT NULL,
  tahun_anggaran SMALLINT NOT NULL,
  tanggal        DATE     NOT NULL,
  kode_wilayah   VARCHAR  NOT NULL,
  kode_provinsi  VARCHAR  NOT NULL,
  satker_id      VARCHAR  NOT NULL,
  kd_rup         VARCHAR,              -- NULL for orders outside any RUP package; 'a;b' links several
  uraian         VARCHAR  NOT NULL,
  kategori_id    VARCHAR  NOT NULL,
  penyedia_id    VARCHAR  NOT NULL,
  nilai          BIGINT   NOT NULL,    -- 0 = the record stands but has no value yet
  nilai_pdn      BIGINT   NOT NULL,
  nilai_umk      BIGINT   NOT NULL,
  basis_umk      VARCHAR  NOT NULL,    -- 'dilaporkan' | 'status_penyedia' | 'aturan_kanal' | 'tidak_diketahui'
  basis_pdn      VARCHAR  NOT NULL,    -- same vocabulary
  status         VARCHAR  NOT NULL,    -- 'selesai' | 'berjalan' | 'dibatalkan' | 'gagal'
  PRIMARY KEY (sumber_data, transaksi_id)
);

-- Targets are data (value, basis, legal reference, scope), never constants in code.
CREATE TABLE target (
  target_id    VARCHAR PRIMARY KEY,
  metrik       VARCHAR  NOT NULL,     -- the figure it is measured on: a KPI name, e.g. 'umkk_anggaran', 'epurchasing_anggaran', 'pdn_komitmen'
  nilai        DECIMAL(5,4) NOT NULL, -- a fraction: 0.4000 = 40 %
  pembanding   VARCHAR  NOT NULL,     -- what the fraction is of, in words
  dasar_hukum  VARCHAR  NOT NULL,
  kode_wilayah VARCHAR,               -- NULL = every pemda; '36' = Banten and its kab/kota
  tahun_mulai  SMALLINT NOT NULL,
  tahun_akhir  SMALLINT               -- NULL = still in force
);

-- Regional marketplaces (Blangkon Jateng): which pemda joined and which vendors registered, when.
CREATE TABLE marketplace_pemda (
  marketplace      VARCHAR NOT NULL,
  kode_wilayah     VARCHAR NOT NULL,
  tanggal_bergabung DATE   NOT NULL,
  PRIMARY KEY (marketplace, kode_wilayah)
);

CREATE TABLE marketplace_penyedia (
  marketplace   VARCHAR NOT NULL,
  penyedia_id   VARCHAR NOT NULL,
  tanggal_daftar DATE   NOT NULL,
  PRIMARY KEY (marketplace, penyedia_id)
);
