/**
 * Labels of the weekly monitoring screens (period, gap, pace, projection, ranking, alerts,
 * pemda page, navigation): Bahasa Indonesia here, English in ./en/monitoring.ts (same keys);
 * `monitoringId` is the one of the page's language (./language.ts).
 */
import type { ProgressStatus, ProjectionMethod } from '../monitoring/progress';
import { formatDay } from '../format/date';
import { formatCount } from '../format/number';
import { localized } from './language';
import { monitoringEnglish } from './en/monitoring';

export const monitoringIndonesian = {
  nav: {
    label: 'Navigasi utama',
    ringkasan: 'Ringkasan',
    peringkat: 'Peringkat',
    peta: 'Peta',
    peringatan: 'Peringatan',
    rekonsiliasi: 'Rekonsiliasi RUP',
    target: 'Target',
    data: 'Data'
  },
  period: {
    title: 'Periode',
    asof: 'Posisi per tanggal',
    asofHint: (latest: string) => `Transaksi bertanggal sampai tanggal ini. Bawaan: tanggal transaksi terakhir dalam data (${formatDay(latest)}).`,
    mondays: 'Senin pemantauan P3DN',
    latest: 'Terakhir dalam data',
    banding: 'Bandingkan dengan',
    none: 'Tanpa pembanding',
    minggu_lalu: 'Minggu lalu',
    tahun_lalu: 'Titik yang sama tahun lalu',
    date: 'Tanggal tertentu (mis. rakor terakhir)',
    comparisonDate: 'Tanggal pembanding'
  },
  status: {
    tercapai: 'Tercapai',
    sesuai: 'Sesuai jalur',
    berisiko: 'Berisiko',
    tertinggal: 'Tertinggal'
  } satisfies Record<ProgressStatus, string>,
  method: {
    profil_tahun_lalu: 'menurut profil kumulatif tahun lalu',
    linear: 'linear menurut hari yang telah berlalu'
  } satisfies Record<ProjectionMethod, string>,
  gap: (rupiah: string) => `Kurang ${rupiah} untuk target`,
  reached: 'Target tercapai',
  pace: (rupiah: string, weeks: number) => `${rupiah}/minggu selama ${formatCount(weeks)} minggu tersisa`,
  yearEnded: 'Tahun anggaran telah berakhir',
  projection: (share: string) => `Proyeksi akhir tahun ${share}`,
  noProjection: 'Proyeksi belum dapat dihitung (tahun belum berjalan)',
  path: (share: string) => `Jalur target per tanggal ini: ${share}`,
  /** The target path's name in a chart legend. */
  pathLegend: 'Jalur target',
  planNoPace: 'Rencana (RUP) tidak bertambah menurut tanggal: tanpa laju dan proyeksi; jalurnya adalah target itu sendiri.',
  yearOnly: 'Cakupan meliputi beberapa tahun: kekurangan, laju dan proyeksi dihitung untuk tahun anggaran ini saja.',
  previous: (value: string) => `Pembanding: ${value}`,
  deltaPoints: (points: string) => `${points} poin`,
  trendComparison: 'Pembanding',
  trendComparisonNote: 'Garis tipis: periode pembanding (tahun lalu digeser ke kalender tahun ini).',
  sqlProgress: 'Lihat SQL kekurangan, laju dan proyeksi',
  sqlComparison: 'Lihat SQL angka pembanding',
  fiscalYear: (year: number, asof: string) => `Tahun anggaran ${year}, posisi ${formatDay(asof)}`,
  /** A fiscal year after a chart's title. */
  yearTag: (year: number) => `TA ${year}`,
  /** Accessible name of the strip of headline figures. */
  headline: 'Angka utama',
  threshold: 'Ambang peringatan (poin persentase di bawah jalur target)',
  metric: 'Ukuran',
  level: { pemda: 'Pemda', provinsi: 'Provinsi' },
  ranking: {
    title: 'Peringkat pemda',
    subtitle: 'Perbandingan pemda dan provinsi menurut ukuran yang dipilih, dengan target, kelompok sejawat, dan plot corong.',
    columns: {
      rank: 'Peringkat',
      change: 'Perubahan',
      name: 'Nama',
      value: 'Nilai',
      numerator: 'Pembilang',
      denominator: 'Penyebut',
      share: 'Porsi dari total',
      target: 'Target',
      gap: 'Kekurangan',
      peerMedian: 'Median sejawat',
      percentile: 'Persentil',
      compare: 'Bandingkan'
    },
    peers: 'Kelompok sejawat',
    peerGrouping: { provinsi: 'Provinsi yang sama', jenis: 'Jenis pemda (provinsi/kabupaten/kota)', ukuran: 'Ukuran belanja pengadaan (kuartil)' },
    notRanked: 'tidak diperingkat',
    up: (n: number) => `naik ${formatCount(n)}`,
    down: (n: number) => `turun ${formatCount(n)}`,
    same: 'tetap',
    new: 'baru',
    sortBy: (column: string) => `Urutkan menurut ${column}`,
    compareTitle: 'Perbandingan berdampingan',
    compareHint: 'Centang 2–4 pemda di tabel untuk membandingkannya.',
    funnelTitle: 'Plot corong: porsi terhadap besar penyebut',
    funnelHint:
      'Garis putus-putus: batas kendali 95 % dan 99,8 % di sekitar porsi keseluruhan. Pemda kecil wajar lebih menyebar; hanya titik di luar batas yang berbeda nyata. Ukuran sampel setara: penyebut ÷ rata-rata nilai transaksi.',
    overall: 'Porsi keseluruhan'
  },
  map: {
    title: 'Peta provinsi',
    subtitle: 'Provinsi diwarnai menurut ukuran yang dipilih terhadap targetnya. Klik provinsi untuk memfilter.',
    tiles: 'Peta petak (tanpa data batas wilayah)',
    boundary: (file: string) => `Batas wilayah dari berkas “${file}”`,
    loadBoundary: 'Muat berkas batas wilayah (GeoJSON/TopoJSON) di halaman Data untuk peta choropleth.',
    removeBoundary: 'Kembali ke peta petak'
  },
  alerts: {
    title: 'Peringatan',
    subtitle: 'Pemda yang angkanya turun di bawah jalur targetnya lebih dari ambang yang Anda tetapkan, dengan minggu terjadinya.',
    none: 'Tidak ada pemda di bawah ambang pada posisi ini.',
    notApplicable: 'Ukuran ini adalah rencana (RUP): tidak bertambah menurut minggu, jadi tidak dipantau di sini. Pilih ukuran realisasi.',
    columns: { satker: 'Satker', pemda: 'Pemda', since: 'Di bawah ambang sejak minggu', value: 'Nilai', path: 'Jalur target', below: 'Selisih', target: 'Target' },
    count: (n: number) => `${formatCount(n)} pemda di bawah ambang`
  },
  pulls: {
    title: 'Data sebagaimana ditarik',
    hint: 'Beberapa tarikan dari dataset yang sama tersimpan. Pilih tanggal untuk menghitung hanya tarikan yang sudah ada pada hari itu; tarikan terbaru per jenis dataset tetap menang.',
    day: 'Ditarik sampai tanggal',
    latest: 'Tarikan terbaru',
    banner: (day: string) => `Angka dihitung dari data sebagaimana ditarik per ${formatDay(day)}, bukan tarikan terbaru.`
  },
  pemda: {
    notFound: (kode: string) => `Kode pemda “${kode}” tidak dikenal dalam data ini.`,
    weekly: 'Jalur kumulatif mingguan terhadap jalur target',
    satker: 'Satker menurut kekurangan terhadap target',
    vendors: 'Penyedia terbesar dan konsentrasi',
    peers: 'Posisi di antara sejawat',
    reconciliation: 'Rencana terhadap realisasi',
    openPage: (nama: string) => `Buka halaman ${nama}`,
    top5: (share: string) => `5 penyedia terbesar: ${share} dari realisasi`,
    hhi: (value: string) => `Indeks Herfindahl-Hirschman: ${value}`
  }
} as const;

export const monitoringId = localized({ id: monitoringIndonesian, en: monitoringEnglish });
