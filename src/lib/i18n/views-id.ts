/**
 * Labels of saved views, presentation mode and the export menu: Bahasa Indonesia here,
 * English in ./en/views.ts (same keys); `viewsId` is the page's language.
 */
import { dataKeyed } from './data-keyed';
import { localized } from './language';
import { viewsEnglish } from './en/views';

export const viewsIndonesian = {
  saved: {
    title: 'Tampilan tersimpan',
    save: 'Simpan tampilan',
    saveHint: 'Menyimpan halaman ini dengan filter, tanggal, metrik, urutan dan halaman tabelnya di peramban ini.',
    savedAs: (name: string) => `Tersimpan sebagai “${name}”.`,
    none: 'Belum ada tampilan tersimpan. Pilih filter lalu tekan “Simpan tampilan”.',
    name: 'Nama',
    note: 'Catatan penyaji',
    notePlaceholder: 'Catatan untuk penyaji (tampil di mode presentasi dan di catatan slide)',
    edit: 'Ubah',
    done: 'Selesai',
    up: 'Naikkan',
    down: 'Turunkan',
    remove: 'Hapus',
    removeConfirm: (name: string) => `Hapus tampilan “${name}”?`,
    replace: 'Ganti dengan tampilan saat ini',
    untitled: (n: number) => `Tampilan ${n}`,
    corrupt: (n: number) => `${n} tampilan tersimpan tidak dapat dibaca dan dilewati; yang lain tetap ada.`,
    saveFailed: 'Penyimpanan peramban penuh atau diblokir: perubahan tampilan hanya berlaku selama kunjungan ini.',
    page: dataKeyed({
      '/': 'Ringkasan',
      '/peringkat': 'Peringkat',
      '/peta': 'Peta',
      '/peringatan': 'Peringatan',
      '/rekonsiliasi': 'Rekonsiliasi RUP',
      '/pemda': 'Halaman pemda'
    })
  },
  present: {
    start: 'Presentasi',
    startHint: 'Menayangkan tampilan tersimpan (atau tampilan ini) sebagai slide layar penuh.',
    title: 'Mode presentasi',
    slideOf: (i: number, n: number) => `Slide ${i} dari ${n}`,
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    exit: 'Keluar',
    fullscreen: 'Layar penuh',
    notes: 'Catatan penyaji',
    showNotes: 'Tampilkan catatan (N)',
    hideNotes: 'Sembunyikan catatan (N)',
    noNote: 'Tidak ada catatan untuk slide ini.',
    keys: '← → pindah slide · Home/End awal/akhir · N catatan · Esc keluar',
    asOf: (day: string) => `Posisi data per ${day}`,
    sources: (line: string) => `Sumber: ${line}`,
    unknownPage: 'Halaman tampilan ini tidak dapat ditayangkan.'
  },
  export: {
    csv: 'CSV',
    xlsx: 'XLSX',
    png: 'PNG',
    svg: 'SVG',
    pdf: 'PDF',
    pptx: 'Dek rakor (PPTX)',
    evidence: 'Paket bukti (ZIP)',
    pdfHint: 'PDF A4 mendatar dari tampilan ini, atau dari semua tampilan tersimpan.',
    pptxHint: 'Satu slide per tampilan tersimpan, dengan grafik PowerPoint yang dapat diedit dan catatan penyaji.',
    evidenceHint: 'Untuk kertas kerja: angka dan tabel (XLSX), grafik (SVG, PNG), SQL, daftar dataset dengan SHA-256, dan manifes.',
    scopeCurrent: 'Tampilan ini',
    scopeSaved: (n: number) => `Semua tampilan tersimpan (${n})`,
    cancel: 'Batalkan',
    working: (step: string, percent: number) => `${step} (${percent} %)`,
    done: (file: string) => `Berkas ${file} telah diunduh.`,
    cancelled: 'Ekspor dibatalkan.',
    failed: (why: string) => `Ekspor gagal: ${why}`,
    collecting: (name: string) => `Mengumpulkan angka “${name}”`,
    drawing: 'Menggambar grafik',
    building: 'Menyusun berkas',
    chartOf: (title: string) => `Ekspor grafik “${title}”`,
    noChart: 'Grafik ini belum tergambar.'
  }
} as const;

export const viewsId = localized({ id: viewsIndonesian, en: viewsEnglish });
