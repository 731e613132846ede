/**
 * The order of JSON record keys as the text writes them. A parsed object lists integer-like
 * keys ("2", "2024") before all the others, whatever the text says, so a table built from
 * parsed records would move a year column to the front. Only a file with such a key pays for
 * reading its text again.
 */

/** Keys a JavaScript object orders first: canonical array indices. */
const INDEX_KEY = /^(?:0|[1-9]\d{0,8})$/;

export function hasIndexKey(keys: readonly string[]): boolean {
  return keys.some((k) => INDEX_KEY.test(k));
}

type Frame = { array: true } | { array: false; key: string | null; expectKey: boolean };

/** The stack is inside a record object itself (not deeper): `path` leads to the records array, or the text is one object. */
function atRecord(stack: readonly Frame[], path: readonly string[]): boolean {
  const top = stack[stack.length - 1];
  if (!top || top.array) return false;
  if (stack.length === 1) return path.length === 0;
  if (stack.length !== path.length + 2 || !(stack[path.length] as Frame).array) return false;
  return path.every((key, d) => {
    const frame = stack[d] as Frame;
    return !frame.array && frame.key === key;
  });
}

/** Keys of the record objects in first-seen order; `path` is the keys leading to the records array. */
export function recordKeyOrder(text: string, path: readonly string[], into: string[] = [], seen = new Set<string>()): string[] {
  const stack: Frame[] = [];
  // A string (with its escapes) or a structural character; numbers and literals are skipped.
  const token = /"(?:[^"\\]|\\[^])*"|[{}[\],:]/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(text)) !== null) {
    const t = match[0];
    const top = stack[stack.length - 1];
    if (t === '{') stack.push({ array: false, key: null, expectKey: true });
    else if (t === '[') stack.push({ array: true });
    else if (t === '}' || t === ']') stack.pop();
    else if (t === ',') {
      if (top && !top.array) top.expectKey = true;
    } else if (t === ':') {
      if (top && !top.array) top.expectKey = false;
    } else if (top && !top.array && top.expectKey) {
      top.key = JSON.parse(t) as string;
      if (atRecord(stack, path) && !seen.has(top.key)) {
        seen.add(top.key);
        into.push(top.key);
      }
    }
  }
  return into;
}
