/**
 * A file's table exactly as it was read: every cell the text it was after decoding, before
 * any type conversion (null for an empty cell). Readers of every format produce this; the
 * import CLI writes it out as `<name>.csv`, and recognition and mapping start from it.
 */
export interface RawTable {
  columns: string[];
  /** Each row has exactly columns.length cells (ragged rows are padded or cut, with a warning). */
  rows: (string | null)[][];
  /** 1-based line (text formats) or row number (spreadsheets, JSON records) of each row. */
  lineNumbers: number[];
  source: SourceInfo;
  /** Things the reader noticed and worked around, in Indonesian (shown in the report). */
  warnings: ImportMessage[];
  /**
   * Records the reader found but could not turn into a row (an NDJSON line that is not
   * JSON). They are not rows, but no record may vanish: the quality report counts and lists
   * each one as a rejected row.
   */
  unreadable?: UnreadableRecord[];
}

export interface UnreadableRecord {
  /** 1-based physical line. */
  line: number;
  /** Why it could not be read: one clear Indonesian sentence. */
  reason: string;
  /** The record's text exactly as the file had it. */
  content: string;
}

export type FileFormat = 'csv' | 'xlsx' | 'json' | 'ndjson' | 'parquet';

/** What the reader detected; the preview step lets the user override each of these. */
export interface SourceInfo {
  format: FileFormat;
  /** Text formats: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'. */
  encoding?: string;
  /** Delimited text: ',', ';', '\t', '|', and rarely ' ', ':', '~' or ', ' (comma and space). */
  delimiter?: string;
  /** Delimited text quoted with apostrophes (absent: the usual '"'). */
  quoteChar?: "'" | '"';
  /** Delimited text: '"' quotes doubled (RFC 4180) or backslash-escaped. */
  quoteEscape?: '"' | '\\';
  /**
   * 0-based index of the header line among the file's records (after a `sep=` line); with
   * `headerRows: 0`, of the table's first data row.
   */
  headerRow?: number;
  /** Delimited text whose header is not one line: 0 (no header, columns kolom_N) or 2–3 lines joined. */
  headerRows?: number;
  /** Delimited text holding several tables: how many, and which one (1-based) was read. */
  tables?: number;
  table?: number;
  /** Lines before the header that were skipped (titles, notes, `sep=;`). */
  preambleLines?: number;
  /** Spreadsheets: the sheet that was read. */
  sheet?: string;
  /** JSON: where the records were found, e.g. '$' or '$.data'. */
  recordPath?: string;
}

export interface ImportMessage {
  /** A stable code for tests and for grouping in the report. */
  code: string;
  /** One clear sentence in Indonesian. */
  message: string;
  /** The 1-based line or row it concerns, when it concerns one. */
  line?: number;
}

/**
 * A file that cannot be read at all: one clear Indonesian sentence saying why
 * (empty file, not a spreadsheet, password-protected, truncated Parquet, …).
 */
export class UnreadableFileError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'UnreadableFileError';
    this.code = code;
  }
}
