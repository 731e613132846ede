// The files one `npm run import` converts: paths given as arguments (a directory stands for
// every data file under it, in a stable sorted order), and paths listed one per line in a
// file (`--from list.txt`, or `--from -` for standard input), so the shell's limit on the
// length of a command line never decides how many files one run takes.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';

export interface Input {
  path: string;
  /** Output name without extension: the file's name, under its folder's path when it came from a directory. */
  name: string;
}

/** What a directory contributes: the formats the import reads (the bytes decide the format; the name only filters). */
const DATA_FILE = /\.(csv|tsv|txt|dat|psv|json|ndjson|jsonl|xlsx|parquet)$/i;

/** Code-unit order: the same on every machine and locale. */
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [dir];
  // Iterative, not recursive: a deep tree must not exhaust the stack.
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && DATA_FILE.test(entry.name)) found.push(path);
    }
  }
  return found.sort(byPath);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Paths listed one per line; blank lines and lines starting with '#' are skipped. */
export async function listedPaths(list: string): Promise<string[]> {
  const text = list === '-' ? await readStdin() : await readFile(list, 'utf8');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const stem = (path: string) => basename(path, extname(path));

/**
 * Every input in order, each with an output name no other input has (a second "x" from
 * another folder becomes "x-2"). Paths that do not exist are returned as they are: reading
 * them fails with the reason, like any other unreadable file.
 */
export async function collectInputs(paths: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  const taken = new Set<string>();
  const add = (path: string, name: string) => {
    let unique = name;
    for (let k = 2; taken.has(unique); k++) unique = `${name}-${k}`;
    taken.add(unique);
    inputs.push({ path, name: unique });
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      add(path, stem(path));
      continue;
    }
    for (const file of await filesUnder(path)) {
      const rel = relative(path, file);
      add(file, join(rel.slice(0, rel.length - basename(rel).length), stem(file)));
    }
  }
  return inputs;
}
