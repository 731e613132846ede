/**
 * The canonical tables' columns and types, read from data/schema.sql itself so the importer
 * and the schema can never disagree. The caller supplies the file's text (a `?raw` import in
 * the browser, a file read in Node).
 */

export type SqlType = 'VARCHAR' | 'BIGINT' | 'SMALLINT' | 'INTEGER' | 'BOOLEAN' | 'DATE' | 'DECIMAL';

export interface CanonicalColumn {
  name: string;
  type: SqlType;
  nullable: boolean;
}

export type CanonicalSchema = Record<string, CanonicalColumn[]>;

const TABLE = /CREATE TABLE (\w+) \(([\s\S]*?)\n\);/g;
const COLUMN = /^\s*(\w+)\s+(VARCHAR|BIGINT|SMALLINT|INTEGER|BOOLEAN|DATE|DECIMAL)(?:\(\d+,\s*\d+\))?([^,]*)/;

export function parseCanonicalSchema(schemaSql: string): CanonicalSchema {
  const schema: CanonicalSchema = {};
  for (const [, table, body] of schemaSql.matchAll(TABLE)) {
    const columns: CanonicalColumn[] = [];
    for (const line of body!.split('\n')) {
      const match = COLUMN.exec(line.replace(/--.*$/, ''));
      if (!match || match[1] === 'PRIMARY') continue;
      const rest = match[3] ?? '';
      columns.push({ name: match[1]!, type: match[2] as SqlType, nullable: !/NOT NULL|PRIMARY KEY/.test(rest) });
    }
    schema[table!] = columns;
  }
  return schema;
}
