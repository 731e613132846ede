/**
 * The text files of an evidence pack: SQL files with a header saying what they compute,
 * the view as JSON, the data sources as CSV, the version.
 */
import type { ExportContext, ViewSnapshot } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import { neutraliseFormula, quoteCsvText } from '../../format/csv-text';
import type { SqlEntry } from './sql-list';

const p = exportId.pack;
const kindWord = { figure: exportId.sql.figure, chart: exportId.sql.chart, table: exportId.sql.table } as const;

/**
 * A comment line. A line break inside a filter value would end the comment and turn the
 * rest of the value into SQL someone might run: everything is folded onto one line.
 */
function comment(text: string): string {
  return `-- ${text.replace(/\s+/g, ' ').trim()}`;
}

/** The SQL with a header naming what it computes, for which filters, as of which day. */
export function sqlFileText(entry: SqlEntry, snapshot: ViewSnapshot): string {
  const facts = snapshot.facts.map((fact) => `${fact.label}: ${fact.value}`).join('; ');
  return [
    comment(p.sqlWhat(kindWord[entry.kind], `${entry.name} (${entry.key})`)),
    comment(`${p.sqlFilters}: ${facts || p.sqlNone}`),
    comment(`${p.sqlAsOf}: ${snapshot.asOf ?? p.sqlNone}`),
    '',
    entry.sql.trimEnd(),
    ''
  ].join('\n');
}

/** The SQL file's name: its position (01, 02…), what it belongs to, and its key. */
export function sqlFileStem(entry: SqlEntry, index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${kindWord[entry.kind].toLowerCase()}-${entry.key}`;
}

export function viewJson(snapshot: ViewSnapshot, context: ExportContext): string {
  const { title, note, url, asOf, comparison, facts } = snapshot;
  return `${JSON.stringify({ title, note, url, asOf, comparison, facts, masking: context.masking }, null, 2)}\n`;
}

/** RFC 4180 with CRLF; text cells formula-neutralised, as in every CSV Telisik writes. */
export function datasetCsv(context: ExportContext): string {
  const text = (value: string | null) => (value === null ? '' : quoteCsvText(neutraliseFormula(value)));
  const lines = [
    p.csvHeader.join(','),
    ...context.sources.map((source) =>
      [
        text(source.fileName),
        String(source.size),
        text(source.sha256),
        text(source.importedAt),
        text(source.pulledAt),
        String(source.rows),
        text(source.dataset)
      ].join(',')
    )
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function versionText(context: ExportContext): string {
  return `${p.version(context.appVersion)}\n${p.exportedAt(context.exportedAt)}\n`;
}

/** `sha256sum` format: `<hex>  <path>` per line (two spaces: text mode), LF, sorted by path. */
export function manifestText(files: readonly { path: string; sha256: string }[]): string {
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}
