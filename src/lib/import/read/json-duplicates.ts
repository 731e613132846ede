/**
 * Duplicate keys in JSON records. They are legal JSON, and the last value is kept as
 * JSON.parse keeps it; but an earlier, different value is lost, so the report says which
 * keys and in how many records. lossless-json calls back only for a duplicate whose value
 * differs, so a normal file pays nothing; the work of finding the records is done only when
 * a duplicate was seen.
 */
import type { ParseOptions } from 'lossless-json';
import type { ImportMessage } from '../raw-table';
import { readText } from '../../i18n/import-read-id';

export class DuplicateKeys {
  /** Distinct keys, in the order first met. */
  readonly keys: string[] = [];
  /** Text offsets of each duplicate key (whole-file JSON). */
  readonly positions: number[] = [];
  /** Lines with a duplicate, each once, ascending (NDJSON, where `line` is set per line). */
  readonly lines: number[] = [];
  line = 0;
  private readonly known = new Set<string>();

  /** A line that turned out not to be JSON is rejected whole: its duplicates do not count. */
  forgetLine(line: number): void {
    if (this.lines[this.lines.length - 1] === line) this.lines.pop();
  }

  readonly options: ParseOptions = {
    onDuplicateKey: ({ key, position, newValue }) => {
      if (!this.known.has(key)) {
        this.known.add(key);
        this.keys.push(key);
      }
      this.positions.push(position);
      if (this.line > 0 && this.lines[this.lines.length - 1] !== this.line) this.lines.push(this.line);
      return newValue;
    }
  };
}

/** One JSON container being read: an array counts its items, an object remembers its current key. */
type Frame = { array: true; index: number } | { array: false; key: string | null; expectKey: boolean };

/** 1-based number of the record the stack is inside, or null when it is outside the records. */
function recordOf(stack: readonly Frame[], path: readonly string[]): number | null {
  for (let d = 0; d < path.length; d++) {
    const frame = stack[d];
    if (!frame || frame.array || frame.key !== path[d]) return null;
  }
  const holder = stack[path.length];
  if (!holder) return null;
  // A file that is one object is one record (json-single-object).
  if (!holder.array) return path.length === 0 ? 1 : null;
  return stack.length > path.length + 1 ? holder.index + 1 : null;
}

/**
 * The record each text offset falls in, following the JSON structure token by token up to
 * the last offset. Offsets must ascend (so the records come out ascending); `path` is the
 * keys leading to the records array.
 */
export function recordsAt(text: string, positions: readonly number[], path: readonly string[]): (number | null)[] {
  const out: (number | null)[] = [];
  const stack: Frame[] = [];
  // A string (with its escapes) or a structural character; everything else is skipped.
  const pattern = /"(?:[^"\\]|\\[^])*"|[{}[\],:]/g;
  let match: RegExpExecArray | null;
  while (out.length < positions.length && (match = pattern.exec(text)) !== null) {
    // The key token starts one before its offset: the token after it sees the key's object.
    while (out.length < positions.length && (positions[out.length] as number) <= match.index) out.push(recordOf(stack, path));
    const token = match[0];
    const top = stack[stack.length - 1];
    if (token === '{') stack.push({ array: false, key: null, expectKey: true });
    else if (token === '[') stack.push({ array: true, index: 0 });
    else if (token === '}' || token === ']') stack.pop();
    else if (token === ',') {
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    } else if (token === ':') {
      if (top && !top.array) top.expectKey = false;
    } else if (top && !top.array && top.expectKey) top.key = JSON.parse(token) as string;
  }
  while (out.length < positions.length) out.push(recordOf(stack, path));
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The one warning for a whole-file JSON; `line` is the first record's number, as rows are numbered. */
export function jsonDuplicateWarning(found: DuplicateKeys, text: string, path: readonly string[]): ImportMessage | undefined {
  // A nested object's duplicates are met before those of the object around it: sort first.
  const positions = [...found.positions].sort((a, b) => a - b);
  if (positions.length === 0) return undefined;
  const records = [...new Set(recordsAt(text, positions, path).filter((r): r is number => r !== null))];
  const first = records[0] ?? null;
  const message = readText.duplicateKeysJson(found.keys, records.length, first, lineAt(text, positions[0] as number));
  return first === null ? { code: 'json-duplicate-key', message } : { code: 'json-duplicate-key', message, line: first };
}

export function ndjsonDuplicateWarning(found: DuplicateKeys): ImportMessage | undefined {
  const first = found.lines[0];
  if (first === undefined) return undefined;
  return { code: 'json-duplicate-key', message: readText.duplicateKeysNdjson(found.keys, found.lines.length, first), line: first };
}
