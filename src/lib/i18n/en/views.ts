/** Saved views, presentation mode and the export menu in English: the same keys as viewsIndonesian in ../views-id.ts. */
import type { Dictionary } from '../language';
import type { viewsIndonesian } from '../views-id';
import { dataKeyed } from '../data-keyed';
import { formatCount } from '../../format/number';

export const viewsEnglish: Dictionary<typeof viewsIndonesian> = {
  saved: {
    title: 'Saved views',
    save: 'Save view',
    saveHint: 'Saves this page in this browser, with its filters, date, metric, sort order and table page.',
    savedAs: (name: string) => `Saved as “${name}”.`,
    none: 'No saved views yet. Choose filters, then press “Save view”.',
    name: 'Name',
    note: 'Presenter note',
    notePlaceholder: 'Note for the presenter (shown in presentation mode and in the slide notes)',
    edit: 'Edit',
    done: 'Done',
    up: 'Move up',
    down: 'Move down',
    remove: 'Delete',
    removeConfirm: (name: string) => `Delete the view “${name}”?`,
    replace: 'Replace with the current view',
    untitled: (n: number) => `View ${formatCount(n)}`,
    corrupt: (n: number) =>
      n === 1
        ? '1 saved view could not be read and was skipped; the others are kept.'
        : `${formatCount(n)} saved views could not be read and were skipped; the others are kept.`,
    saveFailed: 'Browser storage is full or blocked: changes to views last only for this visit.',
    page: dataKeyed({
      '/': 'Summary',
      '/peringkat': 'Ranking',
      '/peta': 'Map',
      '/peringatan': 'Alerts',
      '/rekonsiliasi': 'RUP reconciliation',
      '/pemda': 'Local government page'
    })
  },
  present: {
    start: 'Present',
    startHint: 'Shows the saved views (or this view) as full-screen slides.',
    title: 'Presentation mode',
    slideOf: (i: number, n: number) => `Slide ${formatCount(i)} of ${formatCount(n)}`,
    previous: 'Previous',
    next: 'Next',
    exit: 'Exit',
    fullscreen: 'Full screen',
    notes: 'Presenter notes',
    showNotes: 'Show notes (N)',
    hideNotes: 'Hide notes (N)',
    noNote: 'No note for this slide.',
    keys: '← → change slide · Home/End first/last · N notes · Esc exit',
    asOf: (day: string) => `Data as of ${day}`,
    sources: (line: string) => `Sources: ${line}`,
    unknownPage: 'The page of this view cannot be presented.'
  },
  export: {
    csv: 'CSV',
    xlsx: 'XLSX',
    png: 'PNG',
    svg: 'SVG',
    pdf: 'PDF',
    pptx: 'Coordination meeting deck (PPTX)',
    evidence: 'Evidence pack (ZIP)',
    pdfHint: 'Landscape A4 PDF of this view, or of all saved views.',
    pptxHint: 'One slide per saved view, with editable PowerPoint charts and presenter notes.',
    evidenceHint: 'For working papers: figures and tables (XLSX), charts (SVG, PNG), SQL, the list of datasets with SHA-256, and a manifest.',
    scopeCurrent: 'This view',
    scopeSaved: (n: number) => `All saved views (${formatCount(n)})`,
    cancel: 'Cancel',
    working: (step: string, percent: number) => `${step} (${formatCount(percent)}%)`,
    done: (file: string) => `${file} has been downloaded.`,
    cancelled: 'Export cancelled.',
    failed: (why: string) => `Export failed: ${why}`,
    collecting: (name: string) => `Collecting the figures of “${name}”`,
    drawing: 'Drawing the charts',
    building: 'Building the file',
    chartOf: (title: string) => `Chart export “${title}”`,
    noChart: 'This chart has not been drawn yet.'
  }
};
