/**
 * File names inside an evidence pack: only `[a-z0-9._-]` and folder slashes, so every unzip
 * tool on every system keeps them as they are, nothing needs quoting in a shell running
 * `sha256sum -c`, and a chart called `../../etc` stays inside its folder.
 */

const MAX_SEGMENT = 80;

/** One path segment: accents dropped, anything else outside `[a-z0-9._-]` becomes `-`. */
export function safeSegment(name: string, fallback: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // Leading and trailing dots go too: no hidden files, no `..`.
  const cleaned = ascii.replace(/[^a-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  const segment = cleaned === '' ? fallback : cleaned;
  if (segment.length <= MAX_SEGMENT) return segment;
  const dot = segment.lastIndexOf('.');
  const extension = dot > 0 && segment.length - dot <= 10 ? segment.slice(dot) : '';
  return `${segment.slice(0, MAX_SEGMENT - extension.length).replace(/[-.]+$/, '')}${extension}`;
}

/** A relative path, each folder and the file name made safe; `..`, `.` and empty folders are dropped. */
export function safePath(path: string, fallback: string): string {
  const segments = path.split(/[/\\]+/);
  const name = segments.pop() ?? '';
  const folders = segments.map((segment) => safeSegment(segment, '')).filter((segment) => segment !== '');
  return [...folders, safeSegment(name, fallback)].join('/');
}

/** The path itself, or with `-2`, `-3`… before its extension when it is taken. */
export function uniquePath(path: string, used: Set<string>): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const split = dot > slash + 1 ? dot : path.length;
  let candidate = path;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${path.slice(0, split)}-${n}${path.slice(split)}`;
  used.add(candidate);
  return candidate;
}
